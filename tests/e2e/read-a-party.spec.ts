import { axe } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { PARTIES, partyName, type PartyId } from '../../src/lib/model/parties.ts';
import { instruments } from './content.ts';

/** Whether an event names the state: among those who acted, or as the predecessor of a succession. */
const names = (event: (typeof instruments)[number]['data']['events'][number], party: PartyId) =>
  event.parties.includes(party) || event.predecessor === party;

/** Every state an event names, with the events that name it and the instruments it acted in. */
const states = [
  ...new Set(
    instruments.flatMap((i) => i.data.events.flatMap((e) => [...e.parties, ...(e.predecessor ? [e.predecessor] : [])])),
  ),
]
  .filter((party) => PARTIES[party].kind === 'state')
  .map((party) => ({
    party,
    path: `/parties/${party.toLowerCase()}/`,
    events: instruments.flatMap((i) =>
      i.data.events.flatMap((e) => (names(e, party) ? [{ id: e.id, description: e.description }] : [])),
    ),
    instruments: instruments.filter((i) => i.data.events.some((e) => names(e, party))),
  }));
const russia = states.find((s) => s.party === 'RU')!;
const fewest = [...states].sort((a, b) => a.events.length - b.events.length)[0]!;

const eventsOf = (page: Page) =>
  page
    .getByRole('region', { name: 'Events' })
    .getByRole('listitem')
    .filter({ has: page.locator('p') });
const chartOf = (page: Page) =>
  page.getByRole('group', { name: /in \d+ instruments?: one lane/ }).filter({ visible: true });

test('a reader finds Russia in the index of states and lands on its page', async ({ page }) => {
  await page.goto('/parties/');
  for (const { party } of states)
    await expect(page.getByRole('link', { name: partyName(party), exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Russia', exact: true }).click();
  await expect(page).toHaveURL(/\/parties\/ru\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Russia');
});

for (const javaScriptEnabled of [true, false]) {
  test(`/parties/ru/ shows a lane per instrument Russia acted in, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/parties/ru/');
    const chart = chartOf(page);
    await expect(chart).toHaveCount(1);
    // Lane labels link to the instruments' pages; event markers are links too, named by their events.
    for (const instrument of instruments) {
      const acted = russia.instruments.includes(instrument);
      await expect(
        chart.getByRole('link', { name: instrument.data.shortName, exact: true }),
        instrument.id,
      ).toHaveCount(acted ? 1 : 0);
    }
    await context.close();
  });
}

for (const javaScriptEnabled of [true, false]) {
  test(`${russia.path} and ${fewest.path} fit at 320 to 1440 px with one chart each, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    for (const path of [russia.path, fewest.path, '/parties/']) {
      for (const width of [320, 360, 680, 1024, 1440]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(sideways, `${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
        if (path !== '/parties/') await expect(chartOf(page), `${path} at ${width} px`).toHaveCount(1);
      }
    }
    await context.close();
  });
}

test('the compare form on /parties/ru/ lists what Russia left between 1 January 2000 and the as-of day, each step once with its date', async ({
  page,
}) => {
  await page.goto('/parties/ru/');
  const section = page.getByRole('region', { name: /^What changed between/ });
  await section.getByLabel('From').fill('2000-01-01');
  await section.getByRole('button', { name: 'Compare' }).click();
  await expect(section.getByRole('heading', { level: 2 })).toContainText('1 January 2000');
  const list = section.getByRole('listitem').filter({ has: page.locator('p') });
  const steps = [
    ['ABM Treaty', 'terminated 13 June 2002'],
    ['CFE Treaty', 'suspended 12 December 2007'],
    ['CFE Treaty', 'withdrawn 7 November 2023'],
    ['INF Treaty', 'terminated 2 August 2019'],
    ['Open Skies', 'withdrawn 18 December 2021'],
    ['New START', 'suspended 28 February 2023'],
    ['New START', 'expired 5 February 2026'],
    ['CTBT', 'ratification revoked 2 November 2023'],
    ['START I', 'expired 5 December 2009'],
  ];
  for (const [name, step] of steps)
    await expect(
      list.filter({ hasText: `${name} — Russia:` }).filter({ hasText: step }),
      `${name}: ${step}`,
    ).toHaveCount(1);
  await expect(
    list.filter({
      hasText: 'CFE Treaty — Russia: in force → withdrawn (suspended 12 December 2007, withdrawn 7 November 2023)',
    }),
  ).toHaveCount(1);
  // Before 2000 Russia ratified the CFE Treaty: a later start leaves it out.
  await expect(list.filter({ hasText: 'ratified 3 September 1992' })).toHaveCount(0);
});

test('without JavaScript, /parties/ru/ lists every change of Russia’s status, from its first step', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/parties/ru/');
  const section = page.getByRole('region', { name: /^What changed between/ });
  await expect(section.getByLabel('From')).toBeHidden();
  await expect(
    section.getByRole('listitem').filter({ hasText: 'CFE Treaty — Russia: not signed → withdrawn' }),
  ).toHaveCount(1);
  await context.close();
});

test('a party name on a treaty page leads to that state’s page', async ({ page }) => {
  const cfe = instruments.find((i) => i.data.events.some((e) => e.parties.includes('RU')))!;
  await page.goto(`/treaties/${cfe.id}/`);
  await page.getByRole('region', { name: 'Events' }).getByRole('link', { name: 'Russia', exact: true }).first().click();
  await expect(page).toHaveURL(/\/parties\/ru\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Russia');
});

test('the Soviet Union links to Russia, its continuing state, and Russia links back', async ({ page }) => {
  await page.goto('/parties/su/');
  await page.getByRole('definition').getByRole('link', { name: 'Russia', exact: true }).click();
  await expect(page).toHaveURL(/\/parties\/ru\/$/);
  await page.getByRole('definition').getByRole('link', { name: 'Soviet Union', exact: true }).click();
  await expect(page).toHaveURL(/\/parties\/su\/$/);
});

for (const state of states) {
  test(`every event that names ${state.party} appears on ${state.path}, with its sources`, async ({ page }) => {
    await page.goto(state.path);
    await expect(eventsOf(page)).toHaveCount(state.events.length);
    for (const { id } of state.events) await expect(page.locator(`li[id="${id}"]`)).toHaveCount(1);
    const sources = new Set(
      instruments.flatMap((i) =>
        i.data.events.filter((e) => names(e, state.party)).flatMap((e) => e.sources.map((s) => s.url)),
      ),
    );
    for (const url of sources) await expect(page.locator(`a[href="${url}"]`).first()).toBeAttached();
  });
}

for (const path of ['/parties/', russia.path, fewest.path]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    // Russia's page lists some 150 events: axe takes 10 s on a quiet machine, more on a busy one.
    test.setTimeout(90_000);
    await page.goto(path);
    const results = await axe(page).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('the embed of a state', () => {
  let host: Server;
  let hostPort = 0;
  test.beforeAll(async ({ baseURL }) => {
    host = createServer((request, response) => {
      const src = new URL(request.url ?? '/', 'http://localhost').searchParams.get('src') ?? '/embed/';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="en"><head><title>An article</title></head><body><main><h1>Article</h1><iframe id="frame" src="${baseURL}${src.replace(/"/g, '&quot;')}" title="Embedded chart" data-act-embed width="100%" height="150" style="width:100%;border:0"></iframe></main><script src="${baseURL}/embed.js"></script></body></html>`,
      );
    });
    await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
    hostPort = (host.address() as { port: number }).port;
  });
  test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

  test('/embed/parties/ru/ on another site resizes to its content, and again after a width change', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(
      `http://localhost:${hostPort}/?src=${encodeURIComponent(russia.path.replace('/parties/', '/embed/parties/'))}`,
    );
    const frame = (await (await page.locator('#frame').elementHandle()).contentFrame())!;
    await frame.waitForLoadState('load');
    const frameHeight = () =>
      page.locator('#frame').evaluate((f: HTMLIFrameElement) => Math.round(f.getBoundingClientRect().height));
    const contentHeight = () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.abs((await frameHeight()) - (await contentHeight())), { timeout: 2000, intervals: [50] })
      .toBeLessThanOrEqual(1);
    const wide = await frameHeight();
    await page.setViewportSize({ width: 360, height: 800 });
    await expect
      .poll(async () => Math.abs((await frameHeight()) - (await contentHeight())), { timeout: 2000, intervals: [50] })
      .toBeLessThanOrEqual(1);
    expect(await frameHeight()).not.toBe(wide);
    await expect(
      frame.getByRole('group', { name: /^Russia in \d+ instruments/ }).filter({ visible: true }),
    ).toHaveCount(1);
  });
});

