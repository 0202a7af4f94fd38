import { expect, test } from '@playwright/test';
import { pageWeight } from '../../src/node/page-weight.ts';
import { instruments } from './content.ts';

/** Byte budgets from the issues, in gzip bytes, asserted on the built site (timings live in npm run bench). */
const KB = 1024;

test('the explorer loads at most 25 KB gzip of JavaScript before vis-timeline, and its static timeline is in the HTML', async () => {
  const weight = pageWeight('dist', '/');
  expect(weight.initialJs.gzip).toBeLessThanOrEqual(25 * KB);
  expect(weight.lazyJs.files.length).toBeGreaterThan(0); // vis-timeline comes after, as a separate chunk
  expect(weight.initialJs.files.some((f) => weight.lazyJs.files.includes(f))).toBe(false);
});

test('a treaty page loads at most 30 KB gzip of JavaScript', async () => {
  for (const instrument of instruments) expect(pageWeight('dist', `/treaties/${instrument.id}/`).initialJs.gzip + pageWeight('dist', `/treaties/${instrument.id}/`).lazyJs.gzip).toBeLessThanOrEqual(30 * KB);
});

test('the explorer shows its timeline as SVG in the HTML before any script runs', async ({ page }) => {
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('svg.lifecycle-chart')).toBeVisible();
  await expect(page.locator('svg.lifecycle-chart g.lane')).toHaveCount(instruments.length);
});
