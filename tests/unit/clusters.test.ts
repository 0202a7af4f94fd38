import { describe, expect, it } from 'vitest';
import { aloneWidth, aloneWindow, clusterEvents, clusterGap } from '../../src/lib/explorer/clusters.ts';
import { CHART_CONSTANTS } from '../../src/lib/chart/chart-constants.ts';

const DAY = 86_400_000;

describe('clusterGap(msPerPixel, minPixels)', () => {
  it('clusterGap is one day while the markers need a day or less', () => {
    expect(clusterGap(DAY / 20, 20)).toBe(DAY);
    expect(clusterGap(DAY / 40, 20)).toBe(DAY);
    expect(clusterGap(0, 20)).toBe(DAY);
  });

  it('clusterGap rounds what the markers need up to a power of two days', () => {
    expect(clusterGap(DAY / 10, 20)).toBe(2 * DAY);
    expect(clusterGap(DAY / 5, 20)).toBe(4 * DAY);
    expect(clusterGap((3 * DAY) / 20, 20)).toBe(4 * DAY);
    expect(clusterGap((5 * DAY) / 20, 20)).toBe(8 * DAY);
    expect(clusterGap(DAY, 20)).toBe(32 * DAY);
  });
});

describe('clusterEvents(events, gap)', () => {
  it('clusterEvents starts a new marker at an event exactly a gap after the current one', () => {
    expect(
      clusterEvents(
        [
          { index: 0, time: 0 },
          { index: 1, time: 9 },
          { index: 2, time: 10 },
          { index: 3, time: 19 },
          { index: 4, time: 20 },
        ],
        10,
      ),
    ).toEqual([
      { events: [0, 1], time: 0, last: 9 },
      { events: [2, 3], time: 10, last: 19 },
      { events: [4], time: 20, last: 20 },
    ]);
  });

  it('clusterEvents measures from the first event of a marker, not its last', () => {
    expect(
      clusterEvents(
        [
          { index: 0, time: 0 },
          { index: 1, time: 6 },
          { index: 2, time: 12 },
        ],
        10,
      ).map((c) => c.events),
    ).toEqual([[0, 1], [2]]);
  });

  it('clusterEvents orders events by time, then by index, and does not change its input', () => {
    const events = [
      { index: 5, time: 30 },
      { index: 2, time: 0 },
      { index: 1, time: 0 },
    ];
    expect(clusterEvents(events, 1)).toEqual([
      { events: [1, 2], time: 0, last: 0 },
      { events: [5], time: 30, last: 30 },
    ]);
    expect(events.map((e) => e.index)).toEqual([5, 2, 1]);
    expect(clusterEvents([], 1)).toEqual([]);
  });
});

describe('aloneWidth(times, index, pixels, minPixels)', () => {
  const times = [0, 10 * DAY, 11 * DAY, 11.5 * DAY, 100 * DAY];

  it('at the width it gives, clusterEvents leaves the event alone in its marker', () => {
    for (const index of [0, 1, 4]) {
      const width = aloneWidth(times, index, 600, 40)!;
      const gap = clusterGap(width / 600, 40);
      const alone = clusterEvents(
        times.map((time, n) => ({ index: n, time })),
        gap,
      ).find((c) => c.events.includes(index))!;
      expect(alone.events, `event ${index}`).toEqual([index]);
      // And no wider: at twice the width it would share its marker (the nearest neighbour is close enough).
      const wider = clusterEvents(
        times.map((time, n) => ({ index: n, time })),
        clusterGap((2.1 * width) / 600, 40),
      ).find((c) => c.events.includes(index))!;
      expect(wider.events.length, `event ${index} wider`).toBeGreaterThan(1);
    }
  });

  it('is undefined when a neighbour is within a day, and Infinity for an event with no neighbour', () => {
    expect(aloneWidth(times, 2, 600, 40)).toBeUndefined();
    expect(aloneWidth([5 * DAY], 0, 600, 40)).toBe(Infinity);
  });
});

describe('aloneWindow(times, n, shown, pixels)', () => {
  const times = [0, 10, 20, 400].map((d) => d * DAY);
  const whole = [-10 * DAY, 410 * DAY] as const;

  it('aloneWindow narrows the window about the event until its marker stands alone, as clusterEvents merges', () => {
    const window = aloneWindow(times, 1, whole, 600);
    expect(window).not.toBe(whole);
    expect((window[0] + window[1]) / 2).toBe(10 * DAY);
    const gap = clusterGap((window[1] - window[0]) / 600, CHART_CONSTANTS.markerPixels);
    const alone = clusterEvents(
      times.map((time, index) => ({ index, time })),
      gap,
    ).find((c) => c.events.includes(1))!;
    expect(alone.events).toEqual([1]);
  });

  it('aloneWindow keeps the window when the event is in it and alone already, and brings it in when it is not', () => {
    expect(aloneWindow(times, 3, whole, 600)).toBe(whole);
    const moved = aloneWindow(times, 3, [0, 100 * DAY], 600);
    expect(moved[0]).toBeLessThanOrEqual(400 * DAY);
    expect(moved[1]).toBeGreaterThanOrEqual(400 * DAY);
  });
});
