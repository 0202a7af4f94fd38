/**
 * Everything a state's page shows, in words: its place in each instrument (key dates and status on the
 * as-of day), its relation to predecessor and continuing states, and every event that names it.
 */
import { formatDate } from '../model/dates.ts';
import { EVENT_TYPES } from '../model/event-types.ts';
import { eventView, groupByYear, type EventView } from '../model/event-list.ts';
import { statusLabel, type InstrumentModel } from '../model/instrument-summary.ts';
import { statedFrom, statusInIntervals } from '../model/lifecycle.ts';
import { PARTIES, PARTY_IDS, partyName, type PartyId } from '../model/parties.ts';
import { treatyPath } from '../site/routes.ts';
import {
  isDrawn,
  isEnded,
  isInForce,
  STATUS_GROUPS,
  STATUSES,
  statusGroup,
  type Status,
  type StatusGroup,
} from '../model/statuses.ts';
import { partyEvents } from './party-events.ts';
import { partyLinks, type PartyLink } from './party-links.ts';
import { LOCALE, LOCALES } from '../i18n/locale.ts';
import { pt, ptn } from '../i18n/page-strings.ts';

/** One row of the key dates: the state's place in one instrument. */
export interface PartyInstrumentRow {
  /** Instrument id. */
  id: string;
  /** Short name and full name. */
  shortName: string;
  name: string;
  /** The instrument's page. */
  href: string;
  /** How the state entered the instrument's life, in words ("Signed 8 April 2010"). */
  joined: string;
  /** When it first bound (or was applied by) the state, in words; empty if never. */
  inForce: string;
  /** When and how the state's part ended, in words ("Withdrawn 7 November 2023"); empty if it has not. */
  ended: string;
  /** The state's status on the as-of day. */
  status: Status;
  /** That status in words, as a label and in the middle of a sentence. */
  statusLabel: string;
  statusInSentence: string;
}

/** An event as the state's page lists it: with its instrument. */
export interface PartyEventView extends EventView {
  /** The instrument's id, short name and page. */
  instrument: string;
  instrumentName: string;
  instrumentHref: string;
  /** Anchor on the state's page, unique across instruments. */
  anchor: string;
}

/** A state's page. */
export interface PartyPage {
  /** Its code and name. */
  party: PartyId;
  name: string;
  /** Lines on predecessor, continuing and successor states ("Continued by" → Russia). */
  relations: { label: string; parties: PartyLink[] }[];
  /** Its place in each instrument it acted in, in the models' order. */
  instruments: PartyInstrumentRow[];
  /** The as-of answer: the instruments by the state's status group that day. */
  asOf: { day: string; groups: { title: string; entries: { shortName: string; href: string; detail: string }[] }[] };
  /** Every event that names the state, by year. */
  years: { year: number; events: PartyEventView[] }[];
  /** How many events name it. */
  eventCount: number;
  /** One sentence on the state's record, for the page's description. */
  description: string;
}

/** Who continued or succeeded whom, from the parties table and the content's successions. */
function relations(
  models: readonly InstrumentModel[],
  party: PartyId,
  withPages: ReadonlySet<PartyId>,
): PartyPage['relations'] {
  const info = PARTIES[party];
  const continuedBy = 'continuedBy' in info ? (info.continuedBy as PartyId) : undefined;
  const continues = PARTY_IDS.filter((p) => (PARTIES[p] as { continuedBy?: string }).continuedBy === party);
  const successions = models.flatMap((m) =>
    m.data.events.filter((e) => e.type === 'succeeded' && e.predecessor !== undefined),
  );
  const successors = [...new Set(successions.filter((e) => e.predecessor === party).flatMap((e) => e.parties))].filter(
    (p) => p !== continuedBy && PARTIES[p].kind === 'state',
  );
  const predecessors = [
    ...new Set(successions.filter((e) => e.parties.includes(party)).map((e) => e.predecessor!)),
  ].filter((p) => !continues.includes(p));
  const byName = (ids: PartyId[]) =>
    partyLinks(
      [...ids].sort((a, b) => partyName(a).localeCompare(partyName(b), LOCALES[LOCALE].intl)),
      withPages,
    );
  const rows: [string, PartyId[]][] = [
    [pt('party.continuedBy'), continuedBy ? [continuedBy] : []],
    [pt('party.continues'), continues],
    [pt(continuedBy ? 'party.otherSuccessors' : 'party.successors'), successors],
    [pt('party.successorOf'), predecessors],
  ];
  return rows.filter(([, ids]) => ids.length > 0).map(([label, ids]) => ({ label, parties: byName(ids) }));
}

/** The model of a state's page, as of day `asOf`; `withPages` are the states that have a page (for links). */
export function partyPage(
  models: readonly InstrumentModel[],
  party: PartyId,
  asOf: string,
  withPages: ReadonlySet<PartyId>,
): PartyPage {
  const name = partyName(party);
  const instruments = models.flatMap((model): PartyInstrumentRow[] => {
    const lane = model.lifecycle.lanes.find((l) => l.party === party);
    if (!lane) return [];
    const { data } = model;
    const intervals = lane.intervals.filter((i) => isDrawn(i.status));
    const first = intervals[0];
    const inForce = intervals.find((i) => isInForce(i.status));
    const ended = intervals.find((i) => isEnded(i.status));
    const status = statusInIntervals(lane.intervals, asOf);
    // Each step on its own date, as the event list says it: an expiry on the day it is dated.
    const words = (i: (typeof intervals)[number] | undefined, label: string) =>
      i ? pt('party.stepOn', { step: label, day: formatDate(statedFrom(i, data.events)) }) : '';
    return [
      {
        id: model.id,
        shortName: data.shortName,
        name: data.name,
        href: treatyPath(model.id),
        joined: first ? words(first, EVENT_TYPES[data.events[first.startEvent]!.type].label) : '',
        inForce: words(inForce, statusLabel(data.kind, inForce?.status ?? 'in-force', false)),
        ended: words(ended, STATUSES[ended?.status ?? 'withdrawn'].label),
        status,
        statusLabel: statusLabel(data.kind, status, false),
        statusInSentence: statusLabel(data.kind, status, false, 'inSentence'),
      },
    ];
  });

  const groups = (Object.keys(STATUS_GROUPS) as StatusGroup[])
    .map((group) => ({
      title: STATUS_GROUPS[group].label,
      entries: instruments
        .filter((row) => statusGroup(row.status) === group && isDrawn(row.status))
        .map((row) => ({
          shortName: row.shortName,
          href: row.href,
          detail: row.statusInSentence,
        })),
    }))
    .filter((g) => g.entries.length > 0);

  const refs = partyEvents(models, party);
  const years: PartyPage['years'] = groupByYear(
    refs.map(({ model, index }) => ({
      ...eventView(model.data, index),
      instrument: model.id,
      instrumentName: model.data.shortName,
      instrumentHref: treatyPath(model.id),
    })),
  );

  const n = instruments.length;
  return {
    party,
    name,
    relations: relations(models, party, withPages),
    instruments,
    asOf: { day: asOf, groups },
    years,
    eventCount: refs.length,
    description: ptn('party.description', n, {
      name,
      total: models.length,
      events: ptn('states.events', refs.length),
      day: formatDate(asOf),
    }),
  };
}
