import { utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { LOCALE, LOCALES } from '../i18n/locale.ts';
import { intlText } from '../i18n/strings.ts';

/** The ticks of a time axis: where they go and what they say. */
export interface AxisTick {
  /** Milliseconds since the epoch. */
  time: number;
  /** What the tick says. */
  label: string;
}

/** An axis chosen for a span and a width. */
export interface TimeAxis {
  /** The interval between ticks, by name. */
  unit: 'decade' | '5 years' | '2 years' | 'year' | 'quarter' | 'month';
  /** The ticks. */
  ticks: AxisTick[];
}

const MONTH_YEAR = new Intl.DateTimeFormat(LOCALES[LOCALE].intl, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthYear = (d: Date) => intlText(MONTH_YEAR.format(d));
const year = (d: Date) => String(d.getUTCFullYear());

const CHOICES: {
  unit: TimeAxis['unit'];
  interval: CountableTimeInterval;
  step: number;
  format: (d: Date) => string;
  approxDays: number;
}[] = [
  { unit: 'month', interval: utcMonth, step: 1, format: monthYear, approxDays: 30.4 },
  { unit: 'quarter', interval: utcMonth, step: 3, format: monthYear, approxDays: 91 },
  { unit: 'year', interval: utcYear, step: 1, format: year, approxDays: 365.25 },
  { unit: '2 years', interval: utcYear, step: 2, format: year, approxDays: 730.5 },
  { unit: '5 years', interval: utcYear, step: 5, format: year, approxDays: 1826 },
  { unit: 'decade', interval: utcYear, step: 10, format: year, approxDays: 3652 },
];

/**
 * Picks the finest tick interval whose labels keep at least `minSpacing` pixels apart across `width`
 * pixels for the span [start, end] (milliseconds), so the axis adapts from months to decades.
 */
export function chooseTimeAxis(start: number, end: number, width: number, minSpacing = 64): TimeAxis {
  const days = Math.max((end - start) / 86_400_000, 1);
  const pxPerDay = width / days;
  const choice = CHOICES.find((c) => c.approxDays * pxPerDay >= minSpacing) ?? CHOICES.at(-1)!;
  const interval = choice.step === 1 ? choice.interval : choice.interval.every(choice.step)!;
  return {
    unit: choice.unit,
    ticks: interval
      .range(new Date(start), new Date(end + 1))
      .map((d) => ({ time: d.getTime(), label: choice.format(d) })),
  };
}
