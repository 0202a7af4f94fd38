/**
 * A reader takes the chart with them: the share area of a treaty's, a state's and the explorer's page
 * offers the chart as PNG (1,600 px wide) and as SVG (with its title and description, text as text), and
 * the explorer's links draw the view as it stands (as-of day, filters), never the default one.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instruments } from './content.ts';

const DIST = process.env.SITE_DIR ?? 'dist';
const version = (JSON.parse(readFileSync(join(DIST, 'data/treaties.json'), 'utf8')) as { version: string }).version;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const isPng = (file: Buffer) => file.subarray(1, 4).toString('latin1') === 'PNG';

async function saved(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

/** Presses Enter on the link named `name`, as a keyboard user does, and waits for the file. */
async function downloadWithKeyboard(page: Page, name: RegExp): Promise<Download> {
  const link = page.getByRole('link', { name });
  await link.focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  return download;
}

test('a treaty page offers its chart as a PNG 1,600 px wide, named for the treaty and the data version', async ({
  page,
}) => {
  await page.goto('/treaties/inf/');
  const download = await downloadWithKeyboard(page, /^Chart as PNG/);
  expect(download.suggestedFilename()).toBe(`arms-control-timeline-inf-${version}.png`);
  const png = await saved(download);
  expect(isPng(png)).toBe(true);
  expect(pngSize(png).width).toBeGreaterThanOrEqual(1600);
});

test('a state page offers its chart as an SVG with its title, description, version, address and licence', async ({
  page,
}) => {
  await page.goto('/parties/ru/');
  const download = await downloadWithKeyboard(page, /^Chart as SVG$/);
  expect(download.suggestedFilename()).toBe(`arms-control-timeline-ru-${version}.svg`);
  const svg = (await saved(download)).toString('utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('<title id="picture-title">Russia: arms-control instruments</title>');
  expect(svg).toMatch(/<desc id="picture-desc">[^<]*Russia[^<]*<\/desc>/);
  expect(svg).toContain(`data version ${version}`);
  expect(svg).toMatch(/\/parties\/ru\/ · CC BY 4\.0<\/text>/);
  expect(svg).not.toMatch(/<image|@import|url\((?!#)/);
});

test('every treaty, every state named here and the timeline have a PNG and an SVG the site serves', async ({
  request,
}) => {
  const paths = [
    ...instruments.map((i) => `/pictures/treaties/${i.id}`),
    ...['ru', 'us', 'de'].map((code) => `/pictures/parties/${code}`),
    '/pictures/timeline/1',
  ];
  for (const path of paths) {
    const png = await request.get(`${path}.png`);
    expect(png.status(), path).toBe(200);
    expect(png.headers()['content-type'], path).toBe('image/png');
    expect(pngSize(await png.body()).width, path).toBe(1600);
    const svg = await request.get(`${path}.svg`);
    expect(svg.status(), path).toBe(200);
    expect(svg.headers()['content-type'], path).toMatch(/^image\/svg\+xml/);
    expect(await svg.text(), path).toMatch(/^<svg [^>]*><title id="picture-title">[^<]+<\/title><desc /);
  }
});

test('the explorer with an as-of day and a filter gives the picture of that view, as SVG and as PNG', async ({
  page,
}) => {
  // Module scripts run before the load event that goto waits for: the links know the view by then.
  await page.goto('/?asof=2019-01-01&instruments=inf,cfe');
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Chart as SVG$/ }).click();
  const download = await svgDownload;
  expect(download.suggestedFilename()).toBe(`arms-control-timeline-timeline-${version}.svg`);
  const svg = (await saved(download)).toString('utf8');
  expect(svg).toContain('As of 1 January 2019.');
  expect([...svg.matchAll(/<g class="lane" data-lane="([^"]+)"/g)].map((m) => m[1])).toEqual(['inf', 'cfe']);
  expect(svg).toMatch(/\/\?asof=2019-01-01&amp;instruments=inf,cfe · CC BY 4\.0<\/text>/);
  // Nothing after the as-of day: New START's 2023 suspension is not drawn, nor is its lane.
  expect(svg).not.toContain('data-lane="new-start"');
  expect(svg).not.toMatch(/data-last="202[0-9]/);

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Chart as PNG/ }).click();
  const png = await saved(await pngDownload);
  expect(isPng(png)).toBe(true);
  expect(pngSize(png).width).toBe(1600);
  // Drawn for this view: not the built file of the default view.
  expect(png.equals(readFileSync(join(DIST, 'pictures/timeline/1.png')))).toBe(false);
});

test('a treaty page with an as-of day, zoomed in, gives the picture of that view, not the built file', async ({
  page,
}) => {
  await page.goto('/treaties/cfe/?asof=2019-01-01');
  await page.getByRole('button', { name: 'Zoom in' }).first().click();
  await expect(page.locator('[data-zoom-status]').first()).toContainText(/Showing/);
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Chart as SVG$/ }).click();
  const download = await svgDownload;
  expect(download.suggestedFilename()).toBe(`arms-control-timeline-cfe-${version}.svg`);
  const svg = (await saved(download)).toString('utf8');
  expect(svg).toContain('As of 1 January 2019.');
  expect(svg).toContain('Showing ');
  // The address names the day and the window the reader chose.
  expect(svg).toMatch(
    /\/treaties\/cfe\/\?from=\d{4}-\d{2}-\d{2}&amp;to=\d{4}-\d{2}-\d{2}&amp;asof=2019-01-01 · CC BY 4\.0<\/text>/,
  );
  // Nothing after the as-of day: the 2023 withdrawal is not drawn.
  expect(svg).not.toMatch(/data-last="202[0-9]/);
  expect(svg).not.toBe(readFileSync(join(DIST, 'pictures/treaties/cfe.svg'), 'utf8'));
});
