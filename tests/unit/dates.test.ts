import { describe, expect, it } from 'vitest';
import { compareDates, dateEnd, dateStart, formatDate, parsePartialDate } from '../../src/lib/dates.ts';

describe('parsePartialDate(text)', () => {
  it('parsePartialDate keeps the precision of year, month and day', () => {
    expect(parsePartialDate('1991')).toEqual({ year: 1991, precision: 'year' });
    expect(parsePartialDate('1991-07')).toEqual({ year: 1991, month: 7, precision: 'month' });
    expect(parsePartialDate('1991-07-31')).toEqual({ year: 1991, month: 7, day: 31, precision: 'day' });
  });
  it('parsePartialDate refuses days the calendar lacks, and leap days only in leap years', () => {
    expect(parsePartialDate('2023-02-30')).toBeUndefined();
    expect(parsePartialDate('2023-02-29')).toBeUndefined();
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29, precision: 'day' });
    expect(parsePartialDate('1900-02-29')).toBeUndefined();
    expect(parsePartialDate('2023-13')).toBeUndefined();
    expect(parsePartialDate('23-01-01')).toBeUndefined();
  });
});

describe('formatDate(text)', () => {
  it('formatDate writes each precision in words and marks approximate dates', () => {
    expect(formatDate('1990-11-19')).toBe('19 November 1990');
    expect(formatDate('1990-11')).toBe('November 1990');
    expect(formatDate('1990')).toBe('1990');
    expect(formatDate('1990', { approximate: true })).toBe('c. 1990');
  });
});

describe('dateStart(text) and dateEnd(text)', () => {
  it('dateStart and dateEnd give the first and last day a partial date may mean', () => {
    expect([dateStart('1991'), dateEnd('1991')]).toEqual(['1991-01-01', '1991-12-31']);
    expect([dateStart('2024-02'), dateEnd('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
  });
  it("dateStart('0999') and dateEnd('0999-02') keep four-digit years, so text order is date order", () => {
    expect([dateStart('0999'), dateEnd('0999-02')]).toEqual(['0999-01-01', '0999-02-28']);
  });
  it("compareDates('0999', '1995') is negative: a year below 1000 sorts before later years", () => {
    expect(compareDates('0999', '1995')).toBeLessThan(0);
    expect(compareDates('1995', '0999')).toBeGreaterThan(0);
  });
  it('compareDates sorts a less precise date before a precise one on the same first day', () => {
    expect(['1991-01-01', '1990-12', '1991'].sort(compareDates)).toEqual(['1990-12', '1991', '1991-01-01']);
  });
});
