import { describe, expect, it } from 'vitest';
import { ALL_PARTIES, PARTIES, PARTY_IDS, partyName, partyShortName } from '../../src/lib/model/parties.ts';

describe('the parties table', () => {
  it("partyName('RU') is 'Russia' and partyName('all-parties') is 'All parties'", () => {
    expect(partyName('RU')).toBe('Russia');
    expect(partyName('all-parties')).toBe('All parties');
    expect(partyName(ALL_PARTIES)).toBe('All parties');
  });

  it('PARTY_IDS lists the two groups first, then the historical states, each id once', () => {
    expect(PARTY_IDS.slice(0, 4)).toEqual(['all-parties', 'nato-allies', 'SU', 'CS']);
    expect(new Set(PARTY_IDS).size).toBe(PARTY_IDS.length);
  });

  it('PARTIES: states have two upper-case letters, groups are lower case; the Soviet Union is continued by Russia', () => {
    for (const id of PARTY_IDS) {
      if (PARTIES[id].kind === 'state') expect(id).toMatch(/^[A-Z]{2}$/);
      else expect(id).toMatch(/^[a-z-]+$/);
    }
    expect(PARTIES.SU).toEqual({ kind: 'state', continuedBy: 'RU' });
    expect(partyName('SU')).toBe('Soviet Union');
    expect(partyName('RU')).toBe('Russia');
    expect(PARTIES.CS.dissolvedInto).toEqual(['CZ', 'SK']);
  });
});

describe('partyShortName(id)', () => {
  it('is a state’s code where a column has no room for its name, and a group’s name, which has no code', () => {
    expect(partyShortName('KZ')).toBe('KZ');
    expect(partyShortName('SU')).toBe('SU');
    expect(partyShortName('nato-allies')).toBe(partyName('nato-allies'));
    expect(partyShortName('all-parties')).toBe(partyName('all-parties'));
  });
});
