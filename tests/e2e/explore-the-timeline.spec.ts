import { expect, test, type Page } from '@playwright/test';
import { reachForTimeline } from './explorer.ts';
import { instruments } from './content.ts';

const inf = instruments.find((i) => i.id === 'inf')!;
const cfe = instruments.find((i) => i.id === 'cfe')!;
const totalEvents = instruments.reduce((sum, i) => sum + i.data.events.length, 0);

async function openExplorer(page: Page, query = '') {
  await page.goto(`/${query}`);
  await reachForTimeline(page);
}

const windowOf = (url: string) => {
  const params = new URL(url).searchParams;
  return `${params.get('from')}…${params.get('to')}`;
};

test('zooming in and out with the buttons changes the visible window', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/from=/);
  const zoomedIn = windowOf(page.url());
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => windowOf(page.url())).not.toBe(zoomedIn);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(page).not.toHaveURL(/from=/);
});

test('zooming and panning (Shift + arrows) with the keyboard changes the visible window', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('region', { name: /Interactive timeline/ }).focus();
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/from=/);
  const zoomed = windowOf(page.url());
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => windowOf(page.url())).not.toBe(zoomed);
  const panned = windowOf(page.url());
  await page.keyboard.press('-');
  await expect.poll(() => windowOf(page.url())).not.toBe(panned);
});

test('clicking a lane opens the panel for that instrument, and the copied address reopens it', async ({ page }) => {
  await openExplorer(page);
  await page.locator('.vis-label').getByRole('button', { name: inf.data.shortName, exact: true }).click();
  const panel = page.getByRole('complementary', { name: inf.data.shortName });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link', { name: new RegExp(`whole lifecycle`) })).toHaveAttribute(
    'href',
    '/treaties/inf/',
  );
  expect(new URL(page.url()).searchParams.get('instrument')).toBe('inf');

  const copied = page.url();
  const other = await page.context().newPage();
  await openExplorer(other, new URL(copied).search);
  await expect(other.getByRole('complementary', { name: inf.data.shortName })).toBeVisible();

  await page.goBack();
  await expect(panel).toBeHidden();
  await page.goForward();
  await expect(panel).toBeVisible();
});

test('the interactive timeline takes over, visible, and its markers stand for every event', async ({ page }) => {
  await openExplorer(page);
  await expect(page.locator('.vis-timeline')).toBeVisible();
  await expect(page.locator('[data-static-timeline]')).toBeHidden();
  // A marker says "N events" when it stands for several; the instrument lanes carry every event.
  const labels = await page
    .locator('.vis-item.event button')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
  const counted = labels.reduce((sum, label) => sum + Number(/^[^,]+, (\d+) events: /.exec(label)?.[1] ?? 1), 0);
  expect(counted).toBe(totalEvents);
});

test('no two event markers of a lane overlap, at the widest zoom, zoomed in or out again', async ({ page }) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await openExplorer(page);
    for (const step of ['fit', 'in', 'in', 'in', 'out', 'out']) {
      if (step !== 'fit') await page.getByRole('button', { name: step === 'in' ? 'Zoom in' : 'Zoom out' }).click();
      // Markers merge or split once a zoom settles: poll until they do.
      await expect
        .poll(
          async () => {
            const boxes = await page.locator('.vis-item.event button').evaluateAll((nodes) =>
              nodes
                .map((n) => n.getBoundingClientRect())
                .filter((r) => r.width > 0)
                .map((r) => ({ x: r.x, y: r.y, right: r.right })),
            );
            return boxes.filter((a, i) =>
              boxes.some((b, j) => j !== i && Math.abs(a.y - b.y) < 1 && a.x < b.right - 0.5 && b.x < a.right - 0.5),
            );
          },
          { message: `${width} px, after ${step}` },
        )
        .toEqual([]);
    }
  }
});

