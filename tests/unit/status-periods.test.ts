import { describe, expect, it } from 'vitest';
import { statusPeriods } from '../../src/lib/model/status-periods.ts';
import { event, model } from './hand-made.ts';
import type { InstrumentData } from '../../src/lib/content/schema/instrument-schema.ts';

/** The status periods of a hand-made instrument with these events. */
const periodsOf = (events: InstrumentData['events'], extra: Partial<InstrumentData> = {}) =>
  statusPeriods(model('ex', [...events], '2026-11-22', extra));

describe('statusPeriods(model)', () => {
  it('statusPeriods(model) gives every interval of every lane in words, the open one until today', () => {
    const periods = periodsOf([
      event('1990-11-19', 'signed', ['US', 'RU']),
      event('1992-11', 'ratified', ['US']),
      event('1992-11', 'ratified', ['RU']),
      event('1992-11', 'entered-into-force', ['all-parties']),
      event('2023', 'withdrawn', ['RU']),
    ]);
    expect(periods).toEqual([
      { who: 'Examples as a whole', status: 'Not in force', from: '19 November 1990', to: 'November 1992' },
      { who: 'Examples as a whole', status: 'In force', from: 'November 1992', to: 'today' },
      { who: 'United States', status: 'Signed, not ratified', from: '19 November 1990', to: 'November 1992' },
      { who: 'United States', status: 'In force', from: 'November 1992', to: 'today' },
      { who: 'Russia', status: 'Signed, not ratified', from: '19 November 1990', to: 'November 1992' },
      { who: 'Russia', status: 'In force', from: 'November 1992', to: '2023' },
      { who: 'Russia', status: 'Withdrawn', from: '2023', to: 'today' },
    ]);
  });

  it('statusPeriods(never in force) says so of the whole, not of the parties, and leaves out "not signed"', () => {
    const periods = periodsOf([
      event('1980', 'negotiations-opened', ['all-parties']),
      event('1996-09-24', 'signed', ['US']),
      event('1999-10-13', 'ratification-rejected', ['US']),
      // Russia's lane begins "not signed" at the negotiations: a status no row shows.
      event('2000', 'statement', ['RU']),
    ]);
    expect(periods).toEqual([
      { who: 'Examples as a whole', status: 'Under negotiation', from: '1980', to: '24 September 1996' },
      { who: 'Examples as a whole', status: 'Never entered into force', from: '24 September 1996', to: 'today' },
      { who: 'United States', status: 'Signed, not ratified', from: '24 September 1996', to: 'today' },
    ]);
  });

  it('statusPeriods gives the instrument as the chart draws it: in force, suspended by most of its states', () => {
    const periods = periodsOf(
      [
        event('1990-01-01', 'ratified', ['US', 'FR', 'DE']),
        event('1991-01-01', 'entered-into-force', ['all-parties']),
        event('2023-12-07', 'suspended', ['US', 'FR']),
      ],
      { everyPartyDrawn: true },
    );
    expect(periods.filter((p) => p.who === 'Examples as a whole')).toEqual([
      { who: 'Examples as a whole', status: 'Not in force', from: '1 January 1990', to: '1 January 1991' },
      { who: 'Examples as a whole', status: 'In force', from: '1 January 1991', to: '7 December 2023' },
      {
        who: 'Examples as a whole',
        status: 'In force, suspended by most of its states',
        from: '7 December 2023',
        to: 'today',
      },
    ]);
  });

  it('statusPeriods says a status ended at the end of the day its expiry is dated, not on the day after', () => {
    const periods = periodsOf([
      event('2010-04-08', 'ratified', ['US', 'RU']),
      event('2011-02-05', 'entered-into-force', ['all-parties']),
      event('2023-02-28', 'suspended', ['RU']),
      event('2026-02-05', 'expired', ['all-parties']),
    ]);
    expect(periods.filter((p) => p.who !== 'United States')).toEqual([
      { who: 'Examples as a whole', status: 'Not in force', from: '8 April 2010', to: '5 February 2011' },
      { who: 'Examples as a whole', status: 'In force', from: '5 February 2011', to: 'end of 5 February 2026' },
      { who: 'Examples as a whole', status: 'Expired', from: 'end of 5 February 2026', to: 'today' },
      { who: 'Russia', status: 'Ratified, not in force', from: '8 April 2010', to: '5 February 2011' },
      { who: 'Russia', status: 'In force', from: '5 February 2011', to: '28 February 2023' },
      { who: 'Russia', status: 'Suspended', from: '28 February 2023', to: 'end of 5 February 2026' },
      { who: 'Russia', status: 'Expired', from: 'end of 5 February 2026', to: 'today' },
    ]);
  });
});
