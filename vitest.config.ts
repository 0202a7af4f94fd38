import { defineConfig } from 'vitest/config';

export default defineConfig({
  // src/data.ts reads the collection through astro:content; unit tests hand it the real content without a build.
  resolve: { alias: { 'astro:content': new URL('./tests/unit/fakes/astro-content.ts', import.meta.url).pathname } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    env: { TZ: 'UTC', AS_OF: '2026-11-22' },
  },
});
