import { expect, test } from '@playwright/test';
import { instruments } from './content.ts';

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a first tap on a marker of the static timeline opens that event, and neither the page nor the drawing moves', async ({
    page,
  }) => {
    // The static timeline answers the tap itself: vis-timeline does not take over here.
    await page.route('**/explorer-timeline*.js', () => undefined);
    await page.goto('/');
    const drawing = page.locator('[data-static-timeline] svg.lifecycle-chart:visible').first();
    const marker = drawing.locator('g.lane[data-lane="inf"] a.marker:not(.cluster)').first();
    await marker.scrollIntoViewIfNeeded();
    const index = Number(await marker.getAttribute('data-events'));
    const [scrolled, box] = [await page.evaluate(() => scrollY), await drawing.boundingBox()];
    await marker.tap();
    const inf = instruments.find((i) => i.id === 'inf')!;
    const panel = page.getByRole('complementary', { name: inf.data.name });
    await expect(panel).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`event=${inf.data.events[index]!.id}`));
    await expect(panel.getByRole('heading', { level: 3 })).toBeVisible();
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    expect(await drawing.boundingBox()).toEqual(box);
  });
});
