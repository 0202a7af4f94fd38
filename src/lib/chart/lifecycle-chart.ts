/**
 * The one layout function of every chart on the site: lanes of status bars and event markers on a time
 * axis, laid out for the width the chart actually has. It runs at build time for each width the HTML
 * carries and in the browser after a resize or a zoom; nothing else positions a chart's parts.
 */
import { dateToTime, formatDate } from '../model/dates.ts';
import { spanFrom } from './chart-window.ts';
import { EVENT_TYPES, type EventType } from '../model/event-types.ts';
import { clusterEvents, clusterGap } from '../explorer/clusters.ts';
import { CHART_CONSTANTS, CHART_LAYOUT } from './chart-constants.ts';
import type { PartyId } from '../model/parties.ts';
import { isDrawn, STATUSES, type Status } from '../model/statuses.ts';
import { estimateTextWidth, placeLabels } from './label-placement.ts';
import { axisTicks, chartScale, type AxisTick } from './time-axis.ts';
import { t, tn } from '../i18n/strings.ts';

/** One event to draw on a lane, with everything its marker says already in words. */
export interface LaneEvent {
  /** Index of the event in its instrument's file. */
  index: number;
  /** The event's date as written, at its precision. */
  date: string;
  /** The event type. */
  type: EventType;
  /** Ids of the acting parties, so a view can show one party's events. */
  parties: string[];
  /** The event on one line (date, type, parties), for screen readers and the detail line; its link tells the rest. */
  line: string;
  /** Where its marker links. */
  href: string;
  /** Whether another party contests the step's legal effect. */
  contested?: boolean;
}

/** A status interval of a lane; `to` null means it still holds on the as-of day. */
export interface LaneInterval {
  status: Status;
  /** Where the bar begins and ends: the first day the status holds, and the first day of the next. */
  from: string;
  to: string | null;
  /** The dates its title says, where they differ from `from` and `to`: the own date of an expiry (statedSpans). */
  statedFrom?: string;
  statedTo?: string;
  /** Who contests the step that began it, in words, when anyone does. */
  contestedBy?: string;
  /** True when the step that began it is known only to have happened by its date (an event's `notAfter`). */
  knownBy?: true;
}

/** What one lane shows, before layout. */
export interface LaneSpec {
  /** What the lane stands for, unique in the chart: a party id, or an instrument id in the overview. */
  key: string;
  /** The instrument the lane belongs to. */
  instrument: string;
  /** Whose lane. */
  party: PartyId;
  /** Lane label, and a short one (a code, an abbreviation) for narrow charts. */
  label: string;
  shortLabel: string;
  /** Where the lane label links, if anywhere. */
  href?: string;
  /** Status intervals to draw as bars, in time order. */
  intervals: LaneInterval[];
  /** Events to draw as markers. */
  events: LaneEvent[];
  /** Whether markers get text labels below the bar (off for the overview, where the list says it all). */
  labelled: boolean;
}

/** What a chart is laid out for. */
export interface ChartOptions {
  /** The width the chart is drawn at, px. */
  width: number;
  /** The as-of day (YYYY-MM-DD): bars end there. */
  asOf: string;
  /** The time span to show, ms; by default from the first event to the as-of day. */
  span?: [number, number];
  /** Lanes whose labels set the label column, so that charts drawn one below the other line up; by default these. */
  labelLanes?: readonly LaneSpec[];
}

/** A status interval drawn as a bar. */
export interface ChartBar {
  /** Left edge and width, px. */
  x: number;
  width: number;
  /** The status. */
  status: Status;
  /** The status in words, with its dates. */
  title: string;
  /** Whether another party contests the step that began it. */
  contested: boolean;
}

/** A marker: one event, or several too close to tell apart at this width. */
export interface ChartMarker {
  /** Centre, px. */
  x: number;
  /** Indices of its events, in time order. */
  events: number[];
  /** Its first event's type (what a single marker's glyph shows). */
  type: EventType;
  /** The types of all its events. */
  types: EventType[];
  /** What the marker shows: the event's glyph, or how many events it stands for. */
  glyph: string;
  /** Label below the bar ("Signed", "3 events"), when there is room. */
  label?: string;
  /** Centre of the label, px, and its row below the bar. */
  labelX: number;
  row: number;
  /** Every event of the marker in sentences. */
  description: string;
  /** Where it links: its (first) event. */
  href: string;
  /** The date of its last event, as written. */
  last: string;
  /** Whether another party contests one of its steps. */
  contested: boolean;
}

