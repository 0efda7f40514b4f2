import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE_ORIGIN } from './src/config.ts';

// Every page is static; the CSP meta tag carries hashes for the few scripts Astro bundles, never 'unsafe-inline'.
// frame-ancestors and report-uri are not allowed in a meta tag, so they are left to the web server.
export default defineConfig({
  site: SITE_ORIGIN,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  // Shiki colours code with inline styles, which the CSP forbids: code blocks stay plain.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
