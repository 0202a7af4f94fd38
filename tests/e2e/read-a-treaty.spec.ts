import { expect, test } from '@playwright/test';
import { reachForTimeline } from './explorer.ts';
import { instrumentModel } from '../../src/lib/model/instrument-summary.ts';
import { STATUS_GROUPS, statusGroup } from '../../src/lib/model/statuses.ts';
import { asOfDay } from '../../src/node/as-of.ts';
import { instruments } from './content.ts';

test('a reader opens a treaty from the index and lands on its page', async ({ page }) => {
  const first = instruments[0]!;
  await page.goto('/treaties/');
  await page.getByRole('link', { name: first.data.shortName, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/treaties/${first.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(first.data.name);
});

test('a treaty’s heading and a state’s read as words: the short name or code after a space, in brackets', async ({
  page,
}) => {
  // Search results take their titles from these headings, so a missing space shows there too.
  await page.goto('/treaties/inf/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Missiles \(INF Treaty\)$/);
  await page.goto('/parties/ru/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia (RU)');
});

for (const instrument of instruments) {
  test(`the page of ${instrument.id} lists every one of its events with its sources`, async ({ page }) => {
    await page.goto(`/treaties/${instrument.id}/`);
    const events = page
      .getByRole('region', { name: 'Events' })
      .getByRole('listitem')
      .filter({ has: page.locator('p') });
    await expect(events).toHaveCount(instrument.data.events.length);
    const sources = instrument.data.events.flatMap((e) => e.sources.map((s) => s.url));
    for (const url of new Set(sources)) await expect(page.locator(`a[href="${url}"]`).first()).toBeAttached();
    await expect(page.getByRole('group', { name: new RegExp(`^Lifecycle of the`) })).toBeVisible();
  });
}

test('a reader opens a treaty from the explorer panel and lands on its page', async ({ page }) => {
  const first = instruments[0]!;
  await page.goto(`/?instrument=${first.id}`);
  await reachForTimeline(page);
  await page
    .getByRole('complementary', { name: first.data.name })
    .getByRole('link', { name: /whole lifecycle/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/treaties/${first.id}/$`));
});

test('the status filter on the index shows exactly the instruments in that status', async ({ page }) => {
  await page.goto('/treaties/');
  const shown = () => page.locator('ul.cards > li').filter({ visible: true }).getByRole('heading').allInnerTexts();
  // Oldest first, as the index lists them.
  const models = instruments
    .map((i) => instrumentModel(i.id, i.data, asOfDay()))
    .sort((a, b) => a.data.concluded.date.localeCompare(b.data.concluded.date) || a.id.localeCompare(b.id));
  const inGroup = (filter: string) =>
    models.filter((m) => STATUS_GROUPS[statusGroup(m.status)].filter === filter).map((m) => m.data.shortName);
  for (const [label, filter] of [
    ['Ended', 'ended'],
    ['In force or in effect', 'in-force'],
    ['Not in force', 'not-in-force'],
  ] as const) {
    await page.getByRole('radio', { name: label }).check();
    await expect.poll(shown).toEqual(inGroup(filter));
  }
  await page.getByRole('radio', { name: 'All' }).check();
  await expect.poll(shown).toEqual(models.map((m) => m.data.shortName));
});
