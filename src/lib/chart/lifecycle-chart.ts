import { dateToTime, formatDate } from '../dates.ts';
import { EVENT_TYPES, type EventType } from '../event-types.ts';
import type { InstrumentModel } from '../instrument-summary.ts';
import type { StatusInterval } from '../lifecycle.ts';
import type { LifecycleEvent } from '../schema/event-schema.ts';
import { ALL_PARTIES, partyName, type PartyId } from '../parties.ts';
import { STATUSES, type Status } from '../statuses.ts';
import { estimateTextWidth, placeLabels } from './label-placement.ts';
import { chooseTimeAxis, type AxisTick } from './time-axis.ts';
import { timeScale } from './time-scale.ts';

/** A status interval drawn as a bar. */
export interface ChartBar {
  /** Left edge, px. */
  x: number;
  /** Width, px (at least 1). */
  width: number;
  /** Start and end as milliseconds, for rescaling in the browser. */
  from: number;
  to: number;
  /** The status. */
  status: Status;
  /** The status in words, with its dates. */
  title: string;
}

/** An event drawn as a marker with a label. */
export interface ChartMarker {
  /** Centre, px. */
  x: number;
  /** The event's time in milliseconds, for rescaling in the browser. */
  time: number;
  /** Index of the event in its instrument's file. */
  event: number;
  /** Where the marker links: the event in the list on the same page. */
  href: string;
  /** The event type. */
  type: EventType;
  /** Glyph drawn in the marker. */
  glyph: string;
  /** Short label drawn below the bar. */
  label: string;
  /** Centre of the label, px: the marker's, moved inwards where the label would cross the plot's edge. */
  labelX: number;
  /** Row of the label below the bar (0 = first). */
  row: number;
  /** The whole event in one sentence, for screen readers and tooltips. */
  description: string;
  /** Ids of the acting parties, so a view can show one party's events. */
  parties: string[];
}

/** One lane: the instrument as a whole, or one party. */
export interface ChartLane {
  /** What the lane stands for, unique in the chart: a party id, or an instrument id in the overview. */
  key: string;
  /** Whose lane. */
  party: PartyId;
  /** Lane label. */
  label: string;
  /** Where the lane label links, if anywhere. */
  href?: string;
  /** Top edge, px. */
  y: number;
  /** Height, px. */
  height: number;
  /** Status bars. */
  bars: ChartBar[];
  /** Event markers. */
  markers: ChartMarker[];
}

/** Everything needed to draw a lifecycle chart, and to zoom it in the browser. */
export interface LifecycleChart {
  /** Chart width and height, px (the SVG viewBox). */
  width: number;
  height: number;
  /** Left edge of the plotting area, px (lane labels sit left of it). */
  left: number;
  /** Right edge of the plotting area, px. */
  right: number;
  /** The time domain in milliseconds. */
  domain: [number, number];
  /** The as-of day, its time and its position. */
  asOf: { day: string; time: number; x: number };
  /** Axis ticks with their positions. */
  ticks: (AxisTick & { x: number })[];
  /** Axis baseline, px. */
  axisY: number;
  /** Lanes, instrument first. */
  lanes: ChartLane[];
  /** One-sentence description of the chart for its accessible name. */
  summary: string;
}

/** Layout constants in px. */
export const CHART_LAYOUT = { width: 960, left: 150, right: 940, top: 8, bar: 18, row: 15, lanePadding: 10, axis: 28, fontSize: 11 } as const;

const round = (n: number) => Math.round(n * 10) / 10;

/** One event to draw on a lane. */
export interface LaneEvent {
  /** Index of the event in its instrument's file. */
  index: number;
  /** The event. */
  event: LifecycleEvent;
  /** Anchor the marker links to. */
  href: string;
}

/** What one lane shows, before layout. */
export interface LaneSpec {
  /** What the lane stands for, unique in the chart. */
  key: string;
  /** Whose lane. */
  party: PartyId;
  /** Lane label. */
  label: string;
  /** Where the lane label links, if anywhere. */
  href?: string;
  /** Status intervals to draw as bars. */
  intervals: readonly StatusInterval[];
  /** Events to draw as markers. */
  events: LaneEvent[];
  /** Whether markers get text labels below the bar (off for the overview, where the list says it all). */
  labelled: boolean;
}

function eventSentence(event: LifecycleEvent): string {
  return `${formatDate(event.date, { approximate: event.approximate })}: ${EVENT_TYPES[event.type].label}${event.document ? ` (${event.document})` : ''} — ${event.parties.map(partyName).join(', ')}. ${event.description}`;
}

