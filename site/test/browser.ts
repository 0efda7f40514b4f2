/**
 * One way to start Chromium for every browser test of the site (pages and charts): playwright-core driving
 * $CHROME_PATH, else /usr/bin/chromium, else the Chromium shipped inside @sparticuz/chromium (no system install).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function executable(): Promise<{ path: string; args: string[] }> {
  if (process.env.CHROME_PATH) return { path: process.env.CHROME_PATH, args: FLAGS };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', args: FLAGS };
  const { default: sparticuz } = await import('@sparticuz/chromium');
  // Only its binary: its default args are for one-shot serverless runs (--single-process, where closing one
  // browser context kills the browser, and --disable-web-security, which would hide CSP errors).
  return { path: await sparticuz.executablePath(), args: FLAGS };
}

export async function launchBrowser(): Promise<Browser> {
  const { path, args } = await executable();
  return chromium.launch({ executablePath: path, args, headless: true });
}
