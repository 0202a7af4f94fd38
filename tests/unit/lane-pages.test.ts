import { describe, expect, it } from 'vitest';
import { INSTRUMENTS_PER_PAGE, lanePages } from '../../src/lib/explorer/lane-pages.ts';

const instruments = (concluded: string[]) => concluded.map((date, n) => ({ id: `i${n}`, concluded: date }));

describe('lanePages(instruments, perPage)', () => {
  it('lanePages(three instruments, 2) fills the first page and puts the rest on the second', () => {
    expect(lanePages(instruments(['1990-11-19', '1972', '1987-12']), 2)).toEqual([
      { number: 1, path: '/', embedPath: '/embed/', first: 1, last: 2, years: '1972–1990', ids: ['i0', 'i1'] },
      {
        number: 2,
        path: '/timeline/2/',
        embedPath: '/embed/timeline/2/',
        first: 3,
        last: 3,
        years: '1987',
        ids: ['i2'],
      },
    ]);
  });

  it('lanePages(exactly one page-full) makes one page', () => {
    expect(lanePages(instruments(['1990', '1990']), 2)).toEqual([
      { number: 1, path: '/', embedPath: '/embed/', first: 1, last: 2, years: '1990', ids: ['i0', 'i1'] },
    ]);
    expect(lanePages(instruments(Array.from({ length: INSTRUMENTS_PER_PAGE }, () => '2000')))).toHaveLength(1);
    expect(lanePages(instruments(Array.from({ length: INSTRUMENTS_PER_PAGE + 1 }, () => '2000')))).toHaveLength(2);
  });

  it('lanePages refuses a page size that is not a positive whole number', () => {
    expect(() => lanePages([], 0)).toThrow('perPage must be a positive integer, not 0');
    expect(() => lanePages([], -1)).toThrow(RangeError);
    expect(() => lanePages([], 1.5)).toThrow(RangeError);
    expect(lanePages(instruments(['1990']), 1)).toHaveLength(1);
  });
});
