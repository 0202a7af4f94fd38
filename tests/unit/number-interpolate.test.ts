import { scaleTime } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { interpolate, interpolateNumber, interpolateRound, piecewise } from '../../src/lib/chart/number-interpolate.ts';

describe('number-interpolate (d3-interpolate as our scales use it)', () => {
  it('interpolateNumber and interpolate go from a to b; interpolateRound rounds', () => {
    expect([0, 0.25, 1].map(interpolateNumber(10, 30))).toEqual([10, 15, 30]);
    expect(interpolate(new Date(0), new Date(1000))(0.5)).toBe(500);
    expect([0.1, 0.5].map(interpolateRound(0, 5))).toEqual([1, 3]);
    expect(() => piecewise()).toThrow(/not bundled/);
  });

  it('d3-scale, given this module for d3-interpolate, maps days to pixels and back', () => {
    const x = scaleTime()
      .domain([new Date('1990-01-01'), new Date('2000-01-01')])
      .range([0, 1000]);
    // 1,826 of 3,652 days (1992 and 1996 are leap years): half way.
    expect(x(new Date('1995-01-01'))).toBe(500);
    expect(x.invert(1000).toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(x.copy().rangeRound([0, 10])(new Date('1995-01-01'))).toBe(5);
  });
});
