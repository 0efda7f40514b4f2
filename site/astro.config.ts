import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE_ORIGIN } from './src/config.ts';

// Every page is static. The Content-Security-Policy is a meta tag written by src/layouts/Base.astro: with every
// script and stylesheet in its own file, 'self' is enough and no hash or 'unsafe-inline' is needed.
export default defineConfig({
  site: SITE_ORIGIN,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  // Shiki colours code with inline styles, which the CSP forbids: code blocks stay plain.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Island scripts as files, never inlined: the CSP then allows scripts from 'self' only.
  vite: { build: { assetsInlineLimit: 0 } },
});
