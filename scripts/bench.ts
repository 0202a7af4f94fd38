/**
 * `npm run bench`: builds the site with the real content and with 100 and 1,000 instruments of
 * synthetic content (written to a temporary folder, never into content/), and measures each build
 * (time, peak memory) and each built site in headless Chromium (first contentful paint, explorer
 * interactive, zoom step median and 95th percentile, bytes per page type, the search box's first-query
 * bytes and answer times), then sets the explorer beside TimelineJS3 with the same events on an
 * emulated, 4× slowed phone (bench/compare-timelinejs.ts).
 * Writes bench/results.json and prints tables. Nothing here is asserted: machines are noisy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../src/node/browser.ts';
import { pageWeight } from './lib/page-weight.ts';
import { writeSyntheticContent } from './bench/synthetic-content.ts';
import { compareWithTimelineJs } from './bench/compare-timelinejs.ts';
import { measureSearch, type SearchMeasure } from './bench/search-bench.ts';
import { serve } from './serve.ts';
import { asOfDay } from '../src/node/as-of.ts';

// The day the builds read the content as of: AS_OF when set, else today, as the site's own build. Not a fixed
// past day: the content carries corrections dated the day they were made, which an earlier day refuses.
const AS_OF = asOfDay();
const ZOOM_STEPS = 20;
/** Longest wait for one measurement, ms. */
const STEP_TIMEOUT = 60_000;
const SCALES = (process.env.BENCH_SCALES ?? 'real,100,1000').split(',');
/** Runs of each page beside TimelineJS3. */
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
};
const round = (n: number) => Math.round(n * 10) / 10;
/** The first of the ports the scales' sites are served on, one each (BENCH_PORT, so that two working copies can run side by side). */
const BASE_PORT = Number(process.env.BENCH_PORT ?? 4500);

/**
 * Not a timing but a check the scales make possible: the pages of the table of every event list every event of
 * the content exactly once, and the embeds' pages link every one (the open-data export counts them).
 * A build that loses one stops the bench.
 */
function explorerCoverage(dist: string) {
  const pagesUnder = (root: string, paged = 'timeline') => [
    join(root, 'index.html'),
    ...(existsSync(join(root, paged))
      ? readdirSync(join(root, paged)).map((n) => join(root, paged, n, 'index.html'))
      : []),
  ];
  const found = (files: string[], pattern: RegExp) =>
    files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1]!));
  // The table of every event has pages of its own, one for each page of the timeline.
  const pages = pagesUnder(join(dist, 'events'), '.').filter((file) => existsSync(file));
  const rows = found(pages, /<tr id="([^"]+)" data-instrument=/g);
  // A marker may stand for several events of its lane (data-events): each of them counts as linked.
  const embedded = pagesUnder(join(dist, 'embed')).flatMap((file) =>
    [
      ...readFileSync(file, 'utf8').matchAll(/href="\/treaties\/([^"#/]+)\/#[a-z0-9-]+"[^>]*?data-events="([\d ]+)"/g),
    ].flatMap((m) => m[2]!.split(' ').map((index) => `${m[1]}:${index}`)),
  );
  const data = JSON.parse(readFileSync(join(dist, 'data', 'treaties.json'), 'utf8')) as {
    instruments: { events: unknown[] }[];
  };
  const events = data.instruments.reduce((sum, i) => sum + i.events.length, 0);
  if (rows.length !== events || new Set(rows).size !== events)
    throw new Error(
      `The explorer's ${pages.length} pages list ${new Set(rows).size} distinct events in ${rows.length} rows; the content has ${events}.`,
    );
  if (new Set(embedded).size !== events)
    throw new Error(`The timeline embeds link ${new Set(embedded).size} distinct events; the content has ${events}.`);
  return { pages: pages.length, events };
}

const work = mkdtempSync(join(tmpdir(), 'act-bench-'));
/** What one scale measured, as written to bench/results.json. */
interface ScaleResult {
  scale: string;
  instruments: number;
  events: number;
  explorerPages: number;
  /** The build, and of its time what drawing the social cards and the charts' PNG and SVG files took. */
  build: {
    seconds: number;
    peakMemoryMb: number;
    socialCards: { count: number; seconds: number };
    chartPictures: { count: number; seconds: number };
  };
  explorer: Record<
    | 'firstContentfulPaintMs'
    | 'interactiveMs'
    | 'zoomStepMedianMs'
    | 'zoomStepP95Ms'
    | 'markersRedrawnAfter'
    | 'markersRedrawMedianMs'
    | 'markersRedrawP95Ms',
    number
  >;
  treatyPage: { firstContentfulPaintMs: number };
  /** The header's search box: bytes of a first query and answer times (target: under 300 KB, under 100 ms once loaded). */
  search: SearchMeasure;
  bytes: Record<
    'explorer' | 'treaty' | 'embedExplorer' | 'embedTreaty',
    Record<
      | 'jsRaw'
      | 'jsGzip'
      | 'initialJsGzip'
      | 'cssRaw'
      | 'cssGzip'
      | 'inlineCssRaw'
      | 'inlineCssGzip'
      | 'htmlRaw'
      | 'htmlGzip',
      number
    >
  >;
}
const results: ScaleResult[] = [];
let comparison: Awaited<ReturnType<typeof compareWithTimelineJs>> | undefined;
const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });

