import { dateStart, formatDate } from '../model/dates.ts';
import { eventView, type EventView } from '../model/event-list.ts';
import { keyDateRows, type InstrumentModel } from '../model/instrument-summary.ts';
import { ALL_PARTIES, PARTIES, partyName, type PartyId } from '../model/parties.ts';
import { isDrawn, type Status } from '../model/statuses.ts';
import type { InstrumentHeadlines } from './as-of-summary.ts';
import { headlineChanges } from '../model/status-headline.ts';
import { treatyPath } from '../site/routes.ts';
import { drawnWholeIntervals } from '../model/instrument-state.ts';
import { listOf } from '../i18n/strings.ts';

/** One lane of the explorer: the instrument as a whole, or one party. */
export interface ExplorerLane {
  /** Whose lane. */
  party: PartyId;
  /** Lane label. */
  label: string;
  /** The statuses drawn (isDrawn: not "not signed"), each from its day; `to` null while it holds on the as-of day. */
  intervals: { status: Status; from: string; to: string | null; contestedBy?: string }[];
  /** Indices of the events drawn on this lane: group events on the instrument's lane, own events on a party's. */
  events: number[];
}

/** An event as the timeline draws it: everything but its words and sources, which the panel fetches (EventTexts). */
export type TimelineEvent = Omit<EventView, 'description' | 'sources'>;

/** What the panel shows of an event besides what the timeline draws: its sentence and its sources. */
export type EventText = Pick<EventView, 'description' | 'sources'>;

/** The words and sources of every event of a page's instruments, by instrument id, in file order. */
export type EventTexts = Record<string, EventText[]>;

/**
 * An instrument as the explorer's browser code receives it: facts already derived, nothing left to
 * compute. Built with whole events (`E` = EventView) for the page's table; the browser gets
 * TimelineEvents, and the rest when the reader opens an event.
 */
export interface ExplorerInstrument<E extends TimelineEvent = TimelineEvent> extends InstrumentHeadlines {
  /** Full name. */
  name: string;
  /** Treaty or political document. */
  kind: 'treaty' | 'political';
  /** Its lifecycle page. */
  href: string;
  /** Status on the as-of day. */
  status: Status;
  /** That status in words. */
  statusLabel: string;
  /** Key dates in words, e.g. ["Signed", "19 November 1990"]. */
  keyDates: [string, string][];
  /** Lanes, instrument first. */
  lanes: ExplorerLane[];
  /** Every event, in file order (index = position). */
  events: E[];
}

/** The JSON embedded in the explorer page (with whole events, what the page's table is built from). */
export interface ExplorerData<E extends TimelineEvent = TimelineEvent> {
  /** The data's as-of day. */
  asOf: string;
  /** The first day of the earliest event. */
  start: string;
  /** The instruments of this page, in the order of their lanes. */
  instruments: ExplorerInstrument<E>[];
  /** What old `instrument:index` addresses of these instruments meant (src/lib/site/event-addresses.ts, legacyForPage). */
  legacy?: Record<string, number | string[]>;
}

/**
 * Builds the explorer's data from the instrument models. `start` defaults to the first day of their
 * earliest event; pages that show part of the content pass the whole content's, so all share one axis.
 */
export function explorerData(
  models: readonly InstrumentModel[],
  asOf: string,
  start = earliestDay(models, asOf),
): ExplorerData<EventView> {
  const instruments = models.map((model): ExplorerInstrument<EventView> => {
    const { data, lifecycle } = model;
    return {
      id: model.id,
      shortName: data.shortName,
      name: data.name,
      kind: data.kind,
      href: treatyPath(model.id),
      status: model.status,
      statusLabel: model.statusLabel,
      keyDates: keyDateRows(model).map(({ label, date }): [string, string] => [label, formatDate(date)]),
      headlines: headlineChanges(data, lifecycle, model.neverInForce),
      lanes: lifecycle.lanes
        .map((drawn) => (drawn.party === ALL_PARTIES ? { ...drawn, intervals: drawnWholeIntervals(lifecycle) } : drawn))
        .map((lane) => ({
          party: lane.party,
          label: lane.party === ALL_PARTIES ? data.shortName : partyName(lane.party),
          // A group of states is no party: its lane draws its joint acts only.
          intervals:
            lane.party === ALL_PARTIES || PARTIES[lane.party].kind === 'state'
              ? lane.intervals
                  .filter(({ status }) => isDrawn(status))
                  .map(({ status, from, to, startEvent }) => {
                    const contestedBy = data.events[startEvent]?.contestedBy;
                    return {
                      status,
                      from,
                      to,
                      ...(contestedBy ? { contestedBy: listOf(contestedBy.map(partyName)) } : {}),
                    };
                  })
              : [],
          events:
            lane.party === ALL_PARTIES
              ? lifecycle.chronology.filter((i) => data.events[i]!.parties.includes(ALL_PARTIES))
              : lane.events.filter((i) => data.events[i]!.parties.includes(lane.party)),
        })),
      events: data.events.map((_, index) => eventView(data, index)),
    };
  });
  return { asOf, start, instruments };
}

/** The first day of the earliest event of these instruments (the as-of day if they have none). */
export function earliestDay(models: readonly InstrumentModel[], asOf: string): string {
  return models.flatMap((m) => m.data.events.map((e) => dateStart(e.date))).sort()[0] ?? asOf;
}

/** The data for the browser, without the events' words and sources, and those apart (the panel fetches them). */
export function splitForBrowser(data: ExplorerData<EventView>): { data: ExplorerData; texts: EventTexts } {
  return {
    data: {
      ...data,
      instruments: data.instruments.map((instrument) => ({
        ...instrument,
        events: instrument.events.map(({ description: _d, sources: _s, ...event }) => event),
      })),
    },
    texts: Object.fromEntries(
      data.instruments.map((i) => [i.id, i.events.map(({ description, sources }) => ({ description, sources }))]),
    ),
  };
}