test('a marker that stands for several events zooms in on them and lists each in the panel', async ({ page }) => {
  await openExplorer(page);
  const cluster = page
    .locator('.vis-item.cluster')
    .getByRole('button', { name: new RegExp(`^${cfe.data.shortName}, \\d+ events: `) })
    .first();
  const count = Number(/, (\d+) events: /.exec((await cluster.getAttribute('aria-label'))!)![1]);
  await cluster.click();
  await expect(page).toHaveURL(/from=/);
  const panel = page.getByRole('complementary', { name: cfe.data.shortName });
  await expect(panel.getByRole('heading', { name: `${count} events at this point of the timeline` })).toBeVisible();
  const listed = panel.locator('ul.picked').getByRole('button');
  await expect(listed).toHaveCount(count);
  await listed.first().click();
  await expect(panel.locator('ul.sources a').first()).toHaveAttribute('href', /^https:\/\//);
  // The address names the chosen event by its permanent id.
  expect(cfe.data.events.map((e) => e.id)).toContain(new URL(page.url()).searchParams.get('event'));
});

test('pressing Enter on an event opens it with its source in the panel', async ({ page }) => {
  // A window of a few months around the INF Treaty's first event, where no marker is clustered.
  const first = [...inf.data.events].sort((a, b) => a.date.localeCompare(b.date))[0]!;
  const year = Number(first.date.slice(0, 4));
  await openExplorer(page, `?from=${year - 1}-11&to=${year + 1}-02`);
  const marker = page
    .locator('.vis-item.event')
    .getByRole('button', { name: new RegExp(`^${inf.data.shortName}, `) })
    .first();
  await marker.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: inf.data.shortName });
  await expect(panel.getByRole('heading', { level: 3 })).toBeVisible();
  await expect(panel.locator('ul.sources a').first()).toHaveAttribute('href', /^https:\/\//);
  expect(inf.data.events.map((e) => e.id)).toContain(new URL(page.url()).searchParams.get('event'));
});

test('as of 3 August 2019 the INF Treaty is shown as ended', async ({ page }) => {
  await openExplorer(page, '?asof=2019-08-03');
  const summary = page.getByRole('region', { name: /Status on 3 August 2019/ });
  const ended = summary.locator('div').filter({ has: page.getByRole('heading', { name: 'Ended' }) });
  await expect(ended.getByRole('link', { name: inf.data.shortName })).toBeVisible();
});

test('the as-of control changes the summary and the address', async ({ page }) => {
  await openExplorer(page);
  await page.getByLabel('As of', { exact: true }).fill('2019-08-03');
  await expect(page).toHaveURL(/asof=2019-08-03/);
  await expect(page.getByRole('heading', { name: 'Status on 3 August 2019' })).toBeVisible();
});

test('filters hide and show items', async ({ page }) => {
  await openExplorer(page);
  await page.getByText('Filters').click();
  await page.getByRole('checkbox', { name: cfe.data.shortName, exact: true }).uncheck();
  await expect(page.locator('.vis-label').getByRole('button', { name: cfe.data.shortName, exact: true })).toHaveCount(
    0,
  );
  await expect(page).toHaveURL(/instruments=/);
  await page.getByRole('checkbox', { name: cfe.data.shortName, exact: true }).check();
  await expect(page.locator('.vis-label').getByRole('button', { name: cfe.data.shortName, exact: true })).toHaveCount(
    1,
  );
});

