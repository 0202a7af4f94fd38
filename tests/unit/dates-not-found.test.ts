import { describe, expect, it } from 'vitest';
import { datesNotFound } from '../../src/lib/dates-not-found.ts';
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
      { instrument: 'ex', shortName: 'Examples', party: 'FR', notified: '7 November 2023' },
    ]);
    expect(datesNotFound([ex], '2024-03-01')).toEqual([]);
  });

  it("datesNotFound(cfe) names the allies whose suspension's day of effect was not found", () => {
    const parties = datesNotFound([contentModel('cfe')], AS_OF).map((d) => d.party);
    expect(parties).toEqual(expect.arrayContaining(['FR', 'DK', 'PL', 'ES']));
    expect(parties).not.toContain('GB');
  });
});
