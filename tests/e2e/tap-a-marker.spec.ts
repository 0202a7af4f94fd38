import { expect, test, type Page } from '@playwright/test';
import { instruments } from './content.ts';

/** The explorer's drawing as the reader sees it: its box, its axis's box and first tick, and the page's scroll. */
const whereThingsAre = (page: Page) =>
  page.evaluate(() => {
    const box = (node: Element | null | undefined) => {
      const r = node?.getBoundingClientRect();
      return r && [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 10) / 10);
    };
    const timeline = document.querySelector('[data-timeline]');
    const drawing = [...document.querySelectorAll('[data-static-timeline] svg.lifecycle-chart')].find(
      (svg) => svg.getBoundingClientRect().width > 0,
    );
    return {
      timeline: box(timeline),
      drawing: box(drawing),
      axis: box(drawing?.querySelector('g.axis')),
      firstTick: box(drawing?.querySelector('g.axis g.tick')),
      scrolled: scrollY,
    };
  });

test('at 1280 px, a pointer over the timeline and moving about on it replaces and moves nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.locator('[data-timeline]').evaluate((node) => node.scrollIntoView());
  const before = await whereThingsAre(page);
  expect(before.drawing).toBeTruthy();
  const shifts = await page.evaluateHandle(() => {
    const seen = { value: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.value += (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift' });
    return seen;
  });
  const box = (await page.locator('[data-timeline]').boundingBox())!;
  for (const [x, y] of [
    [0.5, 0.3],
    [0.7, 0.5],
    [0.2, 0.8],
  ] as const)
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 5 });
  // Long enough for anything the pointer fetched to have come and drawn.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await whereThingsAre(page)).toEqual(before);
  expect(await shifts.evaluate((seen) => seen.value)).toBe(0);
  await expect(page.locator('.vis-host')).toHaveCount(0);
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a first tap on a marker of the static timeline opens that event, and neither the page nor the drawing moves', async ({
    page,
  }) => {
    await page.goto('/');
    const drawing = page.locator('[data-static-timeline] svg.lifecycle-chart:visible').first();
    // SALT I's official name runs to eight lines at this width: the event must not wait below it.
    const marker = drawing.locator('g.lane[data-lane="salt-i"] a.marker:not(.cluster)').first();
    await marker.scrollIntoViewIfNeeded();
    const index = Number(await marker.getAttribute('data-events'));
    const before = await whereThingsAre(page);
    await marker.tap();
    const salt = instruments.find((i) => i.id === 'salt-i')!;
    const panel = page.getByRole('complementary', { name: salt.data.shortName });
    await expect(panel).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`event=${salt.data.events[index]!.id}`));
    // The event opened is in sight at once, above the instrument's facts: not below the fold of the sheet.
    await expect(panel.getByRole('heading', { level: 3 })).toBeInViewport({ ratio: 1 });
    await page.waitForLoadState('networkidle');
    // The sheet covers the screen's lower part; what is under it is where it was.
    expect(await whereThingsAre(page)).toEqual(before);
    await expect(page.locator('.vis-host')).toHaveCount(0);
  });
});
