import { describe, expect, it } from 'vitest';
import {
  addressWindow,
  MIN_WINDOW_MS,
  panWindow,
  spanFrom,
  viewWindow,
  zoomWindow,
  ZOOM_KEYS,
} from '../../src/lib/chart/chart-window.ts';
import { DAY_MS, dateToTime } from '../../src/lib/model/dates.ts';

const span = [0, 1000 * MIN_WINDOW_MS] as const;

describe('zoomWindow(window, span, factor, anchor)', () => {
  it('zoomWindow(span, span, 2) shows the middle half', () => {
    expect(zoomWindow(span, span, 2)).toEqual([250 * MIN_WINDOW_MS, 750 * MIN_WINDOW_MS]);
  });

  it('zoomWindow keeps the anchored time where it was on screen', () => {
    const [from, to] = zoomWindow(span, span, 4, 0.2);
    expect((200 * MIN_WINDOW_MS - from) / (to - from)).toBeCloseTo(0.2);
  });

  it('zoomWindow never zooms out past the span nor in closer than the narrowest window', () => {
    expect(zoomWindow([100, 200 * MIN_WINDOW_MS], span, 0.01)).toEqual([...span]);
    const [from, to] = zoomWindow(span, span, 1e9);
    expect(to - from).toBe(MIN_WINDOW_MS);
  });
});

describe('panWindow(window, span, ms)', () => {
  it('panWindow moves the window and stops at either end of the span', () => {
    const window = [100 * MIN_WINDOW_MS, 200 * MIN_WINDOW_MS] as const;
    expect(panWindow(window, span, 50 * MIN_WINDOW_MS)).toEqual([150 * MIN_WINDOW_MS, 250 * MIN_WINDOW_MS]);
    expect(panWindow(window, span, -1e15)).toEqual([0, 100 * MIN_WINDOW_MS]);
    expect(panWindow(window, span, 1e15)).toEqual([900 * MIN_WINDOW_MS, 1000 * MIN_WINDOW_MS]);
  });
});

describe('zoomWindow and panWindow at the edges', () => {
  const M = MIN_WINDOW_MS;

  it('zoomWindow(window, span, 2) zooms about the middle by default, and keeps the left or right edge for anchor 0 or 1', () => {
    expect(zoomWindow([100 * M, 200 * M], span, 2)).toEqual([125 * M, 175 * M]);
    expect(zoomWindow([100 * M, 200 * M], span, 2, 0)).toEqual([100 * M, 150 * M]);
    expect(zoomWindow([100 * M, 200 * M], span, 2, 1)).toEqual([150 * M, 200 * M]);
  });

  it('zoomWindow(window, span, 0.5) zooms out about the anchor, and is pushed back inside the span at an edge', () => {
    expect(zoomWindow([400 * M, 600 * M], span, 0.5)).toEqual([300 * M, 700 * M]);
    expect(zoomWindow([900 * M, 1000 * M], span, 0.5)).toEqual([800 * M, 1000 * M]);
    expect(zoomWindow([0, 100 * M], span, 0.5)).toEqual([0, 200 * M]);
  });

  it('zoomWindow in a span shorter than a month shows the whole span, however close it is asked to zoom', () => {
    const short = [0, 10 * DAY_MS] as const;
    expect(zoomWindow(short, short, 100)).toEqual([0, 10 * DAY_MS]);
  });

  it('zoomWindow stops at exactly a month', () => {
    expect(zoomWindow([0, 4 * M], span, 2, 0)).toEqual([0, 2 * M]);
    expect(zoomWindow([0, 4 * M], span, 8, 0)).toEqual([0, M]);
  });

  it('panWindow of a window wider than the span is the span', () => {
    expect(panWindow([-10 * M, 2000 * M], span, 5 * M)).toEqual([0, 1000 * M]);
    expect(panWindow([100 * M, 200 * M], span, 0)).toEqual([100 * M, 200 * M]);
  });
});

