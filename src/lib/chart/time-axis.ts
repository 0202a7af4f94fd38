/**
 * A chart's time axis: d3's UTC time scale (d3-scale) and its ticks (d3-time's intervals), labelled
 * through Intl in the edition's locale. Only the number of ticks is ours: as many as fit.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { LOCALE, LOCALES } from '../i18n/locale.ts';
import { intlText } from '../i18n/strings.ts';
import { estimateTextWidth } from './label-placement.ts';

/** A tick of the axis: where it goes and what it says. */
export interface AxisTick {
  /** Milliseconds since the epoch. */
  time: number;
  /** What the tick says. */
  label: string;
  /** Its position, px. */
  x: number;
}

/** The chart's time scale: the span (ms) across the plot's pixels, in UTC whatever the reader's time zone. */
export const chartScale = (
  domain: readonly [number, number],
  range: readonly [number, number],
): ScaleTime<number, number> => scaleUtc(domain, range);

const format = (options: Intl.DateTimeFormatOptions) => {
  const intl = new Intl.DateTimeFormat(LOCALES[LOCALE].intl, { ...options, timeZone: 'UTC' });
  return (date: Date) => intl.format(date);
};
const YEAR = format({ year: 'numeric' });
const MONTH = format({ month: 'short' });
const MONTH_YEAR = format({ month: 'short', year: 'numeric' });
const DAY = format({ day: 'numeric' });
const DAY_YEAR = format({ day: 'numeric', month: 'short', year: 'numeric' });

/**
 * What a tick says, as d3's multi-scale tick format decides it: the year where a year begins, the month
 * where a month begins, else the day of the month; `full` adds the month and year a tick does not say.
 */
export function tickLabel(date: Date, full = false): string {
  if (utcYear.floor(date) >= date) return YEAR(date);
  if (utcMonth.floor(date) >= date) return intlText((full ? MONTH_YEAR : MONTH)(date));
  return intlText((full ? DAY_YEAR : DAY)(date));
}

/** The least space between two neighbouring labels, px. */
const GAP = 6;
/** How far apart ticks are when there is room, px (at least three ticks come first). */
const ROOMY = 56;

/**
 * The axis of a chart `width` px wide for `scale`, labelled at `fontSize` px. The ticks are the ones d3
 * gives for some count: of the counts whose labels keep GAP px apart and inside the chart, the one with
 * the most ticks still ROOMY px apart, or, when that leaves fewer than three, the fewest that make three.
 * Never finer than a day. The first tick also names what it leaves out (month, year) when there is room.
 */
export function axisTicks(scale: ScaleTime<number, number>, width: number, fontSize: number): AxisTick[] {
  const halfWidth = (tick: AxisTick) => estimateTextWidth(tick.label, fontSize) / 2;
  const apart = (a: AxisTick, b: AxisTick, room = 0) => b.x - a.x >= Math.max(room, halfWidth(a) + halfWidth(b) + GAP);
  const inside = (tick: AxisTick) => tick.x - halfWidth(tick) >= 0 && tick.x + halfWidth(tick) <= width;
  const spaced = (ticks: AxisTick[], room = 0) => ticks.every((tick, n) => n === 0 || apart(ticks[n - 1]!, tick, room));
  const round = (n: number) => Math.round(n * 10) / 10;
  const [start, end] = scale.domain().map(Number) as [number, number];
  const [left, right] = scale.range() as [number, number];
  const days = Math.max(1, Math.floor((end - start) / 86_400_000));
  const most = Math.max(1, Math.min(days, Math.floor((right - left) / estimateTextWidth('00', fontSize))));
  // Coarsest first; d3 picks the interval for each count, and many counts give the same ticks: those
  // are weighed once, and each date is labelled once.
  const fitting: AxisTick[][] = [];
  const labels = new Map<number, string>();
  const tickAt = (date: Date): AxisTick => {
    const time = date.getTime();
    let label = labels.get(time);
    if (label === undefined) labels.set(time, (label = tickLabel(date)));
    return { time, label, x: round(scale(date)) };
  };
  let previous: Date[] = [];
  for (let count = 1; count <= most; count++) {
    const dates = scale.ticks(count);
    if (sameDates(dates, previous)) continue;
    previous = dates;
    const ticks = dates.map(tickAt).filter(inside);
    if (spaced(ticks) && ticks.length > (fitting.at(-1)?.length ?? -1)) fitting.push(ticks);
  }
  const roomy = fitting.filter((ticks) => spaced(ticks, ROOMY)).at(-1);
  const ticks = (roomy && roomy.length >= 3 ? roomy : fitting.find((t) => t.length >= 3)) ?? fitting.at(-1) ?? [];
  const [first, second] = ticks;
  if (first) {
    const full = { ...first, label: tickLabel(new Date(first.time), true) };
    if (inside(full) && (!second || apart(full, second))) ticks[0] = full;
  }
  return ticks;
}

/** Whether two lists of ticks' dates are the same dates. */
const sameDates = (a: readonly Date[], b: readonly Date[]) =>
  a.length === b.length && a.every((date, n) => date.getTime() === b[n]!.getTime());

/** The interval between an axis's ticks, as a renderer that steps through calendar units takes it. */
export interface AxisStep {
  unit: 'year' | 'month' | 'day';
  step: number;
}

/**
 * The step of `ticks` (as axisTicks gives them): years where the first two begin years, months where they
 * begin months, else days; undefined where fewer than two ticks leave no step to read.
 */
export function axisStep(ticks: readonly AxisTick[]): AxisStep | undefined {
  const [a, b] = ticks.map((tick) => new Date(tick.time));
  if (!a || !b) return undefined;
  const begins = (interval: typeof utcYear) => interval.floor(a) >= a && interval.floor(b) >= b;
  if (begins(utcYear)) return { unit: 'year', step: utcYear.count(a, b) };
  if (begins(utcMonth)) return { unit: 'month', step: utcMonth.count(a, b) };
  return { unit: 'day', step: utcDay.count(a, b) };
}
