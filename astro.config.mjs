// @ts-check
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/node/content-check-integration.ts';
import { searchIndex } from './src/node/search-index-integration.ts';
import { noModulePreload } from './src/node/no-module-preload-integration.ts';
import { editionOf, I18N, isLocale, LOCALES } from './src/lib/i18n/locale.ts';
import { editionRoot } from './src/lib/site/routes.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { editionLinks } from './src/lib/site/narrative-links.ts';

// The edition to build: English unless LOCALE names another (LOCALE=en-XA is the pseudo-locale). `npm run build`
// builds every edition this way, each into its folder of dist/ (scripts/build-editions.ts).
const locale = process.env.LOCALE || 'en';
if (!isLocale(locale)) {
  throw new Error(`LOCALE=${locale} is not an edition we build: write one of ${Object.keys(LOCALES).join(', ')}.`);
}

// Where the edition's pages are on the site: '' for English, '/de' for German (routes.ts).
const root = editionRoot(editionOf(locale));

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://armscontroltimeline.org',
  trailingSlash: 'always',
  // Every edition's addresses, as Astro's i18n routing gives them: English at the root, the others under their
  // codes (/de/treaties/cfe/). A build renders one edition's pages; the astro:i18n helpers link the others.
  i18n: { ...I18N, locales: [...I18N.locales], routing: { ...I18N.routing } },
  integrations: [
    contentCheck(),
    searchIndex(root),
    // No module preloading, and no preload helper in every page's first script (see the module).
    noModulePreload(),
  ],
  // The narratives are written in English with English links; each edition leads them to its own pages.
  markdown: { processor: satteri({ mdastPlugins: [editionLinks(root)] }) },
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // The edition is a build-time constant for src/lib, on the server and in the browser alike.
  vite: {
    // So is where its pages are, made by routes.ts's own editionRoot, so that a script need not make it again.
    define: { __LOCALE__: JSON.stringify(locale), __EDITION_ROOT__: JSON.stringify(root) },
    // The one chunk over Vite's 500 kB is vis-timeline with vis-data (about 600 kB, 180 kB gzip), and its size
    // is deliberate: it loads only when a reader reaches for the interactive timeline, never with the page
    // (the page's own scripts have their byte budgets in tests/e2e/page-weight.spec.ts). Warn above 700 kB.
    build: { chunkSizeWarningLimit: 700 },
    // d3-scale's time scale imports d3-time-format for a tickFormat we never call, and d3-interpolate's
    // generic interpolator (colours, dates, strings…) where our scales interpolate numbers (see each module).
    resolve: {
      alias: {
        'd3-time-format': new URL('./src/lib/chart/no-time-format.ts', import.meta.url).pathname,
        'd3-interpolate': new URL('./src/lib/chart/number-interpolate.ts', import.meta.url).pathname,
      },
    },
  },
  // The benchmark builds several content sets side by side, each with its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
