/**
 * Partial dates: "1991", "1991-07" or "1991-07-31". A date keeps its precision from the Markdown to the
 * screen; nothing here turns "1991" into "1991-01-01" except `dateStart`, which exists only to order
 * and compare, and says so.
 */

import { LOCALE, LOCALES } from '../i18n/locale.ts';
import { intlText, t } from '../i18n/strings.ts';

/** How precisely a date is known. */
export type Precision = 'year' | 'month' | 'day';

/** A date string as written in content: YYYY, YYYY-MM or YYYY-MM-DD. */
export type PartialDateString = string;

/** The shape of a partial date; says nothing yet about whether the calendar has that day. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A parsed partial date. */
export interface PartialDate {
  /** Four-digit year. */
  year: number;
  /** 1–12 when the month is known. */
  month?: number;
  /** 1–31 when the day is known. */
  day?: number;
  /** Which of the above are known. */
  precision: Precision;
}

/**
 * The earliest year a date in the content may have. The oldest instruments this site covers date from
 * the twentieth century; 1800 leaves room for any forerunner and refuses typing slips such as "0150".
 */
export const EARLIEST_YEAR = 1800;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** Parses a partial date; undefined when it is malformed or not a day the calendar has. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

/** The precision of a valid partial date string. */
export function precisionOf(text: PartialDateString): Precision {
  return parsePartialDate(text)?.precision ?? 'day';
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Years keep four digits, so that "0999-01-01" sorts before "1995-01-01" as text. */
const padYear = (n: number) => String(n).padStart(4, '0');

/**
 * The first day a partial date may mean, as YYYY-MM-DD: used to order and compare only.
 * An event known only to its year or month counts from the start of that period.
 */
export function dateStart(text: PartialDateString): string {
  const d = parsePartialDate(text);
  if (!d) throw new Error(`Not a partial date: ${text}`);
  return `${padYear(d.year)}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`;
}

/** The last day a partial date may mean, as YYYY-MM-DD. */
export function dateEnd(text: PartialDateString): string {
  const d = parsePartialDate(text);
  if (!d) throw new Error(`Not a partial date: ${text}`);
  const month = d.month ?? 12;
  return `${padYear(d.year)}-${pad(month)}-${pad(d.day ?? daysInMonth(d.year, month))}`;
}

/** Orders two partial dates by the first day each may mean; a less precise date sorts first on ties. */
export function compareDates(a: PartialDateString, b: PartialDateString): number {
  const byStart = dateStart(a).localeCompare(dateStart(b));
  return byStart !== 0 ? byStart : a.length - b.length;
}

const FORMATS = {
  day: new Intl.DateTimeFormat(LOCALES[LOCALE].intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  month: new Intl.DateTimeFormat(LOCALES[LOCALE].intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat(LOCALES[LOCALE].intl, { year: 'numeric', timeZone: 'UTC' }),
};

/**
 * A partial date in words at its own precision, in the edition's language: "19 November 1990", "November
 * 1990", "1990"; "c. 1990" when approximate, "by 19 November 1990" when the day is only a latest one.
 */
export function formatDate(
  text: PartialDateString,
  options: { approximate?: boolean; notAfter?: boolean } = {},
): string {
  const words = dateWords(text);
  if (words === undefined) return text;
  if (options.notAfter) return t('date.notAfter', { date: words });
  return options.approximate ? t('date.approximate', { date: words }) : words;
}

/** Dates already in words: a chart's layout names the same few hundred dates on every redraw. */
const WORDS = new Map<string, string>();

/** A partial date in words at its own precision; undefined where the text is no date. */
function dateWords(text: PartialDateString): string | undefined {
  let words = WORDS.get(text);
  if (words === undefined) {
    const d = parsePartialDate(text);
    if (!d) return undefined;
    const day = new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
    WORDS.set(text, (words = intlText(FORMATS[d.precision].format(day))));
  }
  return words;
}

/** An event's date in words with what its sources leave open: "c. 1991", "by 7 July 2004" (see formatDate). */
export function eventDate(event: { date: PartialDateString; approximate?: boolean; notAfter?: boolean }): string {
  return formatDate(event.date, { approximate: event.approximate, notAfter: event.notAfter });
}

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** Times already worked out: a chart's layout asks for the same few hundred dates on every redraw. */
const TIMES = new Map<PartialDateString, number>();

/** Milliseconds since the epoch of the first moment of a partial date, in UTC (for scales). */
export function dateToTime(text: PartialDateString): number {
  let time = TIMES.get(text);
  if (time === undefined) TIMES.set(text, (time = Date.parse(`${dateStart(text)}T00:00:00Z`)));
  return time;
}

/** The ISO day (YYYY-MM-DD) of a time in milliseconds, in UTC. */
export function timeToDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