describe('addressWindow(address, span)', () => {
  const span = [Date.UTC(1970, 0, 1), Date.UTC(2026, 0, 1)] as const;
  it('addressWindow reads from the first moment of from to the last of to, whole months and years included', () => {
    expect(addressWindow({ from: '1990', to: '2000-06' }, span)).toEqual([
      Date.UTC(1990, 0, 1),
      Date.UTC(2000, 6, 1) - 1,
    ]);
  });

  it("addressWindow takes the span's end for a missing one, and names no window without either", () => {
    expect(addressWindow({ from: '1990-05-03' }, span)).toEqual([Date.UTC(1990, 4, 3), span[1]]);
    expect(addressWindow({ to: '1990' }, span)).toEqual([span[0], Date.UTC(1991, 0, 1) - 1]);
    expect(addressWindow({}, span)).toBeUndefined();
  });
});

describe('ZOOM_KEYS', () => {
  it('+ and = zoom in, − and _ zoom out, 0 shows the whole span; no other key zooms', () => {
    expect(ZOOM_KEYS).toEqual({ '+': 'in', '=': 'in', '-': 'out', _: 'out', '0': 'whole' });
  });
});

describe('spanFrom(times, asOf)', () => {
  it('runs from the earliest time to the as-of day, whatever the order of the times', () => {
    const times = [dateToTime('2010-04-08'), dateToTime('1991-07-31'), dateToTime('2002-05-24')];
    expect(spanFrom(times, '2026-11-22')).toEqual([dateToTime('1991-07-31'), dateToTime('2026-11-22')]);
  });

  it('is at least a day long: no times, or the last of them on the as-of day, give that day', () => {
    expect(spanFrom([], '2026-11-22')).toEqual([dateToTime('2026-11-22'), dateToTime('2026-11-22') + DAY_MS]);
    expect(spanFrom([dateToTime('2026-11-22')], '2026-11-22')).toEqual([
      dateToTime('2026-11-22'),
      dateToTime('2026-11-23'),
    ]);
  });

  it('starts no later than the as-of day, even for times after it', () => {
    expect(spanFrom([dateToTime('2030-01-01')], '2026-11-22')[0]).toBe(dateToTime('2026-11-22'));
  });
});

describe('viewWindow(view, span, asOf)', () => {
  const span = [dateToTime('1970-01-01'), dateToTime('2026-11-22')] as const;

  it('is the address’s window, ended at the as-of day at the latest', () => {
    expect(viewWindow({ from: '1990', to: '2000' }, span, '2026-11-22')).toEqual([
      dateToTime('1990-01-01'),
      dateToTime('2001-01-01') - 1,
    ]);
    expect(viewWindow({ from: '1990', to: '2000' }, span, '1995-06-01')).toEqual([
      dateToTime('1990-01-01'),
      dateToTime('1995-06-01'),
    ]);
  });

  it('is none without from and to, or where the as-of day comes before the window begins', () => {
    expect(viewWindow({}, span, '2026-11-22')).toBeUndefined();
    expect(viewWindow({ from: '2000' }, span, '1995-01-01')).toBeUndefined();
    expect(viewWindow({ from: '1995-01-01' }, span, '1995-01-01')).toBeUndefined();
  });
});

describe('zoomWindow and panWindow in a span that does not start at zero', () => {
  const M = MIN_WINDOW_MS;
  const late = [5000 * M, 6000 * M] as const;

  it('zoomWindow zooms out no further than the span, and in no closer than the narrowest window', () => {
    expect(zoomWindow([5400 * M, 5600 * M], late, 0.01)).toEqual([...late]);
    const [from, to] = zoomWindow(late, late, 1e9);
    expect(to - from).toBe(M);
  });

  it('panWindow keeps a window as wide as the span inside it', () => {
    expect(panWindow([5100 * M, 5900 * M], late, 500 * M)).toEqual([5200 * M, 6000 * M]);
    expect(panWindow([4000 * M, 7000 * M], late, 0)).toEqual([...late]);
  });
});
