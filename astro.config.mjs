// @ts-check
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/node/content-check-integration.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://armscontroltimeline.org',
  trailingSlash: 'always',
  integrations: [contentCheck()],
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // The benchmark builds several content sets side by side, each with its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
