import { describe, expect, it } from 'vitest';
import {
  eventDate,
  compareDates,
  dateEnd,
  dateStart,
  dateToTime,
  DAY_MS,
  daysInMonth,
  formatDate,
  parsePartialDate,
  precisionOf,
  timeToDay,
} from '../../src/lib/model/dates.ts';

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

  it('eventDate says "by" a date an event is known only to have happened by, and "c." an approximate one', () => {
    expect(eventDate({ date: '2004-07-07', notAfter: true })).toBe('by 7 July 2004');
    expect(eventDate({ date: '1990', approximate: true })).toBe('c. 1990');
    expect(eventDate({ date: '1990-11-19' })).toBe('19 November 1990');
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

describe('daysInMonth(year, month)', () => {
  it('daysInMonth gives February 29 days in 2024 and 2000, 28 in 2023 and 1900, and 31 or 30 days to the others', () => {
    expect([2024, 2000, 2023, 1900].map((year) => daysInMonth(year, 2))).toEqual([29, 29, 28, 28]);
    expect([1, 3, 4, 12].map((month) => daysInMonth(2023, month))).toEqual([31, 31, 30, 31]);
    expect(daysInMonth(2024, 1)).toBe(31);
  });
});

describe('parsePartialDate(text) at the edges', () => {
  it("parsePartialDate refuses month '00' and day '00', and accepts month 12 and day 31 of December", () => {
    expect(parsePartialDate('1991-00')).toBeUndefined();
    expect(parsePartialDate('1991-01-00')).toBeUndefined();
    expect(parsePartialDate('1991-12')).toEqual({ year: 1991, month: 12, precision: 'month' });
    expect(parsePartialDate('1991-01')).toEqual({ year: 1991, month: 1, precision: 'month' });
    expect(parsePartialDate('1991-12-31')).toEqual({ year: 1991, month: 12, day: 31, precision: 'day' });
    expect(parsePartialDate('1991-04-31')).toBeUndefined();
    expect(parsePartialDate('1991-01-01')).toEqual({ year: 1991, month: 1, day: 1, precision: 'day' });
  });

  it('parsePartialDate refuses text around a date and other separators', () => {
    for (const text of [' 1991', '1991 ', 'x1991-01', '1991-01-01x', '1991/01/01', '1991-1-1', '19911', ''])
      expect(parsePartialDate(text), text).toBeUndefined();
  });
});

describe('precisionOf(text)', () => {
  it("precisionOf('1991'), ('1991-07') and ('1991-07-31') are 'year', 'month' and 'day'", () => {
    expect(['1991', '1991-07', '1991-07-31'].map(precisionOf)).toEqual(['year', 'month', 'day']);
  });

  it("precisionOf('not a date') falls back to 'day'", () => {
    expect(precisionOf('not a date')).toBe('day');
  });
});

describe('dateStart(text) and dateEnd(text) of bad text', () => {
  it("dateStart('1991-13') and dateEnd('soon') throw, naming the text", () => {
    expect(() => dateStart('1991-13')).toThrow('Not a partial date: 1991-13');
    expect(() => dateEnd('soon')).toThrow('Not a partial date: soon');
  });

  it("dateStart('1991-07-05') and dateEnd('1991-07-05') are the day itself; dateEnd('1991-07') is the 31st", () => {
    expect([dateStart('1991-07-05'), dateEnd('1991-07-05'), dateEnd('1991-07'), dateStart('1991-07')]).toEqual([
      '1991-07-05',
      '1991-07-05',
      '1991-07-31',
      '1991-07-01',
    ]);
  });
});

describe('compareDates(a, b)', () => {
  it("compareDates('1991-03', '1991-02-28') is positive, and a date equals itself", () => {
    expect(compareDates('1991-03', '1991-02-28')).toBeGreaterThan(0);
    expect(compareDates('1991-02-28', '1991-03')).toBeLessThan(0);
    expect(compareDates('1991-03', '1991-03')).toBe(0);
    expect(compareDates('1991', '1991-01')).toBe(-3);
  });
});

describe('formatDate(text, options)', () => {
  it("formatDate('1990-01-05') and formatDate('1990-12') name January and December", () => {
    expect(formatDate('1990-01-05')).toBe('5 January 1990');
    expect(formatDate('1990-12')).toBe('December 1990');
    expect(formatDate('1990-12', { approximate: false })).toBe('December 1990');
    expect(formatDate('1990-12-24', { approximate: true })).toBe('c. 24 December 1990');
  });

  it("formatDate('soon') gives back text that is not a date as it is", () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDate('soon', { approximate: true })).toBe('soon');
  });
});

describe('dateToTime(text) and timeToDay(time)', () => {
  it("dateToTime('1970-01-02') is one DAY_MS, and dateToTime('1991') is the first moment of 1991 in UTC", () => {
    expect(DAY_MS).toBe(86_400_000);
    expect(dateToTime('1970-01-02')).toBe(DAY_MS);
    expect(dateToTime('1991')).toBe(Date.UTC(1991, 0, 1));
    expect(dateToTime('1991-07')).toBe(Date.UTC(1991, 6, 1));
  });

  it('timeToDay(time) is the UTC day of any moment in it', () => {
    expect(timeToDay(Date.UTC(1991, 6, 31, 23, 59))).toBe('1991-07-31');
    expect(timeToDay(0)).toBe('1970-01-01');
  });
});
