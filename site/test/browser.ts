/**
 * One way to start Chromium for every browser test of the site (pages and charts): playwright-core driving
 * $CHROME_PATH, else /usr/bin/chromium, else the Chromium shipped inside @sparticuz/chromium (no system install).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { assertBuilt } from './dist.ts';
import { serveDist, type StaticServer } from './server.ts';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function executable(): Promise<{ path: string; args: string[] }> {
  if (process.env.CHROME_PATH) return { path: process.env.CHROME_PATH, args: FLAGS };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', args: FLAGS };
  const { default: sparticuz } = await import('@sparticuz/chromium');
  // Only its binary: its default args are for one-shot serverless runs (--single-process, where closing one
  // browser context kills the browser, and --disable-web-security, which would hide CSP errors).
  return { path: await sparticuz.executablePath(), args: FLAGS };
}

/**
 * Playwright gives up on an action or a navigation after 30 s; on a machine whose cores are busy elsewhere that is
 * a red test with nothing wrong. Every context gets a generous limit instead, which only stops a hung page (the test
 * itself has vitest's timeout).
 */
const ACTION_TIMEOUT = 300_000;

export async function launchBrowser(): Promise<Browser> {
  const { path, args } = await executable();
  const browser = await chromium.launch({ executablePath: path, args, headless: true, timeout: ACTION_TIMEOUT });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(ACTION_TIMEOUT);
    context.setDefaultNavigationTimeout(ACTION_TIMEOUT);
    return context;
  };
  return browser;
}

/** The built site served on 127.0.0.1 and one Chromium page: what each browser test file of the site starts with. */
export interface OpenSite {
  server: StaticServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openSite(options?: BrowserContextOptions): Promise<OpenSite> {
  assertBuilt();
  const server = await serveDist();
  const browser = await launchBrowser();
  const context = await browser.newContext(options);
  const page = await context.newPage();
  return {
    server,
    browser,
    context,
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
