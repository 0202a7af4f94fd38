/**
 * Every view fits its reader: at every width from a phone to a wide screen, with and without
 * JavaScript, the whole requested span is in view, nothing scrolls sideways and no two labels overlap.
 * Embeds are tested inside an iframe on another origin, as an article column would hold them.
 */
import { axe } from './axe.ts';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { reachForTimeline } from './explorer.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { instruments } from './content.ts';
import { SITE } from './ports.ts';

const WIDTHS = [320, 360, 680, 1024, 1440];
const pages = ['/', ...instruments.map((i) => `/treaties/${i.id}/`)];
const embeds = ['/embed/', ...instruments.map((i) => `/embed/treaties/${i.id}/`)];

/** A publisher's article on another origin (localhost, a host name of its own) holding our embed. */
let publisher: Server;
let PUBLISHER = '';

test.beforeAll(async () => {
  publisher = createServer((request, response) => {
    const url = new URL(request.url ?? '/', PUBLISHER);
    const width = Number(url.searchParams.get('width') ?? 680);
    const snippet =
      url.searchParams.get('snippet') ??
      `<iframe src="${SITE}${url.searchParams.get('src') ?? '/embed/'}" title="Embedded chart" width="100%" height="900" style="width:100%;border:0"></iframe>`;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><title>Article</title></head><body style="margin:0"><main><div id="column" style="width:${width}px">${snippet}</div></main></body></html>`,
    );
  });
  // Any free port: a worker that restarts never meets its predecessor's.
  await new Promise<void>((done) => publisher.listen(0, '127.0.0.1', done));
  PUBLISHER = `http://localhost:${(publisher.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => publisher.close(() => done())));

/** Opens the publisher's article with our embed (or an embed code) in a column `width` px wide. */
async function article(page: Page, src: string, width: number, snippet?: string): Promise<Frame> {
  const query = new URLSearchParams({ src, width: String(width), ...(snippet ? { snippet } : {}) });
  await page.goto(`${PUBLISHER}/article?${query}`);
  const handle = await page.locator('iframe').elementHandle();
  const content = (await handle.contentFrame())!;
  await content.waitForLoadState('load');
  await content.locator('footer').waitFor();
  return content;
}

/** What a reader sees of the chart in a document: the SVG shown, its events' ends and every text box. */
async function measure(target: Page | Frame) {
  return target.evaluate(() => {
    // A closed <details> keeps its contents laid out in Chromium, though nobody sees them.
    const shown = [...document.querySelectorAll<SVGSVGElement>('svg.lifecycle-chart')].filter(
      (svg) => svg.getBoundingClientRect().width > 0 && !svg.closest('details:not([open])'),
    );
    const svg = shown[0];
    const rect = (e: Element) => e.getBoundingClientRect();
    if (!svg) return undefined;
    const markers = [...svg.querySelectorAll('a.marker')].map(rect);
    const texts = [...svg.querySelectorAll('text')]
      .map((t) => ({ box: rect(t), text: t.textContent ?? '' }))
      .filter((t) => t.box.width > 0);
    const overlaps: string[] = [];
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const [p, q] = [texts[i]!.box, texts[j]!.box];
        if (
          Math.min(p.right, q.right) - Math.max(p.left, q.left) > 0.5 &&
          Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 0.5
        )
          overlaps.push(`"${texts[i]!.text}" and "${texts[j]!.text}"`);
      }
    }
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return {
      shown: shown.length,
      viewport: document.documentElement.clientWidth,
      scrollWidth: document.documentElement.scrollWidth,
      svg: { left: rect(svg).left, right: rect(svg).right },
      firstMarker: Math.min(...markers.map((m) => m.left)),
      lastMarker: Math.max(...markers.map((m) => m.right)),
      markers: markers.length,
      texts: texts.length,
      overlaps,
      scale,
      fontSize: Number.parseFloat(getComputedStyle(svg).fontSize),
    };
  });
}

function expectFits(
  m: Awaited<ReturnType<typeof measure>>,
  what: string,
  { folded = 'closed' }: { folded?: 'closed' | 'open' } = {},
) {
  expect(m, `${what}: a chart is shown`).toBeDefined();
  const view = m!;
  // On screen, folded groups are closed; on paper every group is printed open, one chart each.
  if (folded === 'closed') expect(view.shown, `${what}: exactly one chart variant is shown`).toBe(1);
  expect(view.scrollWidth, `${what}: no sideways scroll`).toBeLessThanOrEqual(view.viewport);
  expect(view.svg.left, what).toBeGreaterThanOrEqual(0);
  expect(view.svg.right, what).toBeLessThanOrEqual(view.viewport + 0.5);
  expect(view.firstMarker, `${what}: the first event is in view`).toBeGreaterThanOrEqual(view.svg.left);
  expect(view.lastMarker, `${what}: the last event is in view`).toBeLessThanOrEqual(view.svg.right + 0.5);
  expect(view.fontSize * view.scale, `${what}: text is at least 11 px`).toBeGreaterThanOrEqual(10.9);
  expect(view.overlaps, `${what}: labels overlap`).toEqual([]);
}

/** The explorer's interactive timeline, once it has replaced the static chart: every marker inside its panel. */
async function expectTimelineFits(page: Page, what: string) {
  await reachForTimeline(page);
  const view = await page.evaluate(() => {
    const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const points = [...document.querySelectorAll('.vis-item.vis-point .lane-button')].map((b) =>
      b.getBoundingClientRect(),
    );
    const host = document.querySelector('.vis-host')!.getBoundingClientRect();
    const labels = [...document.querySelectorAll('.vis-label .lane-button')].map(
      (b) => b.getBoundingClientRect().right - host.left,
    );
    return {
      panel: { left: panel.left, right: panel.right },
      first: Math.min(...points.map((p) => p.left)),
      last: Math.max(...points.map((p) => p.right)),
      labels: Math.max(...labels) / host.width,
      viewport: document.documentElement.clientWidth,
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
  expect(view.scrollWidth, `${what}: no sideways scroll`).toBeLessThanOrEqual(view.viewport);
  expect(view.first, `${what}: the first event is in view`).toBeGreaterThanOrEqual(view.panel.left - 1);
  expect(view.last, `${what}: the last event is in view`).toBeLessThanOrEqual(view.panel.right + 1);
  expect(
    view.labels,
    `${what}: lane labels (with their fold toggles) take at most about a quarter`,
  ).toBeLessThanOrEqual(0.33);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    test.setTimeout(90_000);

    for (const path of pages) {
      test(`${path} fits at ${WIDTHS.join(', ')} px`, async ({ page }) => {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(path);
          if (path === '/' && javaScriptEnabled)
            await expectTimelineFits(page, `the interactive timeline at ${width} px`);
          else expectFits(await measure(page), `${path} at ${width} px`);
        }
      });
    }

    for (const path of embeds) {
      test(`${path} fits in an article column of ${WIDTHS.join(', ')} px on another origin`, async ({ page }) => {
        for (const width of WIDTHS) {
          const frame = await article(page, path, width);
          expectFits(await measure(frame), `${path} in ${width} px`);
        }
      });
    }
  });
}

test('the whole span of a window given in the address is what an embed shows', async ({ page }) => {
  const frame = await article(page, '/embed/treaties/new-start/?from=2010&to=2019-12', 360);
  await frame.locator('svg.lifecycle-chart.live').first().waitFor();
  await expect(frame.locator('[data-chart-caption]')).toContainText('Showing 1 January 2010 to 31 December 2019');
  expectFits(await measure(frame), 'New START 2010–2019 at 360 px');
  const last = await frame.locator('svg.lifecycle-chart.live a.marker').evaluateAll((as) =>
    as
      .map((a) => a.getAttribute('data-last')!)
      .sort()
      .at(-1),
  );
  expect(last! <= '2019-12-31').toBe(true);
});

for (const path of ['/embed/', '/embed/treaties/cfe/']) {
  test(`${path}?asof=2019-01-01 draws nothing after that day and its caption names it`, async ({ page }) => {
    const frame = await article(page, `${path}?asof=2019-01-01`, 680);
    await frame.locator('svg.lifecycle-chart.live').first().waitFor();
    const days = await frame
      .locator('svg.lifecycle-chart.live a.marker')
      .evaluateAll((as) => as.map((a) => a.getAttribute('data-last')!));
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) expect(day <= '2019-01-01', `an event of ${day} is drawn`).toBe(true);
    await expect(frame.locator('[data-chart-caption]')).toContainText('Status as of 1 January 2019');
    await expect(frame.getByRole('link', { name: 'See the latest' })).toBeVisible();
    // Every status in the legend is drawn, and every drawn status is in the legend.
    const legend = await frame
      .locator('[data-chart-legend] .swatch')
      .evaluateAll((s) => s.map((e) => [...e.classList].find((c) => c.startsWith('status-'))));
    const drawn = await frame
      .locator('svg.lifecycle-chart.live rect.bar-fill')
      .evaluateAll((r) => [...new Set(r.map((e) => [...e.classList].find((c) => c.startsWith('status-'))))]);
    for (const status of legend) expect(drawn).toContain(status);
  });
}

test('instruments=cfe,inf narrows an embed to those lanes and their span', async ({ page }) => {
  const frame = await article(page, '/embed/?instruments=cfe,inf', 680);
  await expect(frame.locator('svg.lifecycle-chart.live g.lane')).toHaveCount(2);
  const first = await frame.locator('svg.lifecycle-chart.live a.marker').first().getAttribute('aria-label');
  expect(first).toMatch(/1987|1986/);
});

test('instruments=foo,cfe keeps cfe and names foo as ignored', async ({ page }) => {
  const frame = await article(page, '/embed/?instruments=foo,cfe', 360);
  await expect(frame.locator('svg.lifecycle-chart.live g.lane')).toHaveCount(1);
  await expect(frame.getByText(/Ignored in the address: foo in instruments \(unknown instrument\)/)).toBeVisible();
});

test('the script-free embed code shows its credit line in columns of 300 to 1024 px, at most 40 px to spare', async ({
  page,
}) => {
  await page.goto(`/treaties/${instruments.find((i) => i.id === 'cfe')?.id ?? instruments[0]!.id}/`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = page.getByLabel(/For sites that allow no third-party scripts/);
  await expect(code).toHaveAttribute('data-measured', 'true', { timeout: 15_000 });
  const snippet = await code.inputValue();
  expect(snippet).toMatch(/height="\d+"/);
  expect(snippet).toContain('asof=');
  for (const width of [300, 328, 360, 680, 1024]) {
    const frame = await article(page, '', width, snippet);
    await frame.locator('svg.lifecycle-chart.live').first().waitFor();
    const seen = await frame.evaluate(() => {
      const credit = document.querySelector('footer a')!.getBoundingClientRect();
      return {
        creditInView: credit.top >= 0 && credit.bottom <= innerHeight,
        spare: innerHeight - document.body.getBoundingClientRect().height,
        sideways: document.documentElement.scrollWidth > innerWidth,
      };
    });
    expect(seen.creditInView, `credit at ${width} px`).toBe(true);
    expect(seen.spare, `empty space at ${width} px`).toBeLessThanOrEqual(40);
    expect(seen.sideways, `sideways scroll at ${width} px`).toBe(false);
  }
});

test('axe finds nothing in the embeds at 360 px', async ({ page }) => {
  // 19 embeds, each scanned by axe: about a minute on a quiet machine, so room for a busy one.
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of embeds) {
    await page.goto(path);
    const { violations } = await axe(page).analyze();
    expect(violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
  }
});

test('screenshots at 360 and 1280 px of the explorer, a treaty page and both embeds', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/', '/treaties/new-start/', '/embed/', '/embed/treaties/cfe/']) {
      await page.goto(path);
      if (path === '/') await reachForTimeline(page);
      await testInfo.attach(`${path.replaceAll('/', '_')}-${width}.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: 'image/png',
      });
    }
  }
});

test('printed on A4 portrait, the explorer and a treaty page show their whole chart, labels apart', async ({
  page,
}) => {
  // A4 portrait at 96 dpi, less the printer's usual margins.
  await page.setViewportSize({ width: 718, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  for (const path of ['/', '/treaties/cfe/']) {
    await page.goto(path);
    if (path === '/') await reachForTimeline(page);
    expectFits(await measure(page), `${path} printed`, { folded: 'open' });
  }
});
