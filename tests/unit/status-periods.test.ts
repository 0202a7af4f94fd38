import { describe, expect, it } from 'vitest';
import { statusPeriods } from '../../src/lib/model/status-periods.ts';
import { event, model } from './hand-made.ts';

describe('statusPeriods(model)', () => {
  it('statusPeriods(model) gives every interval of every lane in words, the open one until today', () => {
    const m = model(
      'ex',
      [
        event('1990-11-19', 'signed', ['US', 'RU']),
        event('1992-11', 'ratified', ['US']),
        event('1992-11', 'ratified', ['RU']),
        event('1992-11', 'entered-into-force', ['all-parties']),
        event('2023', 'withdrawn', ['RU']),
      ],
      '2026-01-01',
    );
    expect(statusPeriods(m)).toEqual([
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
    const m = model(
      'ex',
      [
        event('1980', 'negotiations-opened', ['all-parties']),
        event('1996-09-24', 'signed', ['US']),
        event('1999-10-13', 'ratification-rejected', ['US']),
        // Russia's lane begins "not signed" at the negotiations: a status no row shows.
        event('2000', 'statement', ['RU']),
      ],
      '2026-01-01',
    );
    expect(statusPeriods(m)).toEqual([
      { who: 'Examples as a whole', status: 'Under negotiation', from: '1980', to: '24 September 1996' },
      { who: 'Examples as a whole', status: 'Never entered into force', from: '24 September 1996', to: 'today' },
      { who: 'United States', status: 'Signed, not ratified', from: '24 September 1996', to: 'today' },
    ]);
  });

  it('statusPeriods(model) dates an expiry on its own day, though its status holds from the next', () => {
    const m = model(
      'ns',
      [event('2011-02-05', 'entered-into-force', ['all-parties']), event('2026-02-05', 'expired', ['all-parties'])],
      '2026-06-01',
    );
    expect(statusPeriods(m)).toEqual([
      { who: 'Examples as a whole', status: 'In force', from: '5 February 2011', to: '5 February 2026' },
      { who: 'Examples as a whole', status: 'Expired', from: '5 February 2026', to: 'today' },
    ]);
  });
});
