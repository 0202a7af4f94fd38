/**
 * What a chart shows for a view's parameters: which lanes, which events, which span, as of which day,
 * and the caption that says so. Pure: the build and the browser call it with the same inputs.
 */
import { dateStart, dateToTime, formatDate, timeToDay } from '../dates.ts';
import { addressWindow } from './chart-window.ts';
import type { ViewState } from '../view-parameters.ts';
import type { ChartInput } from './chart-lanes.ts';
import { defaultSpan, type ChartOptions, type LaneSpec } from './lifecycle-chart.ts';
import { t } from '../i18n/strings.ts';

/** A chart's lanes and layout options for a view, and its caption. */
export interface ChartView {
  /** The lanes to lay out. */
  lanes: LaneSpec[];
  /** Layout options, less the width. */
  options: Omit<ChartOptions, 'width'>;
  /** What the chart shows, in one or two sentences. */
  caption: string;
}

/** The lanes as they stood on `day`: nothing after it, every interval cut there. */
export function lanesAsOf(lanes: readonly LaneSpec[], day: string): LaneSpec[] {
  return lanes.map((lane) => ({
    ...lane,
    events: lane.events.filter((e) => dateStart(e.date) <= day),
    intervals: lane.intervals
      .filter((i) => dateStart(i.from) <= day)
      .map((i) => ({ ...i, to: i.to !== null && dateStart(i.to) <= day ? i.to : null })),
  }));
}

/** Applies a view's parameters (instruments, event types, party, as-of day, span) to a chart's input. */
export function chartView(input: ChartInput, state: ViewState, where: 'page' | 'embed'): ChartView {
  const asOf = state.asof ?? input.asOf;
  let lanes = input.lanes.filter((lane) => !state.instruments || state.instruments.includes(lane.instrument));
  if (state.party) {
    const parties: readonly string[] = state.party;
    lanes = lanes.map((lane) => ({
      ...lane,
      events: lane.events.filter((e) => e.parties.some((p) => parties.includes(p))),
    }));
  }
  if (state.types) {
    const types: readonly string[] = state.types;
    lanes = lanes.map((lane) => ({ ...lane, events: lane.events.filter((e) => types.includes(e.type)) }));
  }
  if (state.asof) lanes = lanesAsOf(lanes, state.asof);
  const [first, last] = defaultSpan(lanes, asOf);
  const end = dateToTime(asOf);
  const asked = addressWindow(state, [first, last]);
  const [from, to] = asked ? [asked[0], Math.min(asked[1], end)] : [first, last];
  const span: [number, number] = from < to ? [from, to] : [first, last];
  const shown =
    state.from || state.to
      ? t('chart.captionShown', { from: formatDate(timeToDay(span[0])), to: formatDate(timeToDay(span[1])) })
      : '';
  return {
    lanes,
    options: { asOf, span },
    caption: t('chart.caption', {
      day: formatDate(asOf),
      shown,
      where: t(where === 'page' ? 'chart.captionPage' : 'chart.captionEmbed'),
    }),
  };
}
