/**
 * The explorer read on a phone: its controls fit a 320 px screen, its party list offers states, its
 * lane names are whole words, and the hint about keys shows only where there is a keyboard.
 */
import { expect, test } from '@playwright/test';
import { instruments } from './content.ts';

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('the filters, opened, fit the screen, and the party list offers “All parties” once and no group', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByText('Filters', { exact: true }).click();
    const party = page.getByRole('combobox', { name: 'Party' });
    await expect(party).toBeVisible();
    const widest = await page.evaluate(() =>
      Math.max(
        document.documentElement.scrollWidth,
        ...[...document.querySelectorAll('[data-explorer-controls] *')].map((n) => n.getBoundingClientRect().right),
      ),
    );
    expect(widest).toBeLessThanOrEqual(320);
    const options = await party.locator('option').allTextContents();
    expect(options.filter((o) => o === 'All parties')).toHaveLength(1);
    expect(options).not.toContain('NATO allies');
    expect(options.length).toBeGreaterThan(10);
  });

  test('the hint about keys shows only once a key is pressed', async ({ page }) => {
    await page.goto('/');
    const hint = page.locator('[data-explorer] .chart-keys');
    await expect(hint).toBeHidden();
    await page.keyboard.press('Tab');
    await expect(hint).toBeVisible();
  });
});

test('with a fine pointer that hovers, the hint about keys shows from the start', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-explorer] .chart-keys')).toBeVisible();
});

for (const width of [280, 320, 360, 400])
  test(`at ${width} px every lane name of the explorer is whole words, or their initials`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/');
    const lanes = await page.locator('[data-static-timeline] svg.lifecycle-chart:visible g.lane').evaluateAll((nodes) =>
      nodes.map((lane) => ({
        id: lane.getAttribute('data-lane')!,
        drawn: [...lane.querySelectorAll('text.lane-label tspan')].map((t) => t.textContent ?? '').join(' '),
      })),
    );
    expect(lanes.length).toBe(instruments.length);
    for (const { id, drawn } of lanes) {
      const names = instruments.find((i) => i.id === id)!.data;
      const words = new Set([names.name, names.shortName].flatMap((n) => n.split(' ')));
      const initials = [names.name, names.shortName].map((n) =>
        n
          .split(' ')
          .map((w) => [...w.replace(/^\P{L}+/u, '')][0] ?? w)
          .join(''),
      );
      const said = drawn.replace(/…$/, '');
      expect(said.length, `${id} at ${width} px`).toBeGreaterThan(0);
      if (!initials.includes(said))
        for (const word of said.split(/\s+/)) expect(words, `${id} at ${width} px: “${drawn}”`).toContain(word);
    }
  });

test('a focused marker of a chart has a ring 2 px or more wide, at 3:1 or more against the halo around it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 700 });
  await page.goto('/treaties/new-start/');
  await page.locator('[data-chart-frame]').first().focus();
  await page.keyboard.press('ArrowRight');
  const ring = await page.evaluate(() => {
    const marker = document.activeElement as SVGAElement;
    const circle = marker.querySelector('circle')!;
    const svg = marker.ownerSVGElement!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const rgb = (colour: string) =>
      colour
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map(Number);
    const luminance = (colour: string) => {
      const [r, g, b] = rgb(colour).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const filter = getComputedStyle(marker).filter;
    const halo = filter.match(/rgb\([^)]*\)/g) ?? [];
    const stroke = getComputedStyle(circle).stroke;
    const [a, b] = [luminance(stroke), luminance(halo[0] ?? stroke)].sort((x, y) => y - x);
    return {
      tag: marker.tagName,
      width: parseFloat(getComputedStyle(circle).strokeWidth) * scale,
      halos: halo.length,
      contrast: (a! + 0.05) / (b! + 0.05),
    };
  });
  expect(ring.tag).toBe('a');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(ring.halos).toBeGreaterThanOrEqual(4);
  expect(ring.contrast).toBeGreaterThanOrEqual(3);
});

for (const path of ['/', '/treaties/new-start/'])
  test(`the axis of ${path} says at least three dates at every width from 280 px`, async ({ page }) => {
    for (const width of [280, 320, 360, 400, 560, 800, 1280]) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(path);
      const labels = await page
        .locator('svg.lifecycle-chart:visible')
        .first()
        .locator('g.axis g.tick text')
        .allTextContents();
      expect(labels.filter(Boolean).length, `${path} at ${width} px: ${labels.join(', ')}`).toBeGreaterThanOrEqual(3);
    }
  });

for (const path of ['/', '/treaties/new-start/', '/parties/ru/'])
  test(`every marker of ${path} is drawn whole inside its frame at 280 to 400 px`, async ({ page }) => {
    for (const width of [280, 320, 360, 400]) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(path);
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('svg.lifecycle-chart')]
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .flatMap((svg) => {
            const frame = svg.closest('[data-chart-frame]')!.getBoundingClientRect();
            return [...svg.querySelectorAll('a.marker circle')]
              .map((circle) => circle.getBoundingClientRect())
              .filter((box) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
              .map((box) => `${Math.round(box.left)}–${Math.round(box.right)}`);
          }),
      );
      expect(outside, `${path} at ${width} px`).toEqual([]);
    }
  });

for (const javaScriptEnabled of [true, false])
  test(`at 360 × 740 with ?asof=2019-08-03 the first screen shows the chart, and the answer one tap away${javaScriptEnabled ? '' : ', without JavaScript'}`, async ({
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
    await page.goto('/?asof=2019-08-03');
    // With the script, the page has told the asked day (its code comes after the load) before it is measured.
    if (javaScriptEnabled) await expect(page.locator('[data-as-of-fold]')).toHaveText(/3 August 2019/);
    // At least three lanes of the chart drawn whole on the first screen.
    const bottoms = await page
      .locator('[data-static-timeline] svg.lifecycle-chart:visible g.lane')
      .evaluateAll((lanes) => lanes.map((lane) => lane.getBoundingClientRect().bottom));
    expect(bottoms.filter((bottom) => bottom <= 740).length).toBeGreaterThanOrEqual(3);
    // Nothing is lost: the whole answer opens under its one line, with or without the script.
    const answer = page.locator('#as-of-answer');
    await expect(answer).toBeHidden();
    await page.locator('[data-as-of-fold]').click();
    await expect(answer).toBeVisible();
    await expect(answer).toContainText(/Ended: .*INF Treaty/);
    if (javaScriptEnabled) await expect(answer).toContainText('On 3 August 2019.');
    await page.close();
  });
