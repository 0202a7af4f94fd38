/**
 * The explorer beside the journalists' default: a TimelineJS3 page (the @knight-lab/timelinejs package,
 * served from this machine) with the same events, both opened on an emulated phone (412 × 823 px,
 * touch) with the CPU slowed 4×, in interleaved runs on a fresh browser context each. Measured in the
 * page: when the timeline is first painted, the bytes a reader must have received before that paint (the
 * document held back after a given number of bytes, as a slow network does: bytesToPaint), the bytes a
 * reader who never touches the timeline downloads, the total blocking time (long tasks beyond 50 ms, from navigation
 * until the page has been quiet), then the first zoom: from the pointer going down on "zoom in" to the
 * frame that shows the new window and to the frame with the page's full drawing of it, and that
 * interaction's duration as Event Timing reports it (INP).
 * Nothing here is asserted: the results and their ratios go to bench/results.json.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { get, createServer } from 'node:http';
import { errors, type Browser, type Page } from '@playwright/test';
import { serve } from '../serve.ts';

/** What one run of one page measured. */
export interface Run {
  /** ms from navigation to the first frame with the timeline drawn. */
  timelinePaintMs: number;
  /**
   * Bytes over the wire (compressed, with headers) of every response complete before that paint. Served
   * from this machine, the whole document arrives before anything paints, so this counts all of it.
   */
  bytesLoadedBeforePaint: number;
  /** Bytes over the wire for a reader who reads but never touches the timeline. */
  bytesUntouched: number;
  /** Sum over long tasks of their time beyond 50 ms, until the page has been quiet for 3 s. */
  totalBlockingTimeMs: number;
  /** ms from the pointer going down on "zoom in" to the frame that shows the new window. */
  zoomAnsweredMs: number;
  /**
   * ms from the pointer going down to the frame with the page's own full drawing of the new window. The
   * explorer's first answer moves the server's drawing in place (src/client/shift-drawing.ts); its layout
   * function draws the window again once its code has come. TimelineJS draws in full at once.
   */
  zoomRedrawnMs: number;
  /** The zoom click's interaction duration (Event Timing: input to next paint). */
  zoomInteractionMs: number;
}

interface Subject {
  name: 'explorer' | 'timelinejs';
  url: string;
  /** Any element of the drawn timeline, visible once painted. */
  painted: string;
  /** The "zoom in" control. */
  zoomIn: string;
  /** What appears once the page has drawn a zoomed window in full, where its first answer is not that. */
  redrawn?: string;
  /** The port of the serve() that serves it, and the same page behind holdingServer(). */
  port: number;
  heldUrl: string;
}

/** The events of the built site as TimelineJS data: one slide per event, a group per instrument. */
function timelineJsData(dist: string) {
  const escape = (text: string) =>
    text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
  const { instruments } = JSON.parse(readFileSync(join(dist, 'data', 'treaties.json'), 'utf8')) as {
    instruments: {
      shortName: string;
      events: { date: string; type: string; parties: string[]; description: string }[];
    }[];
  };
  const events = instruments.flatMap((instrument) =>
    instrument.events.map((event) => {
      const [year, month, day] = event.date.split('-').map(Number);
      return {
        start_date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) },
        text: {
          headline: escape(`${instrument.shortName}: ${event.type} (${event.parties.join(', ')})`),
          text: escape(event.description),
        },
        group: instrument.shortName,
      };
    }),
  );
  return { events };
}