/** One laid-out lane. */
export interface ChartLane {
  /** Its key. */
  key: string;
  /** The label as drawn, one or two lines. */
  lines: string[];
  /** The full label, for its title. */
  label: string;
  /** Where the label links. */
  href?: string;
  /** Top edge and height, px. */
  y: number;
  height: number;
  /** Status bars and event markers. */
  bars: ChartBar[];
  markers: ChartMarker[];
}

/** Everything needed to draw a chart. */
export interface LifecycleChart {
  /** Size, px (also the SVG viewBox). */
  width: number;
  height: number;
  /** The plot's left and right edges, px; lane labels sit left of it. */
  left: number;
  right: number;
  /** The time span shown, ms. */
  domain: [number, number];
  /** The pixels the span is drawn across: inside the plot, a marker's radius and 2 px from each edge. */
  range: [number, number];
  /** The as-of day and its position (null when outside the span). */
  asOf: { day: string; x: number | null };
  /** Axis ticks with their positions. */
  ticks: AxisTick[];
  /** Axis baseline, px. */
  axisY: number;
  /** Lanes, in order. */
  lanes: ChartLane[];
}

/** How many rows of event labels a lane may take at a width; labels that need more are left to the list. */
function labelRows(width: number): number {
  return width < 480 ? 1 : width < 800 ? 2 : 3;
}

const round = (n: number) => Math.round(n * 10) / 10;
const laneTextWidth = (text: string) => estimateTextWidth(text, CHART_LAYOUT.laneFontSize, true);

/**
 * The label in lines of at most `room` px: whole, else wrapped at spaces into two lines, else three (the
 * lane grows to hold them), else the short label, else its first words and "…", else its initials. Of
 * the wraps, the one with the longest first lines is taken. A word is never cut.
 */
export function laneLines(label: string, shortLabel: string, room: number): string[] {
  if (laneTextWidth(label) <= room) return [label];
  const words = label.split(' ');
  const fit = (lines: string[]) => lines.every((line) => laneTextWidth(line) <= room);
  for (let cut = words.length - 1; cut > 0; cut--) {
    const lines = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
    if (fit(lines)) return lines;
  }
  for (let first = words.length - 2; first > 0; first--)
    for (let second = words.length - 1; second > first; second--) {
      const lines = [words.slice(0, first), words.slice(first, second), words.slice(second)].map((w) => w.join(' '));
      if (fit(lines)) return lines;
    }
  if (laneTextWidth(shortLabel) <= room) return [shortLabel];
  const short = shortLabel.split(' ');
  for (let cut = short.length - 1; cut > 0; cut--) {
    const first = `${short.slice(0, cut).join(' ')}…`;
    if (laneTextWidth(first) <= room) return [first];
  }
  // The initials of its words (letters and digits that begin them: "CMC", "START II" as "SI").
  return [short.map((word) => [...word.replace(/^\P{L}+/u, '')][0] ?? word).join('')];
}

/**
 * The label column of lanes laid out `width` wide, px: the room a label's lines may take (at most a
 * quarter of the width), the plot's left edge (the widest label's lines and a margin) and its right edge.
 */
export function labelColumn(
  labels: readonly Pick<LaneSpec, 'label' | 'shortLabel'>[],
  width: number,
): { room: number; left: number; right: number } {
  const room = Math.floor(width / 4) - 12;
  const column = labels.flatMap((s) => laneLines(s.label, s.shortLabel, room));
  const left = Math.min(Math.floor(width / 4), Math.ceil(Math.max(0, ...column.map(laneTextWidth))) + 16);
  return { room, left, right: width - 4 };
}

/** A lane's height, px: its bar with the room around it and `rows` rows of event labels, or its label's `lines` where taller. */
export const laneHeight = (lines: number, rows = 0): number =>
  Math.max(
    CHART_LAYOUT.lanePadding * 2 + CHART_LAYOUT.bar + rows * CHART_LAYOUT.row,
    lines * CHART_LAYOUT.labelLine + 12,
  );

/** The default span of lanes: from their first event (or status) to the as-of day. */
export function defaultSpan(specs: readonly LaneSpec[], asOf: string): [number, number] {
  const times = specs.flatMap((s) => [
    ...s.events.map((e) => dateToTime(e.date)),
    ...s.intervals.filter((i) => isDrawn(i.status)).map((i) => dateToTime(i.from)),
  ]);
  return spanFrom(times, asOf);
}

