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
  // Island scripts as files, never inlined: the CSP then allows scripts from 'self' only.
  // The data package is loaded by Node from its dist at build time, as any user of it would: bundled, its datasets
  // became one JavaScript module growing with the data (143 MB at ×1000) for Vite to transform and Node to compile.
  // (Astro prerenders pages in its own Vite environment, `prerender`.)
  vite: { build: { assetsInlineLimit: 0 }, environments: { prerender: { resolve: { external: ['@acces-soins/data'] } } } },
});