for (const path of ['/treaties/cfe/', '/']) {
  test(`the compare form on ${path} lists every party's status changes between two days`, async ({ page }) => {
    await page.goto(path);
    const section = page.getByRole('region', { name: /^What changed between/ });
    await section.getByLabel('From').fill('2023-01-01');
    await section.getByLabel('To').fill('2024-06-01');
    await section.getByRole('button', { name: 'Compare' }).click();
    await expect(section.getByRole('heading', { level: 2 })).toContainText('1 January 2023');
    const list = section.getByRole('listitem').filter({ has: page.locator('p') });
    await expect(
      list.filter({ hasText: 'CFE Treaty — Russia: suspended → withdrawn (withdrawn 7 November 2023)' }),
    ).toHaveCount(1);
    await expect(
      list.filter({ hasText: /CFE Treaty — Czechia: in force → suspended \(suspended 7 November 2023\)/ }),
    ).toHaveCount(1);
    await expect(list.filter({ hasText: 'suspended 12 December 2007' })).toHaveCount(0);
    // The two days are in the address, and the address opens the same list.
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('2023-01-01,2024-06-01');
    await page.goto(page.url());
    await expect(
      page.getByRole('region', { name: /^What changed between/ }).getByRole('heading', { level: 2 }),
    ).toContainText('1 January 2023');
  });
}

test('the sitemap lists every treaty and every state page, and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const instrument of instruments) expect(sitemap).toContain(`/treaties/${instrument.id}/</loc>`);
  expect(sitemap).toContain('/parties/ru/</loc>');
  expect(sitemap).toContain('/parties/</loc>');
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
});

test('/parties/ru/?asof=2010-01-01&instruments=cfe,inf draws those lanes as they stood that day', async ({ page }) => {
  await page.goto('/parties/ru/?asof=2010-01-01&instruments=cfe,inf');
  const chart = page.locator('figure[data-lifecycle-chart]').first();
  const live = chart.locator('svg.lifecycle-chart.live').first();
  await live.waitFor();
  expect(await live.locator('g.lane').evaluateAll((lanes) => lanes.length)).toBe(2);
  const days = await live.locator('a.marker').evaluateAll((as) => as.map((a) => a.getAttribute('data-last')!));
  expect(days.length).toBeGreaterThan(0);
  for (const day of days) expect(day <= '2010-01-01', `an event of ${day} is drawn`).toBe(true);
  await expect(chart.locator('[data-chart-caption]')).toContainText('1 January 2010');
  await expect(chart.locator('[data-notice]')).toBeHidden();
});
