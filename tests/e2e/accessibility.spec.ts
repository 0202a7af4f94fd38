import { axe } from './axe.ts';
import { expect, test } from '@playwright/test';
import { reachForTimeline } from './explorer.ts';
import { instruments } from './content.ts';

/** Pages of the other editions: in Russian (axe checks the languages marked in it), and each with its own policy's hashes. */
const editionPages = ['/ru/treaties/cfe/', '/ru/parties/', '/de/', '/pl/embed/treaties/new-start/'];

const pages = ['/', '/treaties/', ...instruments.map((i) => `/treaties/${i.id}/`), ...editionPages];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        // axe walks every node: the explorer and the CFE page carry thousands, so it is given time, not a deadline.
        test.slow();
        await page.goto(path);
        if (path === '/' || path === '/de/') await reachForTimeline(page);
        const results = await axe(page).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    }
  });
}

for (const path of pages) {
  test(`${path} runs under the strict Content Security Policy without a violation`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(violations).toEqual([]);
  });
}
