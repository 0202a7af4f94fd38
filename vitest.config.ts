import { defineConfig } from 'vitest/config';

/** Tests that must hold in any time zone, run again in two far from UTC (on either side of it). */
const ZONED = ['tests/unit/time-axis.test.ts'];

export default defineConfig({
  resolve: {
    alias: {
      // src/data.ts reads the collection through astro:content; unit tests hand it the real content without a build.
      'astro:content': new URL('./tests/unit/fakes/astro-content.ts', import.meta.url).pathname,
      // The astro:i18n helpers (astro/virtual-modules/i18n.js) read the site's routing from here in a build.
      'astro:config/client': new URL('./tests/unit/fakes/astro-config-client.ts', import.meta.url).pathname,
      // As in the build (astro.config.mjs): d3-scale's unused default tick format and generic interpolator stay out.
      'd3-time-format': new URL('./src/lib/chart/no-time-format.ts', import.meta.url).pathname,
      'd3-interpolate': new URL('./src/lib/chart/number-interpolate.ts', import.meta.url).pathname,
    },
  },
  test: {
    env: { TZ: 'UTC', AS_OF: '2026-11-22' },
    // Astro's i18n helpers run through Vite, as in a build, so that the alias above hands them the routing.
    server: { deps: { inline: [/astro\/dist\/virtual-modules\/i18n\.js$/] } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      ...['America/Los_Angeles', 'Asia/Tokyo'].map((TZ) => ({
        extends: true,
        test: { name: TZ, include: ZONED, env: { TZ, AS_OF: '2026-11-22' } },
      })),
    ],
  },
});
