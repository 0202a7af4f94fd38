import { expect, test, type Page } from '@playwright/test';
import { instruments } from './content.ts';
import { reachForTimeline } from './explorer.ts';

const byShortName = new Map(instruments.map((i) => [i.data.shortName, i.id]));

/** The events the static timeline's drawing shows, as instrument:index. */
const staticEvents = (page: Page) =>
  page
    .locator('[data-static-timeline] svg.live g.lane')
    .evaluateAll((lanes) =>
      lanes.flatMap((lane) =>
        [...lane.querySelectorAll<SVGElement>('a.marker')]
          .filter((m) => getComputedStyle(m).visibility === 'visible')
          .flatMap((m) => (m.dataset.events ?? '').split(' ').map((n) => `${lane.getAttribute('data-lane')}:${n}`)),
      ),
    );

/** The events vis-timeline's markers show inside its window, as instrument:index. */
const visEvents = async (page: Page) => {
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
  return markers.flatMap(([label, events]) => {
    const id = byShortName.get(label.slice(0, label.indexOf(', ')));
    return events.split(' ').map((n) => `${id}:${n}`);
  });
};

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

  release();
  // vis-timeline takes over when the reader presses a key on the timeline.
  await reachForTimeline(page);
  await expect(page.locator('[data-static-timeline]')).toBeHidden();
  await expect.poll(async () => (await visEvents(page)).sort()).toEqual(zoomed);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(async () => (await visEvents(page)).sort()).toEqual(whole);
});
