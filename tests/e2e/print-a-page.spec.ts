/**
 * Ctrl+P on a treaty's or a state's page: an A4 portrait page whose chart is the static drawing of the
 * whole range (never the window the reader zoomed to on screen), fitting the page's content box with no
 * label cut, its folded lanes open, and the address, access day and data version in the footer.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instruments } from './content.ts';

/** A4's content box in CSS px: 210 mm less the 14 mm margins of the print stylesheet's @page, at 96 px an inch. */
const A4_CONTENT_WIDTH = ((210 - 2 * 14) / 25.4) * 96;

const version = (
  JSON.parse(readFileSync(join(process.env.SITE_DIR ?? 'dist', 'data/treaties.json'), 'utf8')) as {
    version: string;
  }
).version;

/** What the printed chart shows: its drawings, where each lies, and whether any of its text leaves them. */
async function printedCharts(page: Page) {
  return page.locator('figure[data-lifecycle-chart] [data-chart-frame]').evaluateAll((frames) =>
    frames.map((frame) => {
      const shown = [...frame.querySelectorAll('svg')].filter((svg) => getComputedStyle(svg).display !== 'none');
      return shown.map((svg) => {
        const box = svg.getBoundingClientRect();
        const cut = [...svg.querySelectorAll('text')].filter((text) => {
          const r = text.getBoundingClientRect();
          return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
        });
        return {
          live: svg.classList.contains('live'),
          left: box.left,
          right: box.right,
          height: box.height,
          span: svg.getAttribute('data-span'),
          cut: cut.map((t) => t.textContent),
        };
      });
    }),
  );
}

/** The span every static drawing of the page's first chart was laid out for: the whole range. */
const wholeRange = (page: Page) =>
  page.locator('figure[data-lifecycle-chart] [data-chart-frame] svg[data-width]').first().getAttribute('data-span');

async function printAndCheck(page: Page, path: string) {
  // The CFE Treaty's thirty states print to some twenty pages: give the printer time.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(path);
  const footer = page.getByText(/^Printed from /);
  await expect(footer).toBeHidden();
  // The reader zooms in on screen first: the page must still print the whole range.
  await page.getByRole('button', { name: 'Zoom in' }).first().click();
  await expect(page.locator('figure[data-lifecycle-chart] svg.live').first()).toBeAttached();
  const range = await wholeRange(page);
  expect(await page.locator('svg.live').first().getAttribute('data-span')).not.toBe(range);

  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.floor(A4_CONTENT_WIDTH), height: 1100 });
  const charts = await printedCharts(page);
  expect(charts.length).toBeGreaterThan(0);
  for (const shown of charts) {
    expect(shown, path).toHaveLength(1);
    const [chart] = shown;
    expect(chart!.live, path).toBe(false);
    expect(chart!.span, path).toBe(range);
    expect(chart!.left, path).toBeGreaterThanOrEqual(0);
    expect(chart!.right, path).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
    expect(chart!.height, path).toBeGreaterThan(40);
    expect(chart!.cut, path).toEqual([]);
  }
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await expect(footer).toBeVisible();
  await expect(footer).toContainText(canonical!);
  await expect(footer).toContainText(`data version ${version}`);
  await expect(footer).toContainText(/accessed \d{1,2} \w+ \d{4}/);
  await expect(page.getByRole('button', { name: /Embed/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Compare' })).toBeHidden();

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  const pages = boxes.length;
  expect(pages, path).toBeGreaterThan(0);
  // Every page A4 portrait: 595.3 × 841.9 points.
  for (const [, width, height] of boxes) {
    expect(Number(width)).toBeCloseTo(595.3, 0);
    expect(Number(height)).toBeCloseTo(841.9, 0);
  }
  return { charts: charts.length, pages };
}

for (const instrument of instruments) {
  test(`printing the page of ${instrument.id} gives A4 pages with the whole chart and the footer`, async ({ page }) => {
    const printed = await printAndCheck(page, `/treaties/${instrument.id}/`);
    test.info().annotations.push({ type: 'print', description: `${instrument.id}: ${printed.pages} pages` });
  });
}

for (const state of ['ru', 'us', 'de']) {
  test(`printing the page of the state ${state} gives A4 pages with the whole chart and the footer`, async ({
    page,
  }) => {
    const printed = await printAndCheck(page, `/parties/${state}/`);
    test.info().annotations.push({ type: 'print', description: `${state}: ${printed.pages} pages` });
  });
}

test('printing the CFE Treaty opens its folded lanes: every state is on paper', async ({ page }) => {
  await page.goto('/treaties/cfe/');
  const folded = page.locator('details.lane-group [data-chart-frame]');
  expect(await folded.count()).toBeGreaterThan(0);
  await expect(folded.first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  for (const frame of await folded.all()) await expect(frame).toBeVisible();
});
