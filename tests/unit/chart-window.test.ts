import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_MS, panWindow, zoomWindow } from '../../src/lib/chart/chart-window.ts';

const span = [0, 1000 * MIN_WINDOW_MS] as const;

describe('zoomWindow(window, span, factor, anchor)', () => {
  it('zoomWindow(span, span, 2) shows the middle half', () => {
    expect(zoomWindow(span, span, 2)).toEqual([250 * MIN_WINDOW_MS, 750 * MIN_WINDOW_MS]);
  });

  it('zoomWindow keeps the anchored time where it was on screen', () => {
    const [from, to] = zoomWindow(span, span, 4, 0.2);
    expect((200 * MIN_WINDOW_MS - from) / (to - from)).toBeCloseTo(0.2);
  });

  it('zoomWindow never zooms out past the span nor in closer than a month', () => {
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
