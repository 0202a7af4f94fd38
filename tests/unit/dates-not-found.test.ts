import { describe, expect, it } from 'vitest';
import { datesNotFound } from '../../src/lib/model/dates-not-found.ts';
import { AS_OF, contentModel } from './content-model.ts';
import { model, event } from './hand-made.ts';

describe('datesNotFound(models, day)', () => {
  it('datesNotFound lists a notified suspension until its dated effect is recorded', () => {
    const ex = model(
      'ex',
      [
        event('2000-01-01', 'signed', ['US', 'FR']),
        event('2000-06-01', 'ratified', ['US', 'FR']),
        event('2000-06-01', 'entered-into-force', ['all-parties']),
        event('2023-11-07', 'suspension-notified', ['FR']),
        event('2024-03-01', 'suspended', ['FR']),
      ],
      '2026-01-01',
    );
    expect(datesNotFound([ex], '2024-01-01')).toEqual([
      {
        instrument: 'ex',
        shortName: 'Examples',
        party: 'FR',
        missing: 'effect',
        step: 'Suspension notified',
        notified: '7 November 2023',
      },
    ]);
    expect(datesNotFound([ex], '2024-03-01')).toEqual([]);
  });

  it('datesNotFound lists a step known only by a date, from that date, under the state that took it', () => {
    const known = { ...event('2004-07-07', 'ratified', ['BY']), notAfter: true };
    const ex = model('ex', [event('1999-11-19', 'signed', ['BY', 'RU']), known], '2026-01-01');
    expect(datesNotFound([ex], '2004-07-06')).toEqual([]);
    expect(datesNotFound([ex], '2010-01-01')).toEqual([
      {
        instrument: 'ex',
        shortName: 'Examples',
        party: 'BY',
        missing: 'day',
        step: 'Ratified',
        notified: 'by 7 July 2004',
      },
    ]);
  });

  it('datesNotFound(adapted-cfe) names Belarus, Kazakhstan and Ukraine, whose ratification is known only by a date', () => {
    expect(datesNotFound([contentModel('adapted-cfe')], AS_OF).map((d) => [d.party, d.missing])).toEqual([
      ['BY', 'day'],
      ['KZ', 'day'],
      ['UA', 'day'],
    ]);
  });

  it("datesNotFound(cfe) names the allies whose suspension's day of effect was not found", () => {
    const parties = datesNotFound([contentModel('cfe')], AS_OF).map((d) => d.party);
    expect(parties).toEqual(expect.arrayContaining(['FR', 'DK', 'PL', 'ES']));
    expect(parties).not.toContain('GB');
  });
});
