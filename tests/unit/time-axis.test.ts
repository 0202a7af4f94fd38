import { describe, expect, it } from 'vitest';
import { chooseTimeAxis } from '../../src/lib/chart/time-axis.ts';

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const DAY = 86_400_000;

describe('chooseTimeAxis(start, end, width, minSpacing)', () => {
  it('chooseTimeAxis takes months as soon as a month is exactly minSpacing pixels wide', () => {
    // 100 days across 100 px: one pixel a day, so a month (30.4 days) is 30.4 px.
    expect(chooseTimeAxis(0, 100 * DAY, 100, 30.4).unit).toBe('month');
    expect(chooseTimeAxis(0, 100 * DAY, 100, 30.5).unit).toBe('quarter');
  });

  it('chooseTimeAxis steps up through year, 2 years and 5 years as the pixels per day shrink', () => {
    expect(chooseTimeAxis(0, 1000 * DAY, 1000, 365).unit).toBe('year');
    expect(chooseTimeAxis(0, 1000 * DAY, 1000, 366).unit).toBe('2 years');
    expect(chooseTimeAxis(0, 1000 * DAY, 1000, 1000).unit).toBe('5 years');
    expect(chooseTimeAxis(0, 1000 * DAY, 1000, 3652).unit).toBe('decade');
  });

  it('chooseTimeAxis falls back to decades when even a decade is too narrow', () => {
    const axis = chooseTimeAxis(utc('1900-01-01'), utc('2000-01-01'), 10);
    expect(axis.unit).toBe('decade');
    expect(axis.ticks.slice(0, 3)).toEqual([
      { time: utc('1900-01-01'), label: '1900' },
      { time: utc('1910-01-01'), label: '1910' },
      { time: utc('1920-01-01'), label: '1920' },
    ]);
    expect(axis.ticks.at(-1)).toEqual({ time: utc('2000-01-01'), label: '2000' });
  });

  it('chooseTimeAxis puts month ticks on the first of each month, the end included', () => {
    const axis = chooseTimeAxis(utc('2019-01-15'), utc('2019-04-01'), 1000);
    expect(axis.unit).toBe('month');
    expect(axis.ticks).toEqual([
      { time: utc('2019-02-01'), label: 'Feb 2019' },
      { time: utc('2019-03-01'), label: 'Mar 2019' },
      { time: utc('2019-04-01'), label: 'Apr 2019' },
    ]);
  });

  it('chooseTimeAxis puts quarter ticks on January, April, July and October', () => {
    const axis = chooseTimeAxis(utc('2019-01-01'), utc('2020-01-01'), 365, 64);
    expect(axis.unit).toBe('quarter');
    expect(axis.ticks.map((t) => t.label)).toEqual(['Jan 2019', 'Apr 2019', 'Jul 2019', 'Oct 2019', 'Jan 2020']);
  });

  it('chooseTimeAxis puts 2-year and 5-year ticks on years divisible by 2 and by 5', () => {
    const two = chooseTimeAxis(utc('1991-01-01'), utc('1999-01-01'), 2922, 700);
    expect(two.unit).toBe('2 years');
    expect(two.ticks.map((t) => t.label)).toEqual(['1992', '1994', '1996', '1998']);
    const five = chooseTimeAxis(utc('1991-01-01'), utc('2011-01-01'), 7305, 1826);
    expect(five.unit).toBe('5 years');
    expect(five.ticks.map((t) => t.label)).toEqual(['1995', '2000', '2005', '2010']);
  });

  it('chooseTimeAxis counts an empty span as one day', () => {
    // A span of no length counts as one day: across 2 px a month is 60.8 px, too narrow for 64.
    expect(chooseTimeAxis(utc('2019-01-01'), utc('2019-01-01'), 64).unit).toBe('month');
    expect(chooseTimeAxis(utc('2019-01-01'), utc('2019-01-01'), 2).unit).toBe('quarter');
  });
});