/** Lays out lanes on one time scale from the earliest event to just past the as-of day. */
export function layoutChart(specs: readonly LaneSpec[], asOf: string, summary: string): LifecycleChart {
  const L = CHART_LAYOUT;
  const asOfTime = dateToTime(asOf);
  const first = Math.min(...specs.flatMap((s) => s.events.map((e) => dateToTime(e.event.date))), asOfTime);
  const pad = Math.max((asOfTime - first) * 0.03, 86_400_000 * 30);
  const domain: [number, number] = [first - pad, asOfTime + pad];
  const x = timeScale(domain, [L.left, L.right]);

  let y = L.top;
  const lanes: ChartLane[] = specs.map((spec) => {
    const times = spec.events.map((e) => dateToTime(e.event.date));
    const labels = spec.events.map((e) => EVENT_TYPES[e.event.type].label);
    const widths = labels.map((label) => estimateTextWidth(label, L.fontSize));
    const labelXs = times.map((t, n) => Math.min(Math.max(x(t), L.left + widths[n]! / 2), L.right - widths[n]! / 2));
    const rows = spec.labelled ? placeLabels(labelXs.map((lx, n) => ({ x: lx, width: widths[n]! }))) : times.map(() => -1);
    const rowCount = rows.length ? Math.max(...rows) + 1 : 0;
    const height = L.lanePadding * 2 + L.bar + rowCount * L.row;
    const markers: ChartMarker[] = spec.events.map((e, n) => ({
      x: round(x(times[n]!)),
      time: times[n]!,
      event: e.index,
      href: e.href,
      type: e.event.type,
      glyph: EVENT_TYPES[e.event.type].glyph,
      label: labels[n]!,
      labelX: round(labelXs[n]!),
      row: rows[n]!,
      description: eventSentence(e.event),
      parties: e.event.parties,
    }));
    const bars: ChartBar[] = spec.intervals
      .filter((interval) => interval.status !== 'not-signed')
      .map((interval) => {
        const from = dateToTime(interval.from);
        const to = interval.to === null ? asOfTime : dateToTime(interval.to);
        const until = interval.to === null ? `since ${formatDate(interval.from)}` : `${formatDate(interval.from)} to ${formatDate(interval.to)}`;
        return { x: round(x(from)), width: round(Math.max(x(to) - x(from), 1)), from, to, status: interval.status, title: `${spec.label}: ${STATUSES[interval.status].label}, ${until}` };
      });
    const lane: ChartLane = { key: spec.key, party: spec.party, label: spec.label, href: spec.href, y, height, bars, markers };
    y += height;
    return lane;
  });

  const axisY = y + 4;
  const axis = chooseTimeAxis(domain[0], domain[1], L.right - L.left);
  return {
    width: L.width,
    height: axisY + L.axis,
    left: L.left,
    right: L.right,
    domain,
    asOf: { day: asOf, time: asOfTime, x: round(x(asOfTime)) },
    ticks: axis.ticks.map((t) => ({ ...t, x: round(x(t.time)) })),
    axisY,
    lanes,
    summary,
  };
}

/** Lays out the lifecycle chart of an instrument as of a day: one lane for the whole and one per acting party. */
export function lifecycleChart(model: InstrumentModel, asOf: string, eventHref: (index: number) => string = (index) => `#event-${index}`): LifecycleChart {
  const { data, lifecycle } = model;
  const specs: LaneSpec[] = lifecycle.lanes.map((lane) => {
    const isWhole = lane.party === ALL_PARTIES;
    // Each event is drawn on the lanes of the parties that acted; group events on the instrument's own lane.
    const shown = isWhole ? lifecycle.chronology.filter((i) => data.events[i]!.parties.includes(ALL_PARTIES)) : lane.events.filter((i) => data.events[i]!.parties.includes(lane.party));
    return {
      key: lane.party,
      party: lane.party,
      // Short enough for the label column; the page around the chart names the instrument.
      label: isWhole ? (data.kind === 'treaty' ? 'Whole treaty' : 'Whole document') : partyName(lane.party),
      intervals: lane.intervals,
      events: shown.map((index) => ({ index, event: data.events[index]!, href: eventHref(index) })),
      labelled: true,
    };
  });
  const n = specs.length;
  return layoutChart(specs, asOf, `Lifecycle of the ${data.name}: ${n} lane${n === 1 ? '' : 's'} (the instrument as a whole${n > 1 ? ' and each party that acted' : ''}), ${data.events.length} events, as of ${formatDate(asOf)}.`);
}

/** Lays out the overview of all instruments: one lane each, with every event as an unlabelled marker. */
export function overviewChart(models: readonly InstrumentModel[], asOf: string, eventHref: (id: string, index: number) => string = (id, index) => `#${id}-event-${index}`): LifecycleChart {
  const specs: LaneSpec[] = models.map((model) => ({
    key: model.id,
    party: ALL_PARTIES,
    label: model.data.shortName,
    href: `/treaties/${model.id}/`,
    intervals: model.lifecycle.lanes[0]!.intervals,
    events: model.lifecycle.chronology.map((index) => ({ index, event: model.data.events[index]!, href: eventHref(model.id, index) })),
    labelled: false,
  }));
  const events = models.reduce((sum, m) => sum + m.data.events.length, 0);
  return layoutChart(specs, asOf, `Timeline of ${models.length} instruments and ${events} events, as of ${formatDate(asOf)}: one lane per instrument, coloured by its status.`);
}
