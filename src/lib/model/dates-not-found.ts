/**
 * The steps known to have happened whose day of effect no source we could read gives: each state whose
 * suspension was notified or decided, and is drawn "suspension notified, date of effect not found" on a
 * day. Derived from the lanes, so the methodology page lists exactly what the charts draw that way.
 */
import { dateStart, eventDate } from './dates.ts';
import { EVENT_TYPES } from './event-types.ts';
import { intervalAt, type Lifecycle } from './lifecycle.ts';
import type { LifecycleEvent } from '../content/schema/event-schema.ts';
import type { InstrumentData } from '../content/schema/instrument-schema.ts';
import type { PartyId } from './parties.ts';

/** One state's step whose day of effect, or own day, was not found. */
export interface DateNotFound {
  /** The instrument's id and short name. */
  instrument: string;
  shortName: string;
  /** The state. */
  party: PartyId;
  /**
   * What is missing: the day a notified suspension took effect, or the day of a step known only to have
   * happened by a date (an event with `notAfter`).
   */
  missing: 'effect' | 'day';
  /** The step, in words ("Ratified"). */
  step: string;
  /** The day it notified or decided the step, or the day by which it had happened, in words. */
  notified: string;
}

/**
 * Every state drawn "suspension notified, date of effect not found" on `day`, and every step by then known
 * only by a latest date, instrument by instrument.
 */
export function datesNotFound(
  models: readonly { id: string; data: Pick<InstrumentData, 'shortName' | 'events'>; lifecycle: Lifecycle }[],
  day: string,
): DateNotFound[] {
  return models.flatMap(({ id, data, lifecycle }) => {
    const found = (party: PartyId, missing: DateNotFound['missing'], event: LifecycleEvent): DateNotFound => ({
      instrument: id,
      shortName: data.shortName,
      party,
      missing,
      step: EVENT_TYPES[event.type].label,
      notified: eventDate(event),
    });
    return lifecycle.lanes.flatMap((lane) => {
      const interval = intervalAt(lane.intervals, day);
      const notified =
        interval?.status === 'suspension-notified'
          ? [found(lane.party, 'effect', data.events[interval.startEvent]!)]
          : [];
      const undated = lane.events
        .map((index) => data.events[index]!)
        .filter((event) => event.notAfter && event.parties.includes(lane.party) && dateStart(event.date) <= day)
        .map((event) => found(lane.party, 'day', event));
      return [...notified, ...undated];
    });
  });
}