test('an invalid parameter is ignored with a visible notice', async ({ page }) => {
  await openExplorer(page, `?asof=tomorrow&instruments=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`);
  await expect(page.getByRole('status').filter({ hasText: 'Ignored in the address' })).toContainText(
    'Ignored in the address: asof',
  );
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('the timeline leads to the table of every event, which lists every event in the content', async ({ page }) => {
    // A plain link to a 420 KB page, parsed without a script: slow on a loaded machine (CI once took 30 s).
    test.slow();
    await page.goto('/');
    await expect(page.locator('svg.lifecycle-chart:visible')).toBeVisible();
    // The navigation the click starts: its address first, then its rows, however long they take to come.
    await Promise.all([
      page.waitForURL(/\/events\/$/, { waitUntil: 'commit' }),
      page.getByRole('link', { name: 'Read them all in one table, with their sources.' }).click(),
    ]);
    await expect(page.locator('table.events-table tbody tr')).toHaveCount(totalEvents, { timeout: 60_000 });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
  });

  test('at 360 px wide the static timeline fits: nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  });
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('nothing overflows horizontally', async ({ page }, testInfo) => {
    await openExplorer(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await testInfo.attach('explorer-360px', {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('the as-of day, typed', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    test(`typing 01/01/2019 gives asof=2019-01-01 and the answer in view at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openExplorer(page);
      const input = page.getByLabel('As of', { exact: true });
      // The month comes first in this browser's en-US date field: click its left end, where the month is.
      await input.click({ position: { x: 12, y: 10 } });
      await page.keyboard.type('01012019');
      await input.blur();
      await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBe('2019-01-01');
      // One line above the timeline stands for the answer, and opens it.
      const fold = page.getByText('Each instrument on 1 January 2019', { exact: true });
      await expect(fold).toBeInViewport();
      const answer = page.locator('#as-of-answer');
      await expect(answer).toContainText('On 1 January 2019.');
      // The CFE Treaty's headline of that day, as its page would say it.
      await expect(answer).toContainText(
        /CFE Treaty \(In force for \d+ of the \d+ states drawn here; Russia: suspended \(since 12 December 2007\); Czechoslovakia: state dissolved \(since 1 January 1993\)\)/,
      );
      await fold.click();
      await expect(answer).toBeInViewport();
    });
  }

  test('asof=0019-01-01 in the address is refused with a notice', async ({ page }) => {
    await openExplorer(page, '?asof=0019-01-01');
    await expect(page.getByRole('status').filter({ hasText: 'Ignored in the address' })).toContainText(
      'asof (before the first event)',
    );
    expect(await page.getByLabel('As of', { exact: true }).inputValue()).not.toBe('0019-01-01');
  });
});

test('at 1280 px the panel opens beside the timeline and leaves it where it was; Escape closes it and focus returns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openExplorer(page);
  const timeline = page.getByRole('region', { name: /Interactive timeline/ });
  const lane = page.locator('.vis-label').getByRole('button', { name: inf.data.shortName, exact: true });
  await lane.focus();
  const before = await timeline.boundingBox();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: inf.data.shortName });
  await expect(panel).toBeVisible();
  expect(await timeline.boundingBox()).toEqual(before);
  const side = (await panel.boundingBox())!;
  expect(side.x).toBeGreaterThanOrEqual(before!.x + before!.width);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(lane).toBeFocused();
});

test('vis-timeline loads for a key on the timeline, not with the page nor for the pointer or the focus', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/');
  // Past the load and an idle period of the browser, the static timeline still answers alone.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await expect(page.locator('[data-static-timeline]')).toBeVisible();
  await page.locator('[data-timeline]').hover();
  await page.locator('[data-static-timeline]').focus();
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('explorer-timeline'))).toEqual([]);
  await page.keyboard.press('Shift');
  await expect(page.locator('[data-explorer][data-ready="true"]')).toBeAttached();
  expect(requested.filter((url) => url.includes('explorer-timeline'))).toHaveLength(1);
  // The focus went on to the timeline that took over: still the one Tab stop.
  await expect(page.getByRole('region', { name: /Interactive timeline/ })).toBeFocused();
});

test('from the top of the page the keyboard answers “when did Russia suspend New START?” in 10 presses or fewer', async ({
  page,
}) => {
  await page.goto('/');
  let presses = 0;
  const press = async (key: string) => {
    await page.keyboard.press(key);
    presses += 1;
  };
  const said = page.locator('[data-timeline-detail]');
  await press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
  await press('Enter');
  // N reaches the NPT's lane, then New START's, whose party lanes open under it.
  while (!/^New START: /.test((await said.textContent()) ?? '') && presses < 5) await press('n');
  await expect(said).toContainText(/^New START: /);
  await press('r'); // its Russia lane
  await expect(said).toContainText(/^New START, Russia: /);
  await press('End');
  while (!/Suspended — Russia/.test((await said.textContent()) ?? '') && presses < 10) await press('ArrowLeft');
  await expect(said).toContainText(/Suspended — Russia.*28 February 2023|28 February 2023.*Suspended — Russia/);
  expect(presses).toBeLessThanOrEqual(10);
  // The event's marker has the focus, one Tab stop among the timeline's markers.
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('aria-label', /Suspended — Russia/);
  await expect(focused).toHaveAttribute('tabindex', '-1');
  // Enter opens it in the panel; Escape closes the panel and the focus comes back to the marker.
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'New START' });
  await expect(panel.getByRole('heading', { level: 3 })).toContainText('Suspended');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /Suspended — Russia/);
});

test('the interactive timeline is one Tab stop: its markers and lane names are reached with the keys', async ({
  page,
}) => {
  await openExplorer(page);
  const stops = await page.evaluate(
    () =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '[data-timeline] a, [data-timeline] button, [data-timeline] [tabindex]',
        ),
      ].filter((node) => node.tabIndex >= 0 && !node.closest('[hidden]')).length,
  );
  expect(stops).toBe(1);
});

test('a zoom button is answered by the static timeline; if its lanes cannot be fetched, vis-timeline comes', async ({
  page,
}) => {
  const lanes = page.waitForResponse((response) => response.url().includes('/data/explorer/chart/'));
  await page.goto('/');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  expect((await lanes).ok()).toBe(true);
  await expect(page.locator('[data-static-timeline] svg.live')).toBeAttached();
  await expect(page).toHaveURL(/from=/);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.vis-host')).toHaveCount(0);

  await page.route('**/data/explorer/chart/**', (route) => route.abort());
  await page.goto('/?instrument=inf');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.locator('[data-explorer][data-ready="true"]')).toBeAttached();
  await expect(page.locator('[data-static-timeline] svg.live')).toHaveCount(0);
  await expect(page).toHaveURL(/from=/);
});

test('once the page has been idle, its zoom’s code is here: the first zoom is drawn in full by the click itself', async ({
  page,
}) => {
  // Fetched while the page is idle, with no pointer, touch or focus on the timeline.
  const code = page.waitForResponse((response) => /\/chart-zoom[^/]*\.js$/.test(response.url()));
  const lanes = page.waitForResponse((response) => response.url().includes('/data/explorer/chart/'));
  await page.goto('/');
  await Promise.all([code, lanes]);
  // Let the fetched code mount: its promise settles after the responses.
  await page.waitForLoadState('networkidle');
  const drawnInFull = await page.evaluate(() => {
    document.querySelector<HTMLButtonElement>('button[data-zoom="in"]')!.click();
    // In the click's own task, before any frame: the layout function's drawing, not the server's moved.
    return document.querySelectorAll('[data-static-timeline] svg.live').length;
  });
  expect(drawnInFull).toBe(1);
  await expect(page).toHaveURL(/from=.*to=/);
  await expect(page.locator('.vis-host')).toHaveCount(0);
});

test('once the page has been idle, a first Ctrl + wheel on the server’s drawing zooms about the day under the pointer', async ({
  page,
}) => {
  // Its zoom's code and lanes come while the page is idle.
  const lanes = page.waitForResponse((response) => response.url().includes('/data/explorer/chart/'));
  await page.goto('/');
  await lanes;
  await page.waitForLoadState('networkidle');
  const drawing = page.locator('[data-static-timeline] svg.lifecycle-chart').filter({ visible: true }).first();
  // The day under a pointer at a share of the plot's width, as the drawing's span and range say.
  const plot = await drawing.evaluate((svg: SVGSVGElement) => {
    const [left, right] = svg.dataset.range!.split(' ').map(Number) as [number, number];
    const [start, end] = svg.dataset.span!.split(' ').map(Number) as [number, number];
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    return { x0: box.left + left * scale, x1: box.left + right * scale, y: box.top + 40, start, end };
  });
  const share = 0.25;
  const x = plot.x0 + share * (plot.x1 - plot.x0);
  const before = plot.start + share * (plot.end - plot.start);
  await page.mouse.move(x, plot.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -500);
  await page.keyboard.up('Control');
  await expect(page).toHaveURL(/from=.*to=/);
  const params = new URL(page.url()).searchParams;
  const [from, to] = [Date.parse(params.get('from')!), Date.parse(params.get('to')!)];
  const after = from + share * (to - from);
  // The same day, to the day the address rounds the window to (and a little more).
  expect(Math.abs(after - before)).toBeLessThan(0.01 * (to - from));
});

test('at 360 px, the party lanes the keyboard opens keep their names narrow, and the time axis most of the width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openExplorer(page);
  await page.getByRole('region', { name: /Interactive timeline/ }).focus();
  await page.keyboard.press('n');
  await expect(page.locator('.vis-label.party-lane:visible').first()).toBeVisible();
  const [labels, whole] = await page.evaluate(() => [
    document.querySelector('.vis-panel.vis-left')!.getBoundingClientRect().width,
    document.querySelector('.vis-host')!.getBoundingClientRect().width,
  ]);
  expect(labels / whole).toBeLessThan(0.35);
});

test.describe('on a 360 px wide phone, before the zoom’s code has come', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('the first zoom moves the server’s drawing to the new window, each event where the layout function then draws it', async ({
    page,
  }) => {
    // The static timeline's zoom is held back until the quick answer has been read; vis-timeline never comes.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/chart-zoom*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.route('**/explorer-timeline*.js', () => undefined);
    await page.goto('/');
    /** Where each marker is in a drawing, by its lane and the events it stands for, as a share of its plot's width (visible ones only). */
    const places = (live: boolean) =>
      page.evaluate((live) => {
        const svg = [...document.querySelectorAll<SVGSVGElement>('[data-static-timeline] svg.lifecycle-chart')].find(
          (s) => s.classList.contains('live') === live && (live || s.getBoundingClientRect().width > 0),
        )!;
        // The pixels the layout function draws the window across.
        const [left = 0, right = 0] = svg.dataset.range!.split(' ').map(Number);
        const width = right - left;
        return Object.fromEntries(
          [...svg.querySelectorAll<SVGElement>('a.marker')]
            .filter((m) => getComputedStyle(m).visibility === 'visible')
            .map((m) => [
              `${m.closest('g.lane')!.getAttribute('data-lane')} ${m.dataset.events}`,
              (Number(/translate\(([-\d.]+)/.exec(m.getAttribute('transform')!)![1]) - left) / width,
            ]),
        );
      }, live);
    const before = await places(false);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).toHaveURL(/from=.*to=/);
    await expect(page.locator('[data-static-timeline] svg.live')).toHaveCount(0);
    const quick = await places(false);
    expect(quick).not.toEqual(before);
    release();
    await expect(page.locator('[data-static-timeline] svg.live')).toBeAttached();
    const live = await places(true);
    const both = Object.keys(quick).filter((key) => key in live);
    expect(both.length).toBeGreaterThanOrEqual(5);
    for (const key of both) expect(Math.abs(quick[key]! - live[key]!), key).toBeLessThan(0.01);
    // Markers that left the window are hidden, not drawn over the lane labels.
    expect(Object.values(quick).every((share) => share >= 0 && share <= 1)).toBe(true);
  });
});

test.describe('a filtered view has no empty space', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('filters in the address draw the static timeline again with their lanes only, in a box of their height', async ({
    page,
  }) => {
    await page.route('**/explorer-timeline*.js', () => undefined);
    await page.goto(`/?instruments=${cfe.id},${inf.id}&types=signed,withdrawn`);
    const live = page.locator('[data-static-timeline] svg.live');
    await expect(live.locator('g.lane')).toHaveCount(2);
    // Only the events of the types asked for: INF's signature and the US withdrawal among them.
    const labels = await live
      .locator('a.marker')
      .evaluateAll((markers) => markers.map((m) => m.getAttribute('aria-label')));
    expect(labels.join(' ')).toMatch(/Signed/);
    expect(labels.join(' ')).not.toMatch(/Entered into force|Ratified/);
    const [box, drawing] = await Promise.all([page.locator('[data-timeline]').boundingBox(), live.boundingBox()]);
    expect(box!.height - drawing!.height).toBeLessThan(40);
  });

  test('filters and a window in the address: the static timeline draws the lanes, and the window stays', async ({
    page,
  }) => {
    await page.route('**/explorer-timeline*.js', () => undefined);
    await page.goto(`/?instruments=${cfe.id},${inf.id}&from=1990&to=2000`);
    const live = page.locator('[data-static-timeline] svg.live');
    await expect(live.locator('g.lane')).toHaveCount(2);
    expect(new URL(page.url()).search).toContain('from=1990&to=2000');
    // The window drawn is the address's: the axis names no year outside it.
    const years = (await live.locator('g.tick text').allTextContents()).map(Number);
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((year) => year >= 1990 && year <= 2001)).toBe(true);
  });

  test('filtering the interactive timeline to two instruments leaves no room above or below their lanes', async ({
    page,
  }) => {
    await openExplorer(page);
    await expect(page.locator('[data-explorer][data-ready="true"]')).toBeAttached();
    await page.getByText('Filters').click();
    for (const instrument of instruments.filter((i) => i.id !== cfe.id && i.id !== inf.id))
      await page.getByRole('checkbox', { name: instrument.data.shortName, exact: true }).uncheck();
    const lanes = page.locator('.vis-labelset > .vis-label');
    await expect(lanes).toHaveCount(2);
    // vis-timeline settles its height over a redraw or two: the gaps are read until they close. Its lanes
    // begin at its top (the host keeps the drawing's few px above them) and its axis follows them, as the drawing's.
    const gaps = async () => {
      const box = (await page.locator('[data-timeline]').boundingBox())!;
      const top = (await page.locator('.vis-timeline').boundingBox())!;
      const axis = (await page.locator('.vis-panel.vis-bottom').boundingBox())!;
      const [first, last] = [(await lanes.first().boundingBox())!, (await lanes.last().boundingBox())!];
      return Math.max(first.y - top.y, axis.y - (last.y + last.height), box.y + box.height - (axis.y + axis.height));
    };
    await expect.poll(gaps).toBeLessThan(8);
  });
});

test('a zoom key pressed on the static timeline is answered at once, before vis-timeline has come', async ({
  page,
}) => {
  await page.route('**/explorer-timeline*.js', () => undefined);
  await page.goto('/');
  await page.locator('[data-static-timeline]').focus();
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/from=.*to=/);
  const zoomed = windowOf(page.url());
  await page.keyboard.press('+');
  await expect.poll(() => windowOf(page.url())).not.toBe(zoomed);
  await page.keyboard.press('0');
  await expect(page).not.toHaveURL(/from=/);
  await expect(page.locator('.vis-host')).toHaveCount(0);
});

test('at 360 px the table of every event reads as a list that never scrolls sideways, and is still a table to screen readers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/events/');
  const row = page.locator('table.events-table tbody tr').nth(40);
  await row.scrollIntoViewIfNeeded();
  const scroller = page.locator('[data-events-table]');
  expect(await scroller.evaluate((box) => box.scrollWidth - box.clientWidth)).toBe(0);
  // Date, instrument and type share the first line; who, what happened and the sources follow, full width.
  const boxes = await row
    .locator('td')
    .evaluateAll((cells) =>
      cells.map((cell) => ({ top: cell.getClientRects()[0]!.top, width: cell.getBoundingClientRect().width })),
    );
  const tops = boxes.slice(0, 3).map((box) => box.top);
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(4);
  expect(boxes[4]!.top).toBeGreaterThan(boxes[3]!.top);
  const full = await row.evaluate((tr) => tr.getBoundingClientRect().width);
  for (const box of boxes.slice(3)) expect(box.width).toBeGreaterThan(full - 2);
  await expect(row.getByRole('cell')).toHaveCount(6);
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(6);
});