try {
  for (const [n, scale] of SCALES.entries()) {
    const content = join(work, `content-${scale}`);
    mkdirSync(content, { recursive: true });
    cpSync('content/treaties', content, { recursive: true });
    const real = readdirSync(content).length;
    if (scale !== 'real') writeSyntheticContent(content, Number(scale) - real);
    const instruments = readdirSync(content).length;
    const dist = join(work, `dist-${scale}`);

    process.stdout.write(`Building ${instruments} instruments… `);
    const run = spawnSync(process.execPath, ['scripts/bench/build-once.ts', dist], {
      env: {
        ...process.env,
        CONTENT_DIR: content,
        ASTRO_CACHE_DIR: join(work, `cache-${scale}`),
        AS_OF,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`The build of ${scale} failed:\n${run.stderr || run.stdout}`);
    const build = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as {
      ms: number;
      maxRssMb: number;
      socialCards: { count: number; ms: number };
      chartPictures: { count: number; ms: number };
    };
    const pictures = (drawn: { count: number; ms: number }) => ({
      count: drawn.count,
      seconds: round(drawn.ms / 1000),
    });
    console.log(
      `${(build.ms / 1000).toFixed(1)} s, of which ${(build.socialCards.ms / 1000).toFixed(1)} s for ${build.socialCards.count} social cards ` +
        `and ${(build.chartPictures.ms / 1000).toFixed(1)} s for ${build.chartPictures.count} chart pictures`,
    );
    const coverage = explorerCoverage(dist);

    const port = BASE_PORT + n;
    const server = await serve(dist, port);
    const first = readdirSync(join(dist, 'treaties')).find((f) => !f.endsWith('.html'))!;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(STEP_TIMEOUT);
    const fcp = async (path: string) => {
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load', timeout: STEP_TIMEOUT });
      return page.evaluate(
        (limit) =>
          new Promise<number>((done) => {
            const entry = performance.getEntriesByName('first-contentful-paint')[0];
            if (entry) return done(entry.startTime);
            new PerformanceObserver((list) => done(list.getEntries()[0]!.startTime)).observe({
              type: 'paint',
              buffered: true,
            });
            setTimeout(() => done(NaN), limit);
          }),
        STEP_TIMEOUT,
      );
    };
    // A step that does not finish in time is recorded as NaN (null in the JSON), never waited on forever.
    const explorerFcp = await fcp('/').catch(() => NaN);
    // vis-timeline loads when the reader presses a key on the timeline, at once here.
    await page
      .focus('[data-static-timeline]')
      .then(() => page.keyboard.press('Shift'))
      .catch(() => undefined);
    const ready = await page
      .waitForSelector('[data-explorer][data-ready="true"]', { state: 'attached', timeout: STEP_TIMEOUT })
      .then(
        () => true,
        () => false,
      );
    const interactive = ready
      ? await page.evaluate(() => performance.getEntriesByName('explorer-ready')[0]!.startTime)
      : NaN;
    // A zoom step: from the click to the second frame after it. Once a zoom settles, the timeline merges
    // or splits its markers (explorer-markers), measured apart: that is not within the step.
    const steps: number[] = [];
    const settles: number[] = [];
    for (let i = 0; ready && i < ZOOM_STEPS; i++) {
      const which = i % 4 < 2 ? 'in' : 'out';
      steps.push(
        await page.evaluate(
          (zoom) =>
            new Promise<number>((done) => {
              const start = performance.now();
              document.querySelector<HTMLButtonElement>(`button[data-zoom="${zoom}"]`)!.click();
              requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
            }),
          which,
        ),
      );
      settles.push(
        await page.evaluate(
          () =>
            new Promise<number>((done) => {
              const before = performance.getEntriesByName('explorer-markers').length;
              const poll = () => {
                const entries = performance.getEntriesByName('explorer-markers');
                if (entries.length > before) done(entries.at(-1)!.duration);
                else setTimeout(poll, 20);
              };
              poll();
              setTimeout(() => done(0), 600); // the zoom did not change how markers merge
            }),
        ),
      );
    }
    const treatyFcp = await fcp(`/treaties/${first}/`).catch(() => NaN);
    await page.close();
    const search = await measureSearch(browser, `http://127.0.0.1:${port}`);
    server.close();
    if (scale === 'real') {
      console.log(`Beside TimelineJS3, ${RUNS} interleaved runs each:`);
      // After one port per scale (at most three), four for the comparison.
      comparison = await compareWithTimelineJs(browser, dist, work, RUNS, BASE_PORT + 4);
    }

    const weigh = (path: string) => {
      const w = pageWeight(dist, path);
      return {
        jsRaw: w.initialJs.raw + w.lazyJs.raw,
        jsGzip: w.initialJs.gzip + w.lazyJs.gzip,
        initialJsGzip: w.initialJs.gzip,
        cssRaw: w.css.raw,
        cssGzip: w.css.gzip,
        inlineCssRaw: w.inlineCss.raw,
        inlineCssGzip: w.inlineCss.gzip,
        htmlRaw: w.html.raw,
        htmlGzip: w.html.gzip,
      };
    };
    results.push({
      scale,
      instruments,
      events: coverage.events,
      explorerPages: coverage.pages,
      build: {
        seconds: round(build.ms / 1000),
        peakMemoryMb: build.maxRssMb,
        socialCards: pictures(build.socialCards),
        chartPictures: pictures(build.chartPictures),
      },
      explorer: {
        firstContentfulPaintMs: round(explorerFcp),
        interactiveMs: round(interactive),
        zoomStepMedianMs: round(quantile(steps, 0.5)),
        zoomStepP95Ms: round(quantile(steps, 0.95)),
        markersRedrawnAfter: settles.filter((t) => t > 0).length,
        markersRedrawMedianMs: round(
          quantile(
            settles.filter((t) => t > 0),
            0.5,
          ),
        ),
        markersRedrawP95Ms: round(
          quantile(
            settles.filter((t) => t > 0),
            0.95,
          ),
        ),
      },
      treatyPage: { firstContentfulPaintMs: round(treatyFcp) },
      search,
      bytes: {
        explorer: weigh('/'),
        treaty: weigh(`/treaties/${first}/`),
        embedExplorer: weigh('/embed/'),
        embedTreaty: weigh(`/embed/treaties/${first}/`),
      },
    });
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

mkdirSync('bench', { recursive: true });
const machine = {
  node: process.version,
  cpus: (await import('node:os')).cpus().length,
  date: new Date().toISOString(),
};
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ machine, asOf: AS_OF, results, besideTimelineJs: comparison }, null, 2)}\n`,
);

const rows = results.map((r) => ({
  instruments: r.instruments,
  'explorer pages': r.explorerPages,
  'build s': r.build.seconds,
  'social cards s': r.build.socialCards.seconds,
  'chart pictures s': r.build.chartPictures.seconds,
  'peak MB': r.build.peakMemoryMb,
  'FCP ms': r.explorer.firstContentfulPaintMs,
  'interactive ms': r.explorer.interactiveMs,
  'zoom p50 ms': r.explorer.zoomStepMedianMs,
  'zoom p95 ms': r.explorer.zoomStepP95Ms,
  'markers redraw p95 ms': r.explorer.markersRedrawP95Ms,
  'explorer JS gz KB (initial)': round(r.bytes.explorer.initialJsGzip / 1024),
  'explorer HTML gz KB': round(r.bytes.explorer.htmlGzip / 1024),
  'treaty JS gz KB': round(r.bytes.treaty.jsGzip / 1024),
  'embed JS gz KB': round(r.bytes.embedExplorer.jsGzip / 1024),
  'embed treaty JS gz KB': round(r.bytes.embedTreaty.jsGzip / 1024),
}));
console.table(rows);
console.log(
  'Search (first query: bytes over the wire (and decoded) and ms from the keystroke; then ms once its index has loaded, target < 100; bytes target < 300 KB):',
);
console.table(
  results.flatMap((r) =>
    r.search.queries.map((q) => ({
      instruments: r.instruments,
      query: q.query,
      results: q.results,
      'first query KB': round(q.firstQueryBytes / 1024),
      'decoded KB': round(q.firstQueryDecodedBytes / 1024),
      'first query ms': q.firstMs,
      'loaded p50 ms': q.medianMs,
      'loaded p95 ms': q.p95Ms,
    })),
  ),
);
const [small, large] = [results.find((r) => r.scale === '100'), results.find((r) => r.scale === '1000')];
if (small && large)
  console.log(
    `Build time, 1,000 vs 100 instruments: ${(large.build.seconds / small.build.seconds).toFixed(1)}× (target ≤ 10×).`,
  );
if (comparison) {
  console.log('Beside TimelineJS3 (medians; ratio = explorer ÷ TimelineJS, target ≤ 0.33, bytes untouched ≤ 1):');
  console.table({ explorer: comparison.explorer, timelinejs: comparison.timelinejs, ratio: comparison.ratio });
}
console.log('Written to bench/results.json.');
