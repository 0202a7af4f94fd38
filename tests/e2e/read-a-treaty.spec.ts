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
    .getByRole('complementary', { name: first.data.shortName })
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

test('/treaties/cfe/?asof=2019-01-01 tells the story as of that day, as its embed does', async ({ page }) => {
  await page.goto('/treaties/cfe/?asof=2019-01-01&from=1995&to=2015&event=cfe-1990-11-19-signed');
  const chart = page.locator('figure[data-lifecycle-chart]').first();
  const live = chart.locator('svg.lifecycle-chart.live').first();
  await live.waitFor();
  const days = await live.locator('a.marker').evaluateAll((as) => as.map((a) => a.getAttribute('data-last')!));
  expect(days.length).toBeGreaterThan(0);
  for (const day of days) expect(day <= '2019-01-01', `an event of ${day} is drawn`).toBe(true);
  await expect(chart.locator('[data-chart-caption]')).toContainText('Status as of 1 January 2019');
  await expect(chart.locator('[data-chart-caption]')).toContainText('1995');
  await expect(page.locator('[data-headline-label]')).toHaveText('Status on 1 January 2019:');
  // What the page cannot take is said, not dropped.
  await expect(chart.locator('[data-notice]')).toHaveText(/Ignored in the address: event/);
  // The embed code offered is for the view shown.
  expect(await page.evaluate(() => location.search)).toContain('asof=2019-01-01');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a treaty page with a day in its address says in one line that it applies only with JavaScript', async ({
    page,
  }) => {
    await page.goto('/treaties/cfe/?asof=2019-01-01');
    await expect(page.getByText(/^Without JavaScript this chart shows the whole record as of/)).toHaveCount(1);
    await expect(page.locator('[data-headline-label]')).not.toHaveText('Status on 1 January 2019:');
  });
});
