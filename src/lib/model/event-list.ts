import { eventDate, formatDate, parsePartialDate } from './dates.ts';
import { EVENT_TYPES, type EventType } from './event-types.ts';
import type { Lifecycle } from './lifecycle.ts';
import { partyName, type PartyId } from './parties.ts';
import type { InstrumentData } from '../content/schema/instrument-schema.ts';
import type { Source } from '../content/schema/source-schema.ts';
import { listOf, t } from '../i18n/strings.ts';

/** One event as every list, table and tooltip shows it. */
export interface EventView {
  /** The event's permanent id: its anchor on every page and its name in addresses and exports. */
  anchor: string;
  /** The date as written, at its precision. */
  date: string;
  /** The date in words, e.g. "19 November 1990", "c. 1991". */
  dateText: string;
  /** The event type id. */
  type: EventType;
  /** The event type's label. */
  typeLabel: string;
  /** The event type's glyph. */
  glyph: string;
  /** Names of the acting parties. */
  parties: string[];
  /** Party ids, for filters. */
  partyIds: PartyId[];
  /** The associated document, if any. */
  document?: string;
  /** Names of the parties that contest the step's legal effect. */
  contestedBy?: string[];
  /** One sentence. */
  description: string;
  /** Its sources, with their dates in words. */
  sources: (Source & { dateText?: string })[];
}

/** The event on one line, e.g. "8 December 1987: Signed — United States, Soviet Union". */
export function eventLine(
  event: Pick<EventView, 'dateText' | 'typeLabel' | 'parties' | 'document' | 'contestedBy'>,
): string {
  const values = { date: event.dateText, type: event.typeLabel, parties: listOf(event.parties) };
  const line = event.document
    ? t('event.lineDocument', { ...values, document: event.document })
    : t('event.line', values);
  return event.contestedBy ? t('event.lineContested', { line, parties: listOf(event.contestedBy) }) : line;
}

/** The view of the event at `index`. */
export function eventView(data: InstrumentData, index: number): EventView {
  const event = data.events[index]!;
  return {
    anchor: event.id,
    date: event.date,
    dateText: eventDate(event),
    type: event.type,
    typeLabel: EVENT_TYPES[event.type].label,
    glyph: EVENT_TYPES[event.type].glyph,
    parties: event.parties.map(partyName),
    partyIds: event.parties,
    document: event.document,
    contestedBy: event.contestedBy?.map(partyName),
    description: event.description,
    sources: event.sources.map((s) => ({ ...s, dateText: s.date ? formatDate(s.date) : undefined })),
  };
}

/** Events already in time order, grouped by their year. */
export function groupByYear<T extends { date: string }>(events: readonly T[]): { year: number; events: T[] }[] {
  const groups: { year: number; events: T[] }[] = [];
  for (const event of events) {
    const year = parsePartialDate(event.date)!.year;
    if (groups.at(-1)?.year !== year) groups.push({ year, events: [] });
    groups.at(-1)!.events.push(event);
  }
  return groups;
}

/** Every event in chronological order, grouped by year. */
export function eventsByYear(data: InstrumentData, lifecycle: Lifecycle): { year: number; events: EventView[] }[] {
  return groupByYear(lifecycle.chronology.map((index) => eventView(data, index)));
}
