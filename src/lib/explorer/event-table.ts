import { compareDates } from '../model/dates.ts';
import { EVENT_TYPES } from '../model/event-types.ts';
import type { ExplorerData } from './explorer-data.ts';
import type { EventView } from '../model/event-list.ts';

/** One row of the table of every event. */
export interface EventRow extends EventView {
  /** Instrument id. */
  instrument: string;
  /** Instrument short name. */
  instrumentName: string;
  /** Index of the event in its instrument's file. */
  index: number;
  /** Anchor id of the row: the event's permanent id. */
  rowId: string;
}

/** Every event of every instrument in one chronological list (same-day events in lifecycle order). */
export function eventTable(data: ExplorerData<EventView>): EventRow[] {
  return data.instruments
    .flatMap((instrument) =>
      instrument.events.map((event, index) => ({
        ...event,
        instrument: instrument.id,
        instrumentName: instrument.shortName,
        index,
        rowId: event.anchor,
      })),
    )
    .sort(
      (a, b) =>
        compareDates(a.date, b.date) ||
        EVENT_TYPES[a.type].order - EVENT_TYPES[b.type].order ||
        a.instrument.localeCompare(b.instrument) ||
        a.index - b.index,
    );
}