/** Lays out lanes for a width: every part of the chart gets its position here, and only here. */
export function layoutChart(specs: readonly LaneSpec[], options: ChartOptions): LifecycleChart {
  const L = CHART_LAYOUT;
  const { width, asOf } = options;
  const domain = options.span ?? defaultSpan(specs, asOf);
  const asOfTime = dateToTime(asOf);

  const { room, left, right } = labelColumn(options.labelLanes ?? specs, width);
  const lines = specs.map((s) => laneLines(s.label, s.shortLabel, room));
  const range: [number, number] = [left + L.plotInset, right - L.plotInset];
  const x = chartScale(domain, range);
  const msPerPx = (domain[1] - domain[0]) / (range[1] - range[0]);
  const inSpan = (t: number) => t >= domain[0] && t <= domain[1];

  let y = L.top;
  const lanes: ChartLane[] = specs.map((spec, n) => {
    const placed = spec.events.map((e) => ({ index: e.index, time: dateToTime(e.date) })).filter((e) => inSpan(e.time));
    const byIndex = new Map(spec.events.map((e) => [e.index, e]));
    // Merged as every renderer merges them, vis-timeline's included.
    const clusters = clusterEvents(placed, clusterGap(msPerPx, CHART_CONSTANTS.markerPixels));
    const xs = clusters.map((c) => x(c.time));
    const maxRows = spec.labelled ? labelRows(width) : 0;
    // Labels are worked out only for a lane that shows them (an instrument's page), not for the overview's.
    const labels = maxRows
      ? clusters.map((c) =>
          c.events.length > 1
            ? tn('chart.eventCount', c.events.length)
            : EVENT_TYPES[byIndex.get(c.events[0]!)!.type].label,
        )
      : [];
    const widths = labels.map((label) => estimateTextWidth(label, L.fontSize));
    const labelXs = maxRows
      ? xs.map((cx, k) => Math.min(Math.max(cx, widths[k]! / 2 + 2), width - widths[k]! / 2 - 2))
      : xs;
    const rows = maxRows
      ? placeLabels(labelXs.map((lx, k) => ({ x: lx, width: widths[k]! }))).map((r) => (r < maxRows ? r : -1))
      : clusters.map(() => -1);
    const rowCount = Math.max(0, ...rows) + (rows.some((r) => r >= 0) ? 1 : 0);
    const height = laneHeight(lines[n]!.length, rowCount);
    const markers: ChartMarker[] = clusters.map((c, k) => {
      const events = c.events.map((i) => byIndex.get(i)!);
      return {
        x: round(xs[k]!),
        events: c.events,
        type: events[0]!.type,
        types: events.map((e) => e.type),
        glyph: events.length > 1 ? String(events.length) : EVENT_TYPES[events[0]!.type].glyph,
        label: rows[k]! >= 0 ? labels[k] : undefined,
        labelX: round(labelXs[k]!),
        row: rows[k]!,
        // On the overview of every instrument a merged marker names its span; its events are listed when it is
        // chosen, and on the instrument's page (listing them in each width's drawing cost 3 KB gzip a width).
        description:
          events.length === 1
            ? events[0]!.line
            : spec.labelled
              ? tn('chart.markerEvents', events.length, { events: events.map((e) => e.line).join('; ') })
              : tn('chart.markerSpan', events.length, {
                  first: formatDate(events[0]!.date),
                  last: formatDate(events.at(-1)!.date),
                }),
        href: events[0]!.href,
        last: events.at(-1)!.date,
        contested: events.some((e) => e.contested),
      };
    });
    const bars: ChartBar[] = spec.intervals
      .filter((interval) => isDrawn(interval.status))
      .flatMap((interval) => {
        const from = Math.max(dateToTime(interval.from), domain[0]);
        const to = Math.min(interval.to === null ? asOfTime : dateToTime(interval.to), domain[1]);
        if (to < from) return [];
        const since = formatDate(interval.statedFrom ?? interval.from);
        const until =
          interval.to === null
            ? t('chart.barSince', { day: since })
            : t('date.range', { from: since, to: formatDate(interval.statedTo ?? interval.to) });
        const contested = interval.contestedBy ? t('chart.barContested', { parties: interval.contestedBy }) : '';
        return [
          {
            x: round(x(from)),
            width: round(Math.max(x(to) - x(from), 1)),
            status: interval.status,
            title: t('chart.barTitle', { lane: spec.label, status: STATUSES[interval.status].label, contested, until }),
            contested: !!interval.contestedBy,
          },
        ];
      });
    const lane: ChartLane = {
      key: spec.key,
      lines: lines[n]!,
      label: spec.label,
      href: spec.href,
      y,
      height,
      bars,
      markers,
    };
    y += height;
    return lane;
  });

  const axisY = y + L.axisGap;
  const ticks = axisTicks(x, width, L.fontSize);
  return {
    width,
    height: axisY + L.axis,
    left,
    right,
    domain,
    range,
    asOf: { day: asOf, x: inSpan(asOfTime) ? round(x(asOfTime)) : null },
    ticks,
    axisY,
    lanes,
  };
}
