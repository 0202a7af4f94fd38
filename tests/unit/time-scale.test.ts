import { describe, expect, it } from 'vitest';
import { timeScale } from '../../src/lib/chart/time-scale.ts';

describe('timeScale(domain, range)', () => {
  const scale = timeScale([1000, 2000], [100, 300]);

  it('timeScale([1000, 2000], [100, 300]) maps the ends of the domain to the ends of the range, linearly', () => {
    expect([scale(1000), scale(1500), scale(2000), scale(2500)]).toEqual([100, 200, 300, 400]);
  });

  it('timeScale(…).invert(px) gives back the time', () => {
    expect([scale.invert(100), scale.invert(150), scale.invert(300)]).toEqual([1000, 1250, 2000]);
  });

  it('timeScale(…).domain() is the domain as dates, and .range() the range', () => {
    expect(scale.domain()).toEqual([new Date(1000), new Date(2000)]);
    expect(scale.range()).toEqual([100, 300]);
  });

  it('timeScale(…).domain(next) is a new scale on the same range; the old one is unchanged', () => {
    const next = scale.domain([new Date(0), 4000]);
    expect([next(0), next(2000), next(4000)]).toEqual([100, 200, 300]);
    expect(next.domain()).toEqual([new Date(0), new Date(4000)]);
    expect(scale(2000)).toBe(300);
  });

  it('timeScale(…).copy() is an independent scale with the same domain and range', () => {
    const copy = scale.copy();
    expect(copy).not.toBe(scale);
    expect([copy(1500), copy.invert(300)]).toEqual([200, 2000]);
    expect(copy.domain()).toEqual(scale.domain());
    expect(copy.range()).toEqual([100, 300]);
  });

  it('timeScale([t, t], range) of an empty domain does not divide by zero', () => {
    const flat = timeScale([1000, 1000], [100, 300]);
    expect([flat(1000), flat(1001)]).toEqual([100, 300]);
  });
});
