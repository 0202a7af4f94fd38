/**
 * A reader follows one state through the explorer (`?party=RU`): every renderer, the summary above the
 * chart and the groups below it show only the instruments Russia acted in, and one line says which were
 * left out and why — none of them is drawn in its own colours as if Russia had joined it.
 */
import { expect, test, type Page } from '@playwright/test';
import { instruments } from './content.ts';
import { reachForTimeline } from './explorer.ts';

/** The instruments in which an event names Russia, and those in which none does, by id. */
const acted = instruments.filter((i) => i.data.events.some((e) => e.parties.includes('RU')));
const never = instruments.filter((i) => !acted.includes(i));
const ids = (list: typeof instruments) => list.map((i) => i.id).sort();

/** The lanes the static timeline's live drawing shows, by instrument id. */
const staticLanes = (page: Page) =>
  page
    .locator('[data-static-timeline] svg.live g.lane')
    .evaluateAll((lanes) => lanes.map((lane) => lane.getAttribute('data-lane')!).sort());

test.use({ viewport: { width: 360, height: 740 } });

test('at 360 px, /?party=RU draws, sums up and lists only the instruments Russia acted in, and says which it left out', async ({
  page,
}) => {
  expect(never.map((i) => i.data.shortName)).toEqual(expect.arrayContaining(['Ottawa Convention']));
  await page.goto('/?party=RU');
  await expect.poll(() => staticLanes(page)).toEqual(ids(acted));

  const leftOut = page.locator('[data-left-out]');
  await expect(leftOut).toBeVisible();
  await expect(leftOut).toContainText(`${never.length} instruments left out, which record no step by Russia`);
  for (const { data } of never) await expect(leftOut).toContainText(data.shortName);

  // The answer above the chart and the groups below it name none of them, and every instrument drawn.
  const answer = page.locator('[data-as-of-answer]');
  const groups = page.locator('[data-as-of-groups]');
  await expect(groups.getByRole('link', { name: acted[0]!.data.shortName, exact: true })).toBeVisible();
  for (const { data } of never) {
    await expect(answer).not.toContainText(data.shortName);
    await expect(groups.getByRole('link', { name: data.shortName, exact: true })).toHaveCount(0);
  }
  expect(await groups.getByRole('link').count()).toBe(acted.length);

  // vis-timeline, brought in by a key, draws the same lanes.
  await reachForTimeline(page);
  const visLanes = await page
    .locator('.vis-label.instrument-lane button')
    // A lane's name is set in the drawing's lines ("ABM\nTreaty"): read as the words it is.
    .evaluateAll((buttons) => buttons.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()));
  expect(visLanes.sort()).toEqual(acted.map((i) => i.data.shortName).sort());

  // Back to every party: every lane again, and no line.
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Party' }).selectOption('');
  await expect(leftOut).toBeHidden();
  await expect(page.locator('.vis-label.instrument-lane button')).toHaveCount(instruments.length);
  expect(await groups.getByRole('link').count()).toBe(instruments.length);
});

test('an embed of the timeline for a party leaves the same instruments out, and its caption says so', async ({
  page,
}) => {
  await page.setViewportSize({ width: 680, height: 900 });
  await page.goto('/embed/?party=RU');
  await expect
    .poll(() =>
      page
        .locator('[data-chart-frame] svg.live g.lane')
        .evaluateAll((lanes) => lanes.map((lane) => lane.getAttribute('data-lane')!).sort()),
    )
    .toEqual(ids(acted));
  await expect(page.locator('[data-chart-caption]')).toContainText(
    `${never.length} instruments left out, which record no step by Russia`,
  );
});
