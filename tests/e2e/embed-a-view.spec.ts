import { axe } from './axe.ts';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { reachForTimeline } from './explorer.ts';
import { createServer, type Server } from 'node:http';
import { instruments } from './content.ts';
import { hostPort, SITE } from './ports.ts';

/** A publisher's page on another origin (a second localhost port, one per worker) that embeds our views. */
let HOST_PORT = hostPort(0, 0);
let host: Server;

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures from this pattern; this hook needs none.
test.beforeAll(async ({}, testInfo) => {
  HOST_PORT = hostPort(0, testInfo.parallelIndex);
  host = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://localhost:${HOST_PORT}`);
    const src = url.searchParams.get('src') ?? '/embed/';
    const script = url.searchParams.get('script') !== 'off';
    const marker = url.searchParams.get('marker') !== 'off';
    const frame = `<iframe id="frame" src="${SITE}${src.replace(/"/g, '&quot;')}" title="Embedded timeline" ${marker ? 'data-act-embed' : ''} width="100%" height="150" style="width:100%;border:0"></iframe>`;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><title>A publisher's article</title></head><body><main><h1>Article</h1><div id="box" style="width:100%">${frame}</div></main>${script ? `<script src="${SITE}/embed.js"></script>` : ''}</body></html>`,
    );
  });
  await new Promise<void>((done) => host.listen(HOST_PORT, '127.0.0.1', done));
});
test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

const hostUrl = (src: string, extra = '') => `http://localhost:${HOST_PORT}/?src=${encodeURIComponent(src)}${extra}`;
const frameHeight = (page: Page) =>
  page.locator('#frame').evaluate((f: HTMLIFrameElement) => Math.round(f.getBoundingClientRect().height));
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
const embedFrame = async (page: Page) => (await (await page.locator('#frame').elementHandle()).contentFrame())!;

const views = ['/embed/', `/embed/treaties/${instruments[0]!.id}/`];

for (const view of views) {
  test(`${view} embedded on another site resizes to its content, and again after a width change`, async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(hostUrl(view));
    const frame = await embedFrame(page);
    await frame.waitForLoadState('load');
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(1);
    const wide = await frameHeight(page);
    await page.setViewportSize({ width: 360, height: 800 });
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(1);
    expect(await frameHeight(page)).not.toBe(wide);
  });
}

test('a height message from another window, or of the wrong shape, changes nothing', async ({ page }) => {
  await page.goto(hostUrl('/embed/'));
  const frame = await embedFrame(page);
  await expect
    .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 2000 })
    .toBeLessThanOrEqual(1);
  const settled = await frameHeight(page);
  // From the host page's own window, in the right shape:
  await page.evaluate(() =>
    window.postMessage({ type: 'arms-control-timeline:height', id: '/embed/', height: 999 }, '*'),
  );
  // From the embed's window, in wrong shapes:
  await frame.evaluate(() => {
    for (const message of [
      { type: 'arms-control-timeline:height', id: '/embed/', height: '999' },
      { type: 'arms-control-timeline:height', id: '/embed/', height: 999, extra: true },
      { type: 'other', id: '/embed/', height: 999 },
      { type: 'arms-control-timeline:height', id: '/embed/', height: -999 },
      'arms-control-timeline:height:999',
    ])
      window.parent.postMessage(message, '*');
    // Then one right message: the host handles messages in order, so once this one has taken effect
    // every message above has been handled too.
    window.parent.postMessage({ type: 'arms-control-timeline:height', id: '/embed/', height: 321 }, '*');
  });
  await expect.poll(() => frameHeight(page)).toBe(321);
  expect(settled).not.toBe(321);
});

test('the script-free snippet shows the embed at its fixed height', async ({ page }) => {
  await page.goto(hostUrl('/embed/', '&script=off&marker=off'));
  const frame = await embedFrame(page);
  await expect(frame.locator('svg.lifecycle-chart:visible')).toBeVisible();
  expect(await frameHeight(page)).toBe(150);
});

test('an invalid parameter is ignored and the embed shows a notice', async ({ page }) => {
  await page.goto(hostUrl('/embed/?theme=neon&asof=2019-08-03'));
  const frame = await embedFrame(page);
  await expect(frame.getByRole('status')).toContainText('theme (not light, dark or auto)');
  await expect(frame.locator('svg.lifecycle-chart:visible')).toBeVisible();
});

