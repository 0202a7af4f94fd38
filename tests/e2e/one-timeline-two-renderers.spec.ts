import { expect, test, type Page } from '@playwright/test';
import { instruments } from './content.ts';
import { reachForTimeline } from './explorer.ts';

const byShortName = new Map(instruments.map((i) => [i.data.shortName, i.id]));

/** The markers the static timeline's drawing shows, each as instrument:indices of its events. */
const staticMarkers = (page: Page) =>
  page
    .locator('[data-static-timeline] svg.live g.lane')
    .evaluateAll((lanes) =>
      lanes.flatMap((lane) =>
        [...lane.querySelectorAll<SVGElement>('a.marker')]
          .filter((m) => getComputedStyle(m).visibility === 'visible')
          .map((m) => `${lane.getAttribute('data-lane')}:${m.dataset.events ?? ''}`),
      ),
    );

/** The markers vis-timeline shows inside its window, each as instrument:indices of its events. */
const visMarkers = async (page: Page) => {
  const markers = await page.locator('.vis-item.event button').evaluateAll((buttons) => {
    const plot = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return buttons
      .filter((b) => {
        const box = b.getBoundingClientRect();
        const middle = box.x + box.width / 2;
        return box.width > 0 && middle >= plot.left && middle <= plot.right;
      })
      .map((b) => [b.getAttribute('aria-label')!, (b as HTMLElement).dataset.events ?? ''] as const);
  });
  return markers.map(([label, events]) => `${byShortName.get(label.slice(0, label.indexOf(', ')))}:${events}`);
};

/** The events markers show, as instrument:index. */
const eventsOf = (markers: string[]) =>
  markers.flatMap((marker) => {
    const [lane, events] = marker.split(':');
    return events!.split(' ').map((n) => `${lane}:${n}`);
  });
const staticEvents = async (page: Page) => eventsOf(await staticMarkers(page));
const visEvents = async (page: Page) => eventsOf(await visMarkers(page));

test('with an as-of day, a filter and a window, the static timeline and vis-timeline show the same events', async ({
  page,
}) => {
  // vis-timeline is held back until the static timeline's drawings have been read.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/explorer-timeline*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(
    '/?asof=2019-08-03&instruments=cfe,inf,new-start,open-skies&types=signed,suspended,withdrawn,ratified',
  );
  await expect(page.locator('[data-static-timeline] svg.live g.lane')).toHaveCount(4);
  const whole = (await staticEvents(page)).sort();
  expect(whole.length).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/from=.*to=/);
  await expect.poll(async () => (await staticEvents(page)).length).toBeLessThan(whole.length);
  const zoomed = (await staticEvents(page)).sort();
  expect(zoomed.length).toBeGreaterThan(0);
  // Drawn at the frame's width, the markers merge at the one distance of src/lib/chart/chart-constants.ts.
  const merged = (await staticMarkers(page)).sort();
  expect(merged.length).toBeLessThan(zoomed.length);

  release();
  // vis-timeline takes over when the reader presses a key on the timeline.
  await reachForTimeline(page);
  await expect(page.locator('[data-static-timeline]')).toBeHidden();
  await expect.poll(async () => (await visEvents(page)).sort()).toEqual(zoomed);
  await expect.poll(async () => (await visMarkers(page)).sort()).toEqual(merged);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(async () => (await visEvents(page)).sort()).toEqual(whole);
});
