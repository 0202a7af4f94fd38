import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './src/node/browser.ts';

/** E2E_PORT lets two working copies run their browser tests side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4329);
/** The pseudo-locale build (npm run build:pseudo), served beside the site for the translation checks. */
const PSEUDO_PORT = PORT + 1;
const PSEUDO_SPEC = /translate-the-interface\.spec\.ts/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: resolveChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'site', testIgnore: PSEUDO_SPEC, use: { baseURL: `http://127.0.0.1:${PORT}` } },
    { name: 'pseudo-locale', testMatch: PSEUDO_SPEC, use: { baseURL: `http://127.0.0.1:${PSEUDO_PORT}` } },
  ],
  webServer: [
    {
      command: `node scripts/serve.ts dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve.ts dist-en-XA ${PSEUDO_PORT}`,
      url: `http://127.0.0.1:${PSEUDO_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
