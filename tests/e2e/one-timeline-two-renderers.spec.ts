import { expect, test, type Page } from '@playwright/test';
import { CHART_LAYOUT } from '../../src/lib/chart/chart-constants.ts';
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

/**
 * Where the timeline is drawn, px of the page (the focus may scroll it into view): its box, its axis
 * line, and each lane's top and height with its markers.
 */
interface Drawn {
  box: { x: number; y: number; width: number; height: number };
  axis: number;
  /** The axis's labels, left to right. */
  ticks: string[];
  lanes: { top: number; height: number; markers: number }[];
}

/** The static timeline as drawn: the lanes' bottoms are their rules, the first lane's top the layout's room below the frame's top. */
const staticDrawn = (page: Page): Promise<Drawn> =>
  page.locator('[data-static-timeline] .chart-frame').evaluate((frame, top) => {
    const svg = [...frame.querySelectorAll<SVGSVGElement>('svg.lifecycle-chart')].find(
      (s) => s.getBoundingClientRect().width > 0,
    )!;
    const scale = svg.getBoundingClientRect().width / Number(svg.dataset.width);
    const y = (node: Element) => node.getBoundingClientRect().y + scrollY;
    let above = y(svg) + top * scale;
    const box = frame.getBoundingClientRect();
    return {
      box: { x: box.x, y: box.y + scrollY, width: box.width, height: box.height },
      axis: y(svg.querySelector('g.axis line.domain')!),
      ticks: [...svg.querySelectorAll('g.axis text')].map((text) => text.textContent.trim()),
      lanes: [...svg.querySelectorAll('g.lane')].map((lane) => {
        const bottom = y(lane.querySelector('line.lane-rule')!);
        const drawn = { top: above, height: bottom - above, markers: lane.querySelectorAll('a.marker').length };
        above = bottom;
        return drawn;
      }),
    };
  }, CHART_LAYOUT.top);

/** vis-timeline as drawn: its lanes are its groups (a lane's rule is its bottom border), its markers those in its window. */
const visDrawn = (page: Page): Promise<Drawn> =>
  page.locator('.vis-host').evaluate((host) => {
    const box = host.getBoundingClientRect();
    const plot = host.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const inWindow = (marker: Element) => {
      const at = marker.getBoundingClientRect();
      return at.width > 0 && at.x + at.width / 2 >= plot.left && at.x + at.width / 2 <= plot.right;
    };
    return {
      box: { x: box.x, y: box.y + scrollY, width: box.width, height: box.height },
      axis: host.querySelector('.axis-line')!.getBoundingClientRect().y + scrollY,
      ticks: [...host.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)')]
        .filter((label) => {
          const at = label.getBoundingClientRect();
          return at.width > 0 && at.x + at.width / 2 >= plot.left && at.x + at.width / 2 <= plot.right;
        })
        .sort((a, b) => a.getBoundingClientRect().x - b.getBoundingClientRect().x)
        .map((label) => label.textContent.trim()),
      lanes: [...host.querySelectorAll('.vis-foreground > .vis-group')].map((group) => {
        const at = group.getBoundingClientRect();
        return {
          top: at.y + scrollY,
          height: at.height,
          markers: [...group.querySelectorAll('.vis-item.event button')].filter(inWindow).length,
        };
      }),
    };
  });

for (const [width, address] of [
  [1280, '/'],
  [360, '/'],
  // A filtered view's whole span is its lanes' own (2010 on for New START), in both renderers.
  [1280, '/?instruments=new-start'],
] as const)
  test(`at ${width} px vis-timeline comes in where the static timeline was on ${address}: box, axis and its labels, lanes and markers`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(address);
    await expect(page.locator('[data-static-timeline] g.lane:visible').first()).toBeVisible();
    const before = await staticDrawn(page);
    expect(before.lanes.length).toBeGreaterThan(address === '/' ? 3 : 0);
    await reachForTimeline(page);
    await expect(page.locator('[data-static-timeline]')).toBeHidden();
    // Its markers merge once it has drawn its lanes: on a loaded machine (CI, once) more than 5 s after it came.
    await expect
      .poll(async () => (await visDrawn(page)).lanes.map((l) => l.markers), { timeout: 15_000 })
      .toEqual(before.lanes.map((l) => l.markers));
    const after = await visDrawn(page);
    const near = (a: number, b: number) => Math.abs(a - b) <= 1;
    const moved = (name: string, a: number, b: number) =>
      near(a, b) ? [] : [`${name}: ${a.toFixed(1)} → ${b.toFixed(1)}`];
    const moves = [
      ...(['x', 'y', 'width', 'height'] as const).flatMap((k) => moved(`box ${k}`, before.box[k], after.box[k])),
      ...moved('axis', before.axis, after.axis),
      ...(before.ticks.join(' ') === after.ticks.join(' ')
        ? []
        : [`ticks: ${before.ticks.join()} → ${after.ticks.join()}`]),
      ...moved('lanes', before.lanes.length, after.lanes.length),
      ...before.lanes.flatMap((lane, n) => [
        ...moved(`lane ${n} top`, lane.top, after.lanes[n]?.top ?? NaN),
        ...moved(`lane ${n} height`, lane.height, after.lanes[n]?.height ?? NaN),
      ]),
    ];
    expect(moves).toEqual([]);
  });
