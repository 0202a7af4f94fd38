/**
 * What the explorer hands vis-timeline, worked out without a page: its groups (an instrument's lane
 * with its party lanes folded under it), the status bands drawn behind the markers, and the markers
 * themselves, merged where they would overlap (clusters.ts). src/client/explorer-timeline.ts only turns
 * these into vis-timeline's items, with a button in each marker.
 */
import { dateToTime } from '../model/dates.ts';
import { eventLine } from '../model/event-list.ts';
import { partyShortName } from '../model/parties.ts';
import { t, tn } from '../i18n/strings.ts';
import type { Status } from '../model/statuses.ts';
import type { ViewState } from '../site/url-state.ts';
import { intervalsAsOf } from '../chart/chart-view.ts';
import { clusterEvents, type PlacedEvent } from './clusters.ts';
import type { ExplorerData } from './explorer-data.ts';
import { instrumentDrawn } from './explorer-filter.ts';
import { laneId, timelineLanes } from './timeline-lanes.ts';

/** A lane of the timeline: an instrument's, or a party's folded under it. */
export interface GroupSpec {
  id: string;
  /** Its place among the lanes. */
  order: number;
  /** The instrument it belongs to. */
  instrument: string;
  /** An instrument's lane (a button naming it, that opens it) or a party's (its name). */
  kind: 'instrument' | 'party';
  /** What the lane's name says, what it says where the column has no room (a state's code), and its full name where it differs. */
  label: string;
  shortLabel?: string;
  title?: string;
  /** An instrument's party lanes, and whether they are open. */
  nestedGroups?: string[];
  showNested?: boolean;
}

/** A status drawn behind a lane, from one day to another (ms). */
export interface BandSpec {
  id: string;
  group: string;
  start: number;
  end: number;
  status: Status;
  /** Whether another party contests the step that began it: outlined in dashes, as the SVG draws it. */
  contested: boolean;
}

/** A marker: one event, or several close ones merged. */
export interface MarkerSpec {
  id: string;
  group: string;
  instrument: string;
  /** The time of its first event and of its last (ms). */
  time: number;
  last: number;
  /** The indices of its events in their instrument. */
  events: number[];
  /** What it shows: the event's glyph, or how many events it stands for. */
  text: string;
  /** Its events in a line each, joined; and its accessible name. */
  title: string;
  ariaLabel: string;
  className: string;
}

/** The lanes of the instruments the filters show; the party lanes of those in `open` are unfolded. */
export function timelineGroups(data: ExplorerData, state: ViewState, open: ReadonlySet<string>): GroupSpec[] {
  return data.instruments.flatMap((instrument, order) => {
    if (!instrumentDrawn(state, instrument.id, instrument.events)) return [];
    const partyLanes = instrument.lanes.slice(1);
    return [
      {
        id: instrument.id,
        order,
        instrument: instrument.id,
        kind: 'instrument' as const,
        label: instrument.shortName,
        title: instrument.name,
        nestedGroups: partyLanes.length ? partyLanes.map((l) => laneId(instrument, l.party)) : undefined,
        showNested: open.has(instrument.id),
      },
      ...partyLanes.map((lane, n) => ({
        id: laneId(instrument, lane.party),
        order: order * 1000 + n,
        instrument: instrument.id,
        kind: 'party' as const,
        label: lane.label,
        shortLabel: partyShortName(lane.party),
      })),
    ];
  });
}

/**
 * The status bands of every lane shown, up to the view's as-of day. The data holds only the statuses drawn
 * (explorer-data.ts): a lane is blank where its party had not signed.
 */
export function timelineBands(data: ExplorerData, state: ViewState): BandSpec[] {
  const day = state.asof ?? data.asOf;
  return data.instruments
    .filter((instrument) => instrumentDrawn(state, instrument.id, instrument.events))
    .flatMap((instrument) =>
      instrument.lanes.flatMap((lane) =>
        intervalsAsOf(lane.intervals, day).map((interval, k) => ({
          id: `${laneId(instrument, lane.party)}#${k}`,
          group: laneId(instrument, lane.party),
          start: dateToTime(interval.from),
          end: dateToTime(interval.to ?? day),
          status: interval.status,
          contested: !!interval.contestedBy,
        })),
      ),
    );
}

/**
 * Markers for events in time order: those inside `window` merged among themselves, as the layout
 * function merges the events of the span it draws, so that both renderers show the same markers there;
 * those before and after it apart, so that a marker moving in with a pan is there already (save those
 * within `gap` of its edges, which come when the pan ends).
 */
function clustersIn(events: readonly PlacedEvent[], gap: number, window?: readonly [number, number]) {
  if (!window) return clusterEvents(events, gap);
  const [from, to] = window;
  // Outside, none closer than `gap` to the window: its marker would overlap the first or last one inside.
  return [
    events.filter((e) => e.time < from - gap),
    events.filter((e) => e.time >= from && e.time <= to),
    events.filter((e) => e.time > to + gap),
  ].flatMap((part) => clusterEvents(part, gap));
}

/** The markers of every lane shown, for the filters, events closer than `gap` (ms) merged into one (apart at the edges of `window`). */
export function timelineMarkers(
  data: ExplorerData,
  state: ViewState,
  gap: number,
  window?: readonly [number, number],
): MarkerSpec[] {
  const byId = new Map(data.instruments.map((i) => [i.id, i]));
  return timelineLanes(data, state).flatMap((lane) => {
    const instrument = byId.get(lane.instrument)!;
    return clustersIn(lane.events, gap, window).map((cluster): MarkerSpec => {
      const single = cluster.events.length === 1;
      const first = instrument.events[cluster.events[0]!]!;
      const title = cluster.events.map((i) => eventLine(instrument.events[i]!)).join('; ');
      return {
        id: `${lane.key}:${cluster.events.join('+')}`,
        group: lane.key,
        instrument: instrument.id,
        time: cluster.time,
        last: cluster.last,
        events: cluster.events,
        text: single ? first.glyph : String(cluster.events.length),
        title,
        ariaLabel: t('chart.markerLabel', {
          instrument: instrument.shortName,
          events: single ? title : tn('chart.markerEvents', cluster.events.length, { events: title }),
        }),
        // A step another party contests is outlined in dashes, as the drawing outlines it (lifecycle-chart.ts).
        className: `${single ? `event type-${first.type}` : 'event cluster'}${
          cluster.events.some((i) => instrument.events[i]!.contestedBy) ? ' contested' : ''
        }`,
      };
    });
  });
}
