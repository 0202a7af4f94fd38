import { describe, expect, it } from 'vitest';
import { clusterEvents, clusterGap } from '../../src/lib/explorer/clusters.ts';
import { INSTRUMENTS_PER_PAGE, lanePages } from '../../src/lib/explorer/lane-pages.ts';

const DAY = 86_400_000;

describe('lanePages(instruments)', () => {
  const many = Array.from({ length: 1001 }, (_, n) => ({ id: `i${n}`, concluded: String(1960 + Math.floor(n / 20)) }));

  it('lanePages puts every instrument on exactly one page, in order, at most a page-full each', () => {
    const pages = lanePages(many);
    expect(pages.flatMap((p) => p.ids)).toEqual(many.map((i) => i.id));
    expect(pages.every((p) => p.ids.length <= INSTRUMENTS_PER_PAGE)).toBe(true);
    expect(pages).toHaveLength(Math.ceil(1001 / INSTRUMENTS_PER_PAGE));
  });

  it('lanePages makes the home page the first page and numbers the others under /timeline/', () => {
    const pages = lanePages(many, 400);
    expect(pages.map((p) => [p.path, p.embedPath, p.first, p.last, p.years])).toEqual([
      ['/', '/embed/', 1, 400, '1960–1979'],
      ['/timeline/2/', '/embed/timeline/2/', 401, 800, '1980–1999'],
      ['/timeline/3/', '/embed/timeline/3/', 801, 1001, '2000–2010'],
    ]);
  });

  it("lanePages keeps today's content on one page", () => {
    expect(lanePages(many.slice(0, 8))).toHaveLength(1);
    expect(lanePages([])).toEqual([
      { number: 1, path: '/', embedPath: '/embed/', first: 0, last: 0, years: '', ids: [] },
    ]);
    expect(() => lanePages(many, 0)).toThrow(RangeError);
  });
});

describe('clusterEvents(events, gap) and clusterGap(msPerPixel, minPixels)', () => {
  // A seeded walk of 500 events with many same-day and close pairs.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let time = Date.UTC(1960, 0, 1);
  const events = Array.from({ length: 500 }, (_, index) => ({
    index,
    time: (time += Math.floor(next() * 4) * Math.floor(next() * 200) * DAY),
  }));

  it.each([1, 7, 64, 365, 4096])(
    'clusterEvents at a gap of %i days keeps every event once and markers a gap apart',
    (days) => {
      const clusters = clusterEvents(events, days * DAY);
      expect(clusters.flatMap((c) => c.events).sort((a, b) => a - b)).toEqual(events.map((e) => e.index));
      for (let n = 1; n < clusters.length; n++)
        expect(clusters[n]!.time - clusters[n - 1]!.time).toBeGreaterThanOrEqual(days * DAY);
      for (const c of clusters) expect(c.last - c.time).toBeLessThan(days * DAY);
    },
  );

  it('clusterEvents keeps same-day events together at any zoom, and apart events apart', () => {
    const day = Date.UTC(2019, 1, 2);
    expect(
      clusterEvents(
        [
          { index: 3, time: day },
          { index: 1, time: day },
          { index: 0, time: day - 400 * DAY },
        ],
        DAY,
      ),
    ).toEqual([
      { events: [0], time: day - 400 * DAY, last: day - 400 * DAY },
      { events: [1, 3], time: day, last: day },
    ]);
  });

  it('clusterGap is never less than the pixels asked for, rounded up to a power of two days', () => {
    for (const msPerPixel of [1000, DAY / 40, DAY, 3.3 * DAY, 41 * DAY]) {
      const gap = clusterGap(msPerPixel, 32);
      expect(gap).toBeGreaterThanOrEqual(msPerPixel * 32);
      expect(Math.log2(gap / DAY) % 1).toBe(0);
      expect(gap).toBeLessThan(Math.max(2 * msPerPixel * 32, 2 * DAY));
    }
  });
});