/** Writes the TimelineJS page and its library into `folder`; returns how many events it holds. */
export function writeTimelineJsPage(dist: string, folder: string): number {
  mkdirSync(folder, { recursive: true });
  cpSync('node_modules/@knight-lab/timelinejs/dist', join(folder, 'tl'), { recursive: true });
  const data = timelineJsData(dist);
  writeFileSync(join(folder, 'data.js'), `window.TIMELINE_DATA = ${JSON.stringify(data)};\n`);
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS3 with the same events</title>
<link rel="stylesheet" href="tl/css/timeline.css">
<style>html, body { margin: 0; } #timeline { width: 100%; height: 600px; }</style>
</head><body>
<h1>Arms-control treaties</h1>
<div id="timeline"></div>
<script src="tl/js/timeline.js"></script>
<script src="data.js"></script>
<script>
  window.timeline = new TL.Timeline('timeline', window.TIMELINE_DATA, {
    script_path: new URL('tl/js/', location.href).href,
  });
</script>
</body></html>
`,
  );
  return data.events.length;
}

/** Set before any script of the page runs: what the page measures about itself. */
function instrument(painted: string) {
  const bench = {
    paint: NaN,
    longTasks: [] as [number, number][],
    events: [] as [string, number, number][],
    down: NaN,
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { interactionId?: number })[])
      if (e.interactionId) bench.events.push([e.name, e.startTime, e.duration]);
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  addEventListener('pointerdown', (event) => (bench.down = event.timeStamp), { capture: true });
  const poll = () => {
    const drawn = [...document.querySelectorAll(painted)].some((node) => node.getBoundingClientRect().width > 0);
    if (drawn) bench.paint = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** A fresh phone (412 × 823 px, touch, CPU 4× slower) with the page's measuring set up, open at `url`. */
async function openOnPhone(browser: Browser, subject: Subject, url: string, waitUntil: 'load' | 'commit') {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  // Only this machine: a page that reaches out (TimelineJS's fonts or analytics) is refused at once.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(instrument, subject.painted);
  return { context, page, goto: () => page.goto(url, { waitUntil, timeout: 60_000 }) };
}

/** Waits until the page's timeline has painted, at most `timeout` ms. */
const painted = (page: Page, timeout: number) =>
  page.waitForFunction(
    () => !Number.isNaN((window as never as { __bench: { paint: number } }).__bench.paint),
    undefined,
    { timeout },
  );

async function measure(browser: Browser, subject: Subject): Promise<Run> {
  const { context, page, goto } = await openOnPhone(browser, subject, subject.url, 'load');
  try {
    await goto();
    await painted(page, 60_000);
    // Quiet: no long task for 3 s (at most 20 s of waiting).
    await page.waitForFunction(
      () => {
        const { longTasks } = (window as never as { __bench: { longTasks: [number, number][] } }).__bench;
        const last = longTasks.reduce((end, [start, duration]) => Math.max(end, start + duration), 0);
        return performance.now() - last > 3000;
      },
      undefined,
      { timeout: 20_000, polling: 250 },
    );
    const before = await page.evaluate(() => {
      const bench = (window as never as { __bench: { paint: number; longTasks: [number, number][] } }).__bench;
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const sum = (list: PerformanceResourceTiming[]) => list.reduce((total, r) => total + r.transferSize, 0);
      return {
        timelinePaintMs: bench.paint,
        bytesLoadedBeforePaint: navigation.transferSize + sum(resources.filter((r) => r.responseEnd <= bench.paint)),
        bytesUntouched: navigation.transferSize + sum(resources),
        totalBlockingTimeMs: bench.longTasks.reduce((total, [, duration]) => total + Math.max(0, duration - 50), 0),
      };
    });
    // The first zoom, by touch-free pointer as a reader on a laptop would; answered when the window moved.
    const snapshot = () =>
      page.evaluate(() =>
        [
          location.search,
          ...[...document.querySelectorAll<HTMLElement>('.tl-timemarker')].slice(0, 3).map((m) => m.style.left),
        ].join('|'),
      );
    const was = await snapshot();
    // Headless Chromium presents a frame only when another frame follows it: a click whose frame is the
    // last one drawn keeps its Event Timing entry open until something else draws, seconds later maybe.
    // A screen presents every frame at its next refresh. So, from here on, a 2 px square in the corner
    // changes on every frame, in both pages alike, and each frame is presented as a screen would.
    await page.evaluate(() => {
      const square = document.createElement('div');
      square.style.cssText = 'position:fixed;left:0;top:0;width:2px;height:2px;pointer-events:none';
      document.body.append(square);
      let n = 0;
      const tick = () => {
        square.style.background = n++ % 2 ? '#000' : '#fff';
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.evaluate(
      ([was, redrawn]) => {
        const bench = (window as never as { __bench: { answered?: number; redrawn?: number } }).__bench;
        const look = () => {
          const now = [
            location.search,
            ...[...document.querySelectorAll<HTMLElement>('.tl-timemarker')].slice(0, 3).map((m) => m.style.left),
          ].join('|');
          if (now !== was) bench.answered ??= performance.now();
          if (bench.answered !== undefined && (!redrawn || document.querySelector(redrawn)))
            bench.redrawn = performance.now();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      },
      [was, subject.redrawn ?? ''] as const,
    );
    await page.locator(subject.zoomIn).first().click();
    await page.waitForFunction(
      () => (window as never as { __bench: { redrawn?: number } }).__bench.redrawn,
      undefined,
      { timeout: 60_000 },
    );
    // Event Timing reports an interaction once its next paint is done.
    await page.waitForTimeout(500);
    const zoom = await page.evaluate(() => {
      const bench = (
        window as never as {
          __bench: { answered: number; redrawn: number; down: number; events: [string, number, number][] };
        }
      ).__bench;
      const click = bench.events.filter(([, start]) => start >= bench.down - 1);
      return {
        zoomAnsweredMs: bench.answered - bench.down,
        zoomRedrawnMs: bench.redrawn - bench.down,
        zoomInteractionMs: Math.max(0, ...click.map(([, , duration]) => duration)),
      };
    });
    return { ...before, ...zoom };
  } finally {
    await context.close();
  }
}

/**
 * A server in front of `upstream` (a serve() of the same site) that sends, of the document at `/`, only the
 * first `hold.bytes` of its compressed body and then keeps the response open, as a network that has
 * delivered no more would. Everything else passes through unchanged.
 */
function holdingServer(upstream: number, port: number, hold: { bytes: number }) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    get({ host: '127.0.0.1', port: upstream, path: request.url, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      if (path !== '/') return void answer.pipe(response);
      let [sent, withheld] = [0, false];
      answer.on('data', (chunk: Buffer) => {
        const part = chunk.subarray(0, Math.max(0, hold.bytes - sent));
        sent += part.length;
        withheld ||= part.length < chunk.length;
        if (part.length) response.write(part);
      });
      // Where something is held back, the end never comes: the connection closes with the browser context.
      answer.on('end', () => withheld || response.end());
    }).on('error', () => response.destroy());
  });
  return new Promise<typeof server>((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/** The size of the compressed body a serve() on `port` sends for `/`. */
function compressedSize(port: number) {
  return new Promise<number>((done, fail) =>
    get({ host: '127.0.0.1', port, path: '/', headers: { 'accept-encoding': 'gzip' } }, (answer) => {
      let size = 0;
      answer.on('data', (chunk: Buffer) => (size += chunk.length));
      answer.on('end', () => done(size));
    }).on('error', fail),
  );
}

/** What Chromium adds to a response's compressed body in transferSize: a fixed figure for the headers (Resource Timing), not their size. */
const HEADER_BYTES = 300;

/**
 * The bytes a reader must have received before the timeline can paint, whatever the network: the fewest
 * bytes of the document (compressed, with headers) at which the page paints its timeline while the rest is
 * held back, found by bisection to `step` bytes, plus every other response the page had completed by that
 * paint (its stylesheets and scripts, and any it fetched whether the paint needed them or not). Each try
 * opens the page afresh with the CPU slowed 4× and waits `patience` ms for the paint.
 */
async function bytesToPaint(browser: Browser, subject: Subject, hold: { bytes: number }, patience: number, step = 256) {
  const documentBytes = await compressedSize(subject.port);
  const tryWith = async (bytes: number) => {
    hold.bytes = bytes;
    const { context, page, goto } = await openOnPhone(browser, subject, subject.heldUrl, 'commit');
    try {
      await goto();
      await painted(page, patience);
      return await page.evaluate(() => {
        const { paint } = (window as never as { __bench: { paint: number } }).__bench;
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        return resources.filter((r) => r.responseEnd <= paint).reduce((total, r) => total + r.transferSize, 0);
      });
    } catch (error) {
      // Not painted in time; anything else (a failed load, a dropped connection) stops the bench.
      if (error instanceof errors.TimeoutError) return undefined;
      throw error;
    } finally {
      await context.close();
    }
  };
  // The whole document, sent and ended, paints; bisect below it.
  let [low, high] = [0, documentBytes];
  let others = await tryWith(high);
  if (others === undefined) throw new Error(`${subject.name} did not paint with its whole document`);
  while (high - low > step) {
    const mid = Math.round((low + high) / 2);
    const found = await tryWith(mid);
    if (found === undefined) low = mid;
    else [high, others] = [mid, found];
  }
  return { documentBytes: high + HEADER_BYTES, otherBytes: others, bytes: high + HEADER_BYTES + others };
}

const median = (values: number[]) => {
  const sorted = [...values].filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Runs both pages `runs` times, interleaved; returns the medians and the explorer's ratios to TimelineJS.
 * The two sites and their holding servers listen on `port` to `port` + 3.
 */
export async function compareWithTimelineJs(browser: Browser, dist: string, work: string, runs: number, port: number) {
  const folder = join(work, 'timelinejs');
  const events = writeTimelineJsPage(dist, folder);
  const [explorerPort, otherPort, explorerHeld, otherHeld] = [port, port + 1, port + 2, port + 3];
  const [site, other] = [await serve(dist, explorerPort), await serve(folder, otherPort)];
  const holds = { explorer: { bytes: 0 }, timelinejs: { bytes: 0 } };
  const held = [
    await holdingServer(explorerPort, explorerHeld, holds.explorer),
    await holdingServer(otherPort, otherHeld, holds.timelinejs),
  ];
  const subjects: Subject[] = [
    {
      name: 'explorer',
      url: `http://127.0.0.1:${explorerPort}/`,
      // A chart SVG once its last element (the as-of line) is parsed: the opening tag alone takes room.
      painted: '[data-static-timeline] svg.lifecycle-chart:has(> g.as-of > line), .vis-host .vis-item',
      zoomIn: 'button[data-zoom="in"]',
      redrawn: '[data-static-timeline] svg.live, .vis-host .vis-item',
      port: explorerPort,
      heldUrl: `http://127.0.0.1:${explorerHeld}/`,
    },
    {
      name: 'timelinejs',
      url: `http://127.0.0.1:${otherPort}/`,
      painted: '.tl-timemarker-content-container',
      zoomIn: 'button.tl-menubar-button:has(.tl-icon-zoom-in)',
      port: otherPort,
      heldUrl: `http://127.0.0.1:${otherHeld}/`,
    },
  ];
  const measured: Record<Subject['name'], Run[]> = { explorer: [], timelinejs: [] };
  const toPaint: Partial<Record<Subject['name'], Awaited<ReturnType<typeof bytesToPaint>>>> = {};
  try {
    for (let n = 0; n < runs; n++)
      for (const subject of n % 2 ? [...subjects].reverse() : subjects) {
        process.stdout.write(`  ${subject.name} run ${n + 1}/${runs}… `);
        const run = await measure(browser, subject);
        measured[subject.name].push(run);
        console.log(`paint ${Math.round(run.timelinePaintMs)} ms, zoom ${Math.round(run.zoomAnsweredMs)} ms`);
      }
    for (const subject of subjects) {
      process.stdout.write(`  ${subject.name}: bytes the timeline's paint needs… `);
      // A try that has not painted in three times the runs' median paint (5 s at least) never will.
      const patience = Math.max(5000, 3 * median(measured[subject.name].map((run) => run.timelinePaintMs)));
      toPaint[subject.name] = await bytesToPaint(browser, subject, holds[subject.name], patience);
      console.log(`${toPaint[subject.name]!.bytes} B`);
    }
  } finally {
    for (const server of [site, other, ...held]) {
      server.closeAllConnections();
      server.close();
    }
  }
  const keys = Object.keys(measured.explorer[0]!) as (keyof Run)[];
  const medians = (list: Run[]) =>
    Object.fromEntries(keys.map((key) => [key, Math.round(median(list.map((r) => r[key])))])) as Record<
      keyof Run,
      number
    >;
  const explorer = { ...medians(measured.explorer), bytesBeforePaint: toPaint.explorer!.bytes };
  const timelinejs = { ...medians(measured.timelinejs), bytesBeforePaint: toPaint.timelinejs!.bytes };
  const ratio = Object.fromEntries(
    (Object.keys(explorer) as (keyof typeof explorer)[]).map((key) => [
      key,
      timelinejs[key] ? Math.round((explorer[key] / timelinejs[key]) * 100) / 100 : null,
    ]),
  );
  return {
    setup: {
      events,
      runs,
      device: '412 × 823 px, DPR 1.75, touch; CPU 4× slower; no network throttling (both served from 127.0.0.1)',
      bytesBeforePaint:
        'the fewest bytes of the document (compressed, with 300 B of headers) at which the timeline paints while the rest is held back, bisected to 256 B, plus every other response complete by that paint; once per page',
      bytesBeforePaintParts: { explorer: toPaint.explorer, timelinejs: toPaint.timelinejs },
      timelinejs: (
        JSON.parse(readFileSync('node_modules/@knight-lab/timelinejs/package.json', 'utf8')) as { version: string }
      ).version,
    },
    explorer,
    timelinejs,
    ratio,
  };
}
