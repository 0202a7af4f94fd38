/** Small hand-made instruments for the unit tests: only what each test names matters. */
import { instrumentModel, type InstrumentModel } from '../../src/lib/model/instrument-summary.ts';
import type { LifecycleEvent } from '../../src/lib/content/schema/event-schema.ts';
import type { InstrumentData } from '../../src/lib/content/schema/instrument-schema.ts';

/** A placeholder source. */
export const SOURCE = { title: 'Treaty text', publisher: 'Depositary', url: 'https://example.org/treaty' };

/** A readable id for a hand-made event: its date, type and parties. */
export function eventId(date: string, type: string, parties: readonly string[]): string {
  return [date, type, ...parties].join('-').toLowerCase();
}

/** An event with a placeholder description and source unless given. */
export function event(
  date: string,
  type: LifecycleEvent['type'],
  parties: LifecycleEvent['parties'],
  extra: Partial<LifecycleEvent> = {},
): LifecycleEvent {
  return {
    id: eventId(date, type, parties),
    date,
    type,
    parties,
    description: `${type} on ${date}.`,
    sources: [SOURCE],
    ...extra,
  };
}

/** An instrument's data with placeholder names; the parties are those its events name. */
export function instrument(events: LifecycleEvent[], extra: Partial<InstrumentData> = {}): InstrumentData {
  return {
    name: 'Treaty on Examples',
    shortName: 'Examples',
    kind: 'treaty',
    summary: 'An example.',
    concluded: { place: 'Vienna', date: events[0]?.date ?? '1990' },
    parties: [...new Set(events.flatMap((e) => e.parties))],
    events,
    ...extra,
  };
}

/** The model of a hand-made instrument as of a day. */
export function model(
  id: string,
  events: LifecycleEvent[],
  asOf: string,
  extra: Partial<InstrumentData> = {},
): InstrumentModel {
  return instrumentModel(id, instrument(events, extra), asOf);
}

/**
 * A bilateral treaty: signed 1990-11-19 by US and SU, ratified by both in 1992, in force 1992-11-09,
 * Russia succeeds the Soviet Union, suspends in 2007 and withdraws in 2023.
 */
export const BILATERAL: LifecycleEvent[] = [
  event('1990-11-19', 'signed', ['US', 'SU']),
  event('1991-12-25', 'succeeded', ['RU'], { predecessor: 'SU' }),
  event('1992-11-09', 'ratified', ['US']),
  event('1992-11-09', 'ratified', ['RU']),
  event('1992-11-09', 'entered-into-force', ['all-parties']),
  event('2007-12-12', 'suspended', ['RU']),
  event('2023-11-07', 'withdrawn', ['RU']),
];

/** Two instruments as the explorer holds them: a pact that the United States and Russia signed and Russia suspended, and an accord. */
export const PACT_AND_ACCORD: InstrumentModel[] = [
  model(
    'pact',
    [
      event('2001-05-01', 'signed', ['US', 'RU']),
      event('2000-01-01', 'opened-for-signature', ['all-parties']),
      event('2003-02-01', 'suspended', ['RU']),
    ],
    '2020-01-01',
    { shortName: 'Pact', parties: ['all-parties', 'US', 'RU'] },
  ),
  model('accord', [event('2010-01-01', 'signed', ['BY'])], '2020-01-01', {
    shortName: 'Accord',
    parties: ['all-parties', 'BY'],
  }),
];
