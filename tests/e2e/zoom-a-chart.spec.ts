import { expect, test } from '@playwright/test';
import { reachForTimeline } from './explorer.ts';
import { instruments } from './content.ts';

const id = instruments[0]!.id;

/** The axis of the chart drawn: the server's until the reader zooms, then the one drawn in the page. */
async function tickLabels(page: import('@playwright/test').Page) {
  return page.locator('svg.lifecycle-chart:visible g.axis g.tick text').allTextContents();
}

test('zooming a lifecycle chart with the buttons changes the visible window and the axis', async ({ page }) => {
  await page.goto(`/treaties/${id}/`);
  const status = page.locator('[data-zoom-status]');
  const before = await tickLabels(page);
  expect(before.length).toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(status).toContainText('Showing');
  const zoomed = await status.textContent();
  expect(await tickLabels(page)).not.toEqual(before);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(status).not.toHaveText(zoomed!);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(status).toHaveText('');
  // The whole span again, drawn for the frame's own width: every year the server's axis showed, maybe more between.
  const whole = await tickLabels(page);
  expect(whole.filter((year) => before.includes(year))).toEqual(before);
});

test('zooming a lifecycle chart by keyboard changes the visible window, and 0 shows it all again', async ({ page }) => {
  await page.goto(`/treaties/${id}/`);
  const region = page.getByRole('region', { name: /Lifecycle chart/ });
  await region.focus();
  await page.keyboard.press('+');
  const status = page.locator('[data-zoom-status]');
  await expect(status).toContainText('Showing');
  await page.keyboard.press('0');
  await expect(status).toHaveText('');
  // A further zoom out has nowhere to go.
  await page.keyboard.press('-');
  await expect(status).toHaveText('');
  await page.keyboard.press('+');
  await expect(status).toContainText('Showing');
});

test('a lifecycle chart is one Tab stop, and its arrows reach Russia’s New START suspension in a few presses, announced', async ({
  page,
}) => {
  await page.goto('/treaties/new-start/');
  const region = page.getByRole('region', { name: /Lifecycle chart/ });
  await expect(page.getByText(/Keyboard: arrows move between events/)).toBeVisible();
  // From the last toolbar button, one Tab reaches the chart and one more leaves it: its links are not Tab stops.
  await page.getByRole('button', { name: 'Show all' }).focus();
  await page.keyboard.press('Tab');
  await expect(region).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await region.evaluate((r) => r.contains(document.activeElement))).toBe(false);
  await region.focus();

  // As a reader would: down the lanes to Russia's, to its last event, then back in time to the suspension.
  const detail = page.locator('[data-chart-detail]');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  let presses = 1; // the Tab that reached the chart
  const press = async (key: string) => {
    await page.keyboard.press(key);
    presses += 1;
  };
  await press('ArrowDown');
  while (!(await focused()).includes('Russia') && presses < 8) await press('ArrowDown');
  await press('End');
  while (!/Suspended — Russia/.test(await focused()) && presses < 8) await press('ArrowLeft');
  expect(await focused()).toMatch(/28 February 2023: Suspended — Russia/);
  await expect(detail).toContainText('28 February 2023: Suspended — Russia');
  expect(presses).toBeLessThanOrEqual(8);
  // Escape comes back to the chart; the event stays announced.
  await page.keyboard.press('Escape');
  await expect(region).toBeFocused();
});

test('the wheel over a lifecycle chart scrolls the page and says how to zoom; Ctrl + wheel zooms', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(`/treaties/${id}/`);
  const region = page.getByRole('region', { name: /Lifecycle chart/ });
  await region.scrollIntoViewIfNeeded();
  const box = (await region.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const before = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
  await expect(page.getByText(/Ctrl \+ scroll to zoom/)).toBeVisible();
  await expect(page.locator('[data-zoom-status]')).toHaveText('');
  // The page has scrolled, maybe the chart's top out of view (a long page scrolls the whole 300 px): bring it back.
  await region.scrollIntoViewIfNeeded();
  const moved = (await region.boundingBox())!;
  await page.keyboard.down('Control');
  await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 2);
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect(page.locator('[data-zoom-status]')).toContainText('Showing');
});

test('the wheel over the interactive timeline scrolls the page; Ctrl + wheel zooms it', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/');
  await reachForTimeline(page);
  // Reaching for it scrolled the timeline into view: start again from the top of the page, as a reader does.
  await page.evaluate(() => scrollTo(0, 0));
  const timeline = page.getByRole('region', { name: /Interactive timeline/ });
  const box = (await timeline.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + 40);
  const before = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
  expect(new URL(page.url()).searchParams.get('from')).toBeNull();
  const settled = (await timeline.boundingBox())!;
  await page.mouse.move(settled.x + settled.width * 0.6, settled.y + 40);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBeNull();
});

test('dragging a zoomed lifecycle chart pans it, and the drag does not open the marker it began on', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(`/treaties/${id}/`);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const status = page.locator('[data-zoom-status]');
  await expect(status).toContainText('Showing');
  const zoomed = await status.textContent();
  const region = page.getByRole('region', { name: /Lifecycle chart/ });
  // The drag starts inside the chart wherever the page's text above it ends.
  await region.scrollIntoViewIfNeeded();
  const box = (await region.boundingBox())!;
  const url = page.url();
  await page.mouse.move(box.x + box.width * 0.5, box.y + 25);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + 25, { steps: 5 });
  await page.mouse.up();
  await expect(status).not.toHaveText(zoomed!);
  expect(page.url()).toBe(url);
});

test('at 360 px the arrows enter a merged marker: each event they reach has a marker of its own', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/treaties/cfe/');
  const frame = page.locator('[data-chart-frame]').first();
  const lane = frame.locator('svg.lifecycle-chart:visible g.lane').first();
  const merged = await lane
    .locator('a.marker')
    .evaluateAll((markers) => markers.filter((m) => (m as SVGElement).dataset.events!.includes(' ')));
  expect(merged.length, 'the first lane has a merged marker as served').toBeGreaterThan(0);
  const events = await lane
    .locator('a.marker')
    .evaluateAll((markers) => markers.flatMap((m) => (m as SVGElement).dataset.events!.split(' ')));
  await frame.focus();
  const reached: string[] = [];
  for (let n = 0; n < events.length; n++) {
    await page.keyboard.press(n === 0 ? 'Home' : 'ArrowRight');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-events', /^\d+$/);
    reached.push((await focused.getAttribute('data-events'))!);
  }
  expect(new Set(reached).size).toBe(events.length);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('a lifecycle chart offers no zoom buttons that could not work', async ({ page }) => {
    await page.goto(`/treaties/${id}/`);
    await expect(page.locator('svg.lifecycle-chart:visible')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Show all' })).toBeHidden();
  });
});

test('at 360 px a lifecycle chart’s zoom buttons are as big to tap as the explorer’s, 44 px each way', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/treaties/${id}/`);
  const buttons = page.locator('[data-zoom-controls] button:visible');
  await expect(buttons.first()).toBeVisible();
  for (const box of await buttons.evaluateAll((nodes) =>
    nodes.map((node) => node.getBoundingClientRect()).map(({ width, height }) => ({ width, height })),
  )) {
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
});
