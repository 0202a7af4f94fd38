import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { EDITIONS, type Edition } from '../../src/lib/i18n/locale.ts';
import { editionRoot } from '../../src/lib/site/routes.ts';
import { instruments } from './content.ts';

/** Byte budgets from the issues, in gzip bytes, asserted on the built site (timings live in npm run bench). */
const KB = 1024;

for (const edition of EDITIONS)
  test(`the explorer loads under 15 KB gzip of JavaScript before the reader reaches for the timeline (${edition})`, () => {
    const weight = pageWeight('dist', `${editionRoot(edition)}/`);
    expect(weight.initialJs.gzip).toBeLessThan(15 * KB);
    expect(weight.lazyJs.files.length).toBeGreaterThan(0); // vis-timeline comes after, as a separate chunk
    expect(weight.initialJs.files.some((f) => weight.lazyJs.files.includes(f))).toBe(false);
  });

test('no script a browser loads carries the strings only built pages say (src/lib/i18n/page-strings.ts)', () => {
  const scripts = readdirSync(join('dist', '_astro')).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const file of scripts)
    expect(readFileSync(join('dist', '_astro', file), 'utf8'), file).not.toMatch(/site\.pageTitle|notFound\.title/);
});

/**
 * What only one edition's strings say: the letters Russian has and Ukrainian lacks and the other way round,
 * the German, French and Polish words for suspension and withdrawal, and their tables' own phrases.
 */
const ONLY_IN: Readonly<Partial<Record<Edition, RegExp>>> = {
  ru: /[ыэъё]/,
  uk: /[іїєґ]/,
  de: /Aussetzung|Rücktritt/,
  fr: /Retrait effectif|Zoomez avec/,
  pl: /zawieszeni|wystąpieni/i,
};

test('each edition’s scripts carry its own strings and no other edition’s', () => {
  // The strings modules choose their edition's table where the build's constant folds (src/lib/i18n/strings.ts);
  // an object holding every table would carry all of them. vis-timeline's own bundled locales, in the chunk a
  // reader loads only on reaching for the interactive timeline, are the one exception.
  for (const edition of EDITIONS) {
    const root = editionRoot(edition);
    const visTimeline = pageWeight('dist', `${root}/`).lazyJs.files;
    const scripts = new Set(
      ['/', `/treaties/${instruments[0]!.id}/`, `/embed/treaties/${instruments[0]!.id}/`].flatMap((page) => {
        const weight = pageWeight('dist', `${root}${page}`);
        return [...weight.initialJs.files, ...weight.lazyJs.files];
      }),
    );
    const texts = [...scripts].map((file) => ({ file, text: readFileSync(join('dist', file), 'utf8') }));
    for (const { file, text } of texts) {
      const ownLocales = visTimeline.includes(file);
      if (edition === 'en' && !ownLocales) expect(text, file).not.toMatch(/[\u0400-\u04FF]/);
      for (const [other, words] of Object.entries(ONLY_IN))
        if (other !== edition && !(ownLocales && /[\u0400-\u04FF]/.test(words.source)))
          expect(text, `${edition}: ${file}`).not.toMatch(words);
    }
    const own = ONLY_IN[edition];
    if (own)
      expect(
        texts.some(({ text }) => own.test(text)),
        edition,
      ).toBe(true);
  }
});

test('the explorer page is under 80 KB gzip: the events’ words, the compare data and the static timeline’s lanes come when asked for', () => {
  expect(pageWeight('dist', '/').html.gzip).toBeLessThan(80 * KB);
});

test('the explorer’s static timeline comes in the first bytes of its HTML: a phone’s within 16 KB gzip, every width within 32', () => {
  // On a slow network the page paints as its document streams in (the stylesheet is in it); the table of
  // every event and the data come after the timeline. npm run bench measures the paint itself.
  const html = readFileSync(join('dist', 'index.html'), 'utf8');
  const timeline = html.indexOf('<div data-static-timeline');
  expect(timeline).toBeGreaterThan(0);
  const start = html.indexOf('<div class="chart-frame"', timeline);
  const frame = html.slice(start).match(/<div class="chart-frame"[^]*?<\/div>/)![0];
  // The chart for each width, narrowest first: a phone paints the first.
  const widths = [...frame.matchAll(/<svg [^>]*data-width="(\d+)"/g)].map((m) => Number(m[1]));
  expect(widths.length).toBeGreaterThan(1);
  expect(widths).toEqual([...widths].sort((a, b) => a - b));
  const ends = [...frame.matchAll(/<\/svg>/g)].map((m) => start + m.index + '</svg>'.length);
  const prefix = (end: number) => gzipSync(html.slice(0, end)).length;
  expect(prefix(ends[0]!)).toBeLessThan(16 * KB);
  expect(prefix(ends.at(-1)!)).toBeLessThan(32 * KB);
});

test('a treaty page loads at most 30 KB gzip of JavaScript', () => {
  for (const instrument of instruments)
    expect(
      pageWeight('dist', `/treaties/${instrument.id}/`).initialJs.gzip +
        pageWeight('dist', `/treaties/${instrument.id}/`).lazyJs.gzip,
    ).toBeLessThanOrEqual(30 * KB);
});

test('the explorer shows its timeline as SVG in the HTML before any script runs', async ({ page }) => {
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('svg.lifecycle-chart:visible')).toBeVisible();
  await expect(page.locator('svg.lifecycle-chart:visible g.lane')).toHaveCount(instruments.length);
});

test('nothing stands between a page and its first paint: its stylesheet is in the page, allowed by its hash', () => {
  for (const path of ['index.html', 'embed/index.html', `treaties/${instruments[0]!.id}/index.html`]) {
    const head = readFileSync(join('dist', path), 'utf8').split('</head>')[0]!;
    // No classic script that loads before paint, and vis-timeline's stylesheet comes with vis-timeline.
    expect(
      [...head.matchAll(/<script(?![^>]*type="(?:module|application\/(?:ld\+)?json)")[^>]*\bsrc=/g)],
      path,
    ).toEqual([]);
    expect([...head.matchAll(/<link rel="stylesheet"/g)], path).toEqual([]);
    const styles = [...head.matchAll(/<style>(.*?)<\/style>/gs)].map((m) => m[1]!);
    expect(styles, path).toHaveLength(1);
    expect(styles[0]!.length, path).toBeGreaterThan(1000);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(head)?.[1] ?? '';
    const hash = createHash('sha256').update(styles[0]!).digest('base64');
    expect(/(?:^|; )style-src ([^;]*)/.exec(policy)?.[1]?.split(' '), path).toContain(`'sha256-${hash}'`);
  }
});
