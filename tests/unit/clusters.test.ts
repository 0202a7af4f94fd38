import { describe, expect, it } from 'vitest';
import { clusterEvents, clusterGap } from '../../src/lib/explorer/clusters.ts';

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