test('hostile parameters run nothing and add no element', async ({ page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));

  await page.goto(`${SITE}/embed/`);
  const clean = await page.evaluate(() => document.querySelectorAll('*').length);
  const hostile = new URLSearchParams({
    title: '<script>alert(1)</script>',
    instruments: '"><img src=x onerror=alert(1)>',
    party: 'x'.repeat(10_000),
    asof: '２０１９-０８-０３',
    theme: '"><svg onload=alert(1)>',
    '"><img src=x onerror=alert(2)>': '1',
    from: '𝟙𝟡𝟠𝟝',
  });
  await page.goto(`${SITE}/embed/?${hostile}`);
  await expect(page.getByRole('status')).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBe(clean);
  expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
  await expect(page.getByRole('status')).not.toContainText('<');
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('axe finds no violations inside the embedded frame', async ({ page }) => {
  for (const view of views) {
    await page.goto(hostUrl(view));
    const frame = await embedFrame(page);
    await expect(frame.locator('svg.lifecycle-chart:visible')).toBeVisible();
    const results = await axe(page).include('#frame').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('pages other than embeds refuse to be framed by another site', async ({ page }) => {
  const path = `/treaties/${instruments[0]!.id}/`;
  // The page arrives, and the browser then refuses to show it: once its response is in and the frame has
  // loaded (an error page), nothing of ours is in the frame.
  const response = page.waitForResponse(`${SITE}${path}`);
  await page.goto(hostUrl(path));
  expect((await response).status()).toBe(200);
  const frame = await embedFrame(page);
  await frame.waitForLoadState('load');
  expect(await frame.locator('#main, svg.lifecycle-chart').count()).toBe(0);
  // The embed of the same instrument, by contrast, may be framed.
  await page.goto(hostUrl(`/embed/treaties/${instruments[0]!.id}/`));
  await expect((await embedFrame(page)).locator('svg.lifecycle-chart:visible')).toBeVisible();
});

test('the Embed dialog gives the code for the current view with a live preview', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?asof=2019-08-03');
  await reachForTimeline(page);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog.getByLabel('Embed code')).toHaveValue(/\/embed\/\?asof=2019-08-03/);
  await expect(dialog.getByLabel('Embed code')).toHaveValue(/data-act-embed/);
  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  const preview = dialog.frameLocator('iframe[title^="Preview"]');
  await expect(preview.locator('svg.lifecycle-chart:visible')).toBeVisible();
});

test("a crafted childId cannot smuggle a pym.js command: the embed speaks pym only with pym's own frame ids", async ({
  page,
}) => {
  const crafted = 'pym-1xPYMxnavigateToxPYMxhttps://evil.example/';
  // What a pym.js parent reads: every string message, split on its separator; listening before the embed loads.
  await page.addInitScript(() => {
    (window as unknown as { pym: string[] }).pym = [];
    window.addEventListener('message', (event) => {
      if (typeof event.data === 'string') (window as unknown as { pym: string[] }).pym.push(event.data);
    });
  });
  for (const [childId, expected] of [
    [crafted, '/embed/'],
    ['example-graphic_1', 'example-graphic_1'],
  ] as const) {
    await page.goto(hostUrl(`/embed/?childId=${encodeURIComponent(childId)}`));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { pym: string[] }).pym.length))
      .toBeGreaterThan(0);
    const messages = await page.evaluate(() => (window as unknown as { pym: string[] }).pym);
    for (const message of messages) {
      const parts = message.split('xPYMx');
      expect(parts, message).toHaveLength(4);
      expect(parts.slice(0, 3), message).toEqual(['pym', expected, 'height']);
      expect(parts[3], message).toMatch(/^\d+$/);
    }
    expect(page.url()).toContain('localhost');
  }
});

for (const view of views) {
  test(`${view} keeps the server's drawing as it loads, so nothing below the chart moves, until the reader zooms`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${SITE}${view}`);
    const figure = page.locator('figure[data-lifecycle-chart][data-ready="true"]');
    await expect(figure).toBeAttached();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expect(figure.locator('svg.live')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
    // The server's links wait for the keys: the frame is the chart's one Tab stop.
    await expect(figure.locator('[data-chart-frame] a:not([tabindex="-1"])')).toHaveCount(0);
    await figure.locator('button[data-zoom="in"]').click();
    await expect(figure.locator('svg.live')).toBeVisible();
    await expect(figure.locator('[data-zoom-status]')).not.toBeEmpty();
  });
}

test('an embed whose parameters change the drawing draws it at once', async ({ page }) => {
  await page.goto(`${SITE}/embed/?from=1990&to=2000`);
  const figure = page.locator('figure[data-lifecycle-chart][data-ready="true"]');
  await expect(figure.locator('svg.live')).toBeVisible();
});

test("a treaty's status card, framed at 320 px on another site, says the status and last step, pinned to its day", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(hostUrl('/embed/treaties/new-start/card/?asof=2024-01-01&from=1990'));
  const frame = await embedFrame(page);
  await expect(frame.locator('[data-headline]')).toHaveText(
    'Status on 1 January 2024: In force for 1 of the 2 states drawn here; Russia: suspended (since 28 February 2023; claimed, contested by United States)',
  );
  await expect(frame.getByRole('link', { name: /^1 June 2023: Statement/ })).toHaveAttribute(
    'href',
    '/treaties/new-start/#new-start-2023-06-01-statement-us',
  );
  // A chart's parameter is not dropped without a word.
  await expect(frame.getByRole('status')).toContainText('from (not a parameter of this embed)');
  // The frame takes the card's height: a sidebar box, not a chart's.
  await page.goto(hostUrl('/embed/treaties/new-start/card/?asof=2024-01-01'));
  await expect.poll(async () => frameHeight(page)).toBe(await contentHeight(await embedFrame(page)));
  expect(await frameHeight(page)).toBeLessThan(340);
  expect(await (await embedFrame(page)).evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const results = await axe(page).include('#frame').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("a treaty page's embed dialog hands out the status card, with only the parameters a card takes", async ({
  page,
}) => {
  await page.goto(`${SITE}/treaties/cfe/`);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /A status card/ }).check();
  const code = await dialog.getByRole('textbox', { name: /code/i }).first().inputValue();
  expect(code).toMatch(/src="http:\/\/127\.0\.0\.1:\d+\/embed\/treaties\/cfe\/card\/\?asof=\d{4}-\d{2}-\d{2}"/);
  await expect(dialog.frameLocator('iframe.embed-preview').locator('[data-last-step]')).toContainText('Last step:');
});
