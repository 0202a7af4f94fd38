import { describe, expect, it } from 'vitest';
import { namesParty, partyEvents } from '../../src/lib/party/party-events.ts';
import { BILATERAL, event, model } from './hand-made.ts';

const AS_OF = '2026-01-01';

describe('namesParty(event, party)', () => {
  it('namesParty is true for an acting party and for the predecessor of a succession, false otherwise', () => {
    const succession = event('1991-12-25', 'succeeded', ['RU'], { predecessor: 'SU' });
    expect([namesParty(succession, 'RU'), namesParty(succession, 'SU'), namesParty(succession, 'US')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(namesParty(event('1990', 'signed', ['US', 'SU']), 'SU')).toBe(true);
  });
});

describe('partyEvents(models, party)', () => {
  const bilateral = model('ex', BILATERAL, AS_OF);
  const other = model(
    'ot',
    [
      event('1992-11-09', 'entered-into-force', ['all-parties']),
      event('1992-11-09', 'statement', ['RU']),
      event('1991-12-25', 'signed', ['RU']),
      event('1992-11', 'ratified', ['RU']),
    ],
    AS_OF,
  );

  it("partyEvents(models, 'RU') lists every event naming Russia, by date, then the instruments' order, then lifecycle order", () => {
    // A month sorts before the days in it; on one day the instruments keep their order.
    expect(partyEvents([bilateral, other], 'RU').map(({ model: m, index }) => `${m.id}:${index}`)).toEqual([
      'ex:1',
      'ot:2',
      'ot:3',
      'ex:3',
      'ot:1',
      'ex:5',
      'ex:6',
    ]);
    expect(partyEvents([bilateral, other], 'RU')[0]!.model).toBe(bilateral);
  });

  it("partyEvents(models, 'SU') includes the succession that took the Soviet Union's place", () => {
    expect(partyEvents([bilateral], 'SU').map((r) => r.index)).toEqual([0, 1]);
  });

  it("partyEvents(models, 'FR') is empty for a party no event names", () => {
    expect(partyEvents([bilateral, other], 'FR')).toEqual([]);
  });
});
