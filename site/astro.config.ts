import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { BASE_PATH, SITE_ORIGIN } from './src/config.ts';

// `base` is the path of SITE_URL ('/' by default): every link is built under it (src/i18n/routes.ts, and
// src/components/mdx/Link.astro for links written in prose).
// Every page is static. The Content-Security-Policy is a meta tag written by src/layouts/Base.astro: with every
// script and stylesheet in its own file, 'self' is enough and no hash or 'unsafe-inline' is needed.
export default defineConfig({
  site: SITE_ORIGIN,
  base: BASE_PATH,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  // Shiki colours code with inline styles, which the CSP forbids: code blocks stay plain.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    // Island scripts as files, never inlined: the CSP then allows scripts from 'self' only.
    build: { assetsInlineLimit: 0 },
    // The workspace packages are linked, so Vite would bundle them into the pages' server build, records included
    // (megabytes of JSON at scale, transformed and bundled on every build): the pages import them from their built
    // files instead, as any other dependency. Their JSON subpaths (schemas, API reference) are still bundled.
    environments: { prerender: { resolve: { external: ['@acces-soins/data', '@acces-soins/validate'] } } },
  },
});
