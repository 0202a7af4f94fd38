/**
 * What a chart shows for a view's parameters: which lanes, which events, which span, as of which day,
 * and the caption that says so. Pure: the build and the browser call it with the same inputs.
 */
import { formatDate, timeToDay } from '../model/dates.ts';
import {
  eventDrawn,
  happenedBy,
  instrumentDrawn,
  instrumentsLeftOut,
  leftOutLine,
} from '../explorer/explorer-filter.ts';
import { viewWindow } from './chart-window.ts';
import type { ViewState } from '../site/view-parameters.ts';
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
  /** The line that says which instruments a chosen party had no part in are left out ('' when none). */
  leftOut: string;
}

/** Status intervals as they stood on `day`: none begun after it, and one still running there open-ended. */
export function intervalsAsOf<I extends LaneSpec['intervals'][number]>(intervals: readonly I[], day: string): I[] {
  return intervals
    .filter((i) => happenedBy(i.from, day))
    .map((i) => ({ ...i, to: i.to !== null && happenedBy(i.to, day) ? i.to : null }));
}

/** The lanes as they stood on `day`: nothing after it, every interval cut there. */
export function lanesAsOf(lanes: readonly LaneSpec[], day: string): LaneSpec[] {
  return lanes.map((lane) => ({
    ...lane,
    events: lane.events.filter((e) => happenedBy(e.date, day)),
    intervals: intervalsAsOf(lane.intervals, day),
  }));
}

/** Applies a view's parameters (instruments, event types, party, as-of day, span) to a chart's input. */
export function chartView(input: ChartInput, state: ViewState, where: 'page' | 'embed'): ChartView {
  const asOf = state.asof ?? input.asOf;
  // An instrument's events are those of all its lanes.
  const instruments = [...new Set(input.lanes.map((lane) => lane.instrument))].map((id) => ({
    id,
    events: input.lanes
      .filter((lane) => lane.instrument === id)
      .flatMap((lane) => lane.events.map((e) => ({ partyIds: e.parties, date: e.date }))),
  }));
  const drawn = new Set(instruments.filter((i) => instrumentDrawn(state, i.id, i.events)).map((i) => i.id));
  let lanes = input.lanes.filter((lane) => drawn.has(lane.instrument));
  // The explorer's one rule for what a timeline draws, which vis-timeline follows too.
  lanes = lanes.map((lane) => ({
    ...lane,
    events: lane.events.filter((e) => eventDrawn(state, { type: e.type, partyIds: e.parties, date: e.date })),
  }));
  if (state.asof) lanes = lanesAsOf(lanes, state.asof);
  const [first, last] = defaultSpan(lanes, asOf);
  const span = viewWindow(state, [first, last], asOf) ?? [first, last];
  const shown =
    state.from || state.to
      ? t('chart.captionShown', { from: formatDate(timeToDay(span[0])), to: formatDate(timeToDay(span[1])) })
      : '';
  const line = leftOutLine(
    state,
    instrumentsLeftOut(state, instruments).map((i) => input.names?.[i.id] ?? i.id),
    asOf,
  );
  const caption = t('chart.caption', {
    day: formatDate(asOf),
    shown,
    where: t(where === 'page' ? 'chart.captionPage' : 'chart.captionEmbed'),
  });
  return { lanes, options: { asOf, span }, caption: line ? `${caption} ${line}` : caption, leftOut: line };
}
