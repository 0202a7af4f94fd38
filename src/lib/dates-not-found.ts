/**
 * The steps known to have happened whose day of effect no source we could read gives: each state whose
 * suspension was notified or decided, and is drawn "suspension notified, date of effect not found" on a
 * day. Derived from the lanes, so the methodology page lists exactly what the charts draw that way.
 */
import { formatDate } from './dates.ts';
import { intervalAt, type Lifecycle } from './lifecycle.ts';
import type { InstrumentData } from './schema/instrument-schema.ts';
import type { PartyId } from './parties.ts';

/** One state's step whose day of effect was not found. */
export interface DateNotFound {
  /** The instrument's id and short name. */
  instrument: string;
  shortName: string;
  /** The state. */
  party: PartyId;
  /** The day it notified or decided the step, in words. */
  notified: string;
}

/** Every state drawn "suspension notified, date of effect not found" on `day`, instrument by instrument. */
export function datesNotFound(
  models: readonly { id: string; data: Pick<InstrumentData, 'shortName' | 'events'>; lifecycle: Lifecycle }[],
  day: string,
): DateNotFound[] {
  return models.flatMap(({ id, data, lifecycle }) =>
    lifecycle.lanes.flatMap((lane) => {
      const interval = intervalAt(lane.intervals, day);
      if (interval?.status !== 'suspension-notified') return [];
      const event = data.events[interval.startEvent]!;
      return [
        {
          instrument: id,
          shortName: data.shortName,
          party: lane.party,
          notified: formatDate(event.date, { approximate: event.approximate }),
        },
      ];
    }),
  );
}
