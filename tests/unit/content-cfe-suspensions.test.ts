import { describe, expect, it } from 'vitest';
import { AS_OF, CFE_ALLIES, contentModel as model, contentProblems as problems, dayBefore } from './content-model.ts';
import { neverInForce, statusAt } from '../../src/lib/model/lifecycle.ts';
import { statusHeadline } from '../../src/lib/model/status-headline.ts';
import type { PartyId } from '../../src/lib/model/parties.ts';

const cfe = () => model('cfe');
const adapted = () => model('adapted-cfe');

const ALLIES: PartyId[] = [...CFE_ALLIES];

/** Allies whose suspension is recorded with the day it took effect, as verified. */
const SUSPENDED: Partial<Record<PartyId, string>> = {
  CZ: '2023-11-07',
  NO: '2023-11-27',
  US: '2023-12-07',
  IT: '2023-12-07',
  GB: '2023-12-07', // Spain's official gazette, BOE-A-2024-7905
  CA: '2024-02-07',
  PT: '2024-02-29', // Portugal's notice Aviso n.º 25/2024
  DE: '2024-04-08',
  TR: '2024-04-08',
};

/** Allies whose decision or notification is on record but whose day of effect was not found. */
const NOTIFIED: Partial<Record<PartyId, string>> = {
  BE: '2023-11-07',
  NL: '2023-11-07',
  LU: '2023-11-07',
  BG: '2023-11-07',
  DK: '2023-11-07',
  FR: '2023-11-07',
  PL: '2023-11-07',
  RO: '2023-11-07',
  GR: '2023-11-07', // only the allies' joint decision: no Greek act of its own was found
  IS: '2023-11-07', // likewise
  SK: '2023-11-07', // likewise
  ES: '2023-11-07', // likewise; the Council of Ministers' decision to seek the Cortes' authorisation is undated in the source read
  HU: '2024-04-10', // the parliament's vote
};

/** The thirty states that signed the Agreement on Adaptation in Istanbul on 19 November 1999. */
const SIGNATORIES: PartyId[] = [...ALLIES, 'AM', 'AZ', 'BY', 'GE', 'KZ', 'MD', 'RU', 'UA'];

describe('the CFE suspensions of 2023–2024 and the Adapted CFE Treaty: the content validates', () => {
  it('validateContent reports no problem in cfe.md or adapted-cfe.md', () =>
    expect(problems.filter((p) => /\/(cfe|adapted-cfe)\.md$/.test(p.file))).toEqual([]));

  it('every NATO ally that is a CFE party is either suspended with a day of effect or recorded as having notified its suspension', () => {
    expect([...Object.keys(SUSPENDED), ...Object.keys(NOTIFIED)].sort()).toEqual([...ALLIES].sort());
  });
});

describe('no NATO ally that is a CFE party is still in force', () => {
  for (const party of ALLIES) {
    it(`statusAt(cfe, '${party}', '2026-12-01') is not 'in-force'`, () => {
      const status = statusAt(cfe().lifecycle, party, '2026-12-01');
      expect(status).not.toBe('in-force');
      expect(['suspended', 'suspension-notified']).toContain(status);
    });
  }

  it("statusAt(cfe, 'GB', '2023-12-07') is 'suspended', and the day before it is 'in-force'", () => {
    const { lifecycle } = cfe();
    expect(statusAt(lifecycle, 'GB', '2023-12-06')).toBe('in-force');
    expect(statusAt(lifecycle, 'GB', '2023-12-07')).toBe('suspended');
  });

  it("statusAt(cfe, 'PT', '2024-02-29') is 'suspended', and the day before it is 'in-force': the notification of 24 November 2023 is not the suspension", () => {
    const { data, lifecycle } = cfe();
    expect(statusAt(lifecycle, 'PT', '2024-02-28')).toBe('in-force');
    expect(statusAt(lifecycle, 'PT', '2024-02-29')).toBe('suspended');
    const notice = data.events.find((e) => e.parties.includes('PT') && e.date === '2023-11-24');
    expect(notice?.type).toBe('statement');
  });

  for (const [party, day] of Object.entries(SUSPENDED) as [PartyId, string][]) {
    it(`statusAt(cfe, '${party}', '${day}') is 'suspended', and the day before it is not`, () => {
      const { lifecycle } = cfe();
      expect(statusAt(lifecycle, party, dayBefore(day))).not.toBe('suspended');
      expect(statusAt(lifecycle, party, day)).toBe('suspended');
      expect(statusAt(lifecycle, party, AS_OF)).toBe('suspended');
    });
  }

  for (const [party, day] of Object.entries(NOTIFIED) as [PartyId, string][]) {
    it(`statusAt(cfe, '${party}', '${day}') is 'suspension-notified', and the day before it is 'in-force'`, () => {
      const { data, lifecycle } = cfe();
      expect(statusAt(lifecycle, party, dayBefore(day))).toBe('in-force');
      expect(statusAt(lifecycle, party, day)).toBe('suspension-notified');
      expect(statusAt(lifecycle, party, AS_OF)).toBe('suspension-notified');
      const notified = data.events.filter((e) => e.parties.includes(party) && e.type === 'suspension-notified');
      expect(notified.map((e) => e.date)).toEqual([day]);
      for (const event of notified) expect(event.description).toMatch(/not found/);
    });
  }
});

describe('other steps recorded for what they were', () => {
  it("statusAt(cfe, 'MD', '2024-04-12') is 'suspension-notified': Moldova's law of April 2024, whose day of effect was not found", () => {
    const { lifecycle } = cfe();
    expect(statusAt(lifecycle, 'MD', '2024-04-11')).toBe('in-force');
    expect(statusAt(lifecycle, 'MD', '2024-04-12')).toBe('suspension-notified');
  });

  it('the allies\u2019 2011 counter-measures towards Russia are statements, and leave them in force', () => {
    const { data, lifecycle } = cfe();
    const steps = data.events.filter((e) => e.date.startsWith('2011'));
    expect(steps.map((e) => [e.date, e.parties.join(), e.type])).toEqual([
      ['2011-11-22', 'US', 'statement'],
      ['2011-11-22', 'GB', 'statement'],
      ['2011-11-29', 'FR', 'statement'],
      ['2011-12-15', 'NL', 'statement'],
    ]);
    for (const party of ['US', 'GB', 'FR', 'NL'] as PartyId[])
      expect(statusAt(lifecycle, party, '2012-01-01')).toBe('in-force');
  });

  it('the Czech and Polish steps towards Belarus alone are statements, and leave the treaty in force for them', () => {
    const { data, lifecycle } = cfe();
    const cz = data.events.filter((e) => e.parties.includes('CZ') && e.date.startsWith('2022'));
    const pl = data.events.filter((e) => e.parties.includes('PL') && e.date.startsWith('2023-03'));
    expect(cz.map((e) => [e.date, e.type])).toEqual([['2022-08', 'statement']]);
    expect(pl.map((e) => [e.date, e.type])).toEqual([['2023-03', 'statement']]);
    expect(statusAt(lifecycle, 'CZ', '2023-01-01')).toBe('in-force');
    expect(statusAt(lifecycle, 'PL', '2023-06-01')).toBe('in-force');
  });
});

describe('the Agreement on Adaptation has a page of its own', () => {
  it('cfe.md names adapted-cfe in lineage.adaptedBy and keeps no event of the Agreement on Adaptation', () => {
    const { data } = cfe();
    expect(data.lineage?.adaptedBy).toEqual(['adapted-cfe']);
    expect(data.events.filter((e) => e.document?.startsWith('Agreement on Adaptation'))).toEqual([]);
  });

  it('the moved events keep their old ids as aliases', () => {
    const { data } = adapted();
    const aliases = Object.fromEntries(data.events.map((e) => [e.id, e.aliases ?? []]));
    expect(aliases['adapted-cfe-1999-11-19-signed']).toEqual(['cfe-1999-11-19-signed']);
    expect(aliases['adapted-cfe-2004-ratified-ru']).toEqual(['cfe-2004-ratified-ru']);
  });

  it('all thirty states signed it on 1999-11-19', () => {
    const { data, lifecycle } = adapted();
    const signing = data.events.find((e) => e.type === 'signed');
    expect(signing?.date).toBe('1999-11-19');
    expect(signing?.parties.filter((p) => p !== 'all-parties').sort()).toEqual([...SIGNATORIES].sort());
    for (const party of SIGNATORIES) expect(statusAt(lifecycle, party, '1999-11-19')).toBe('signed');
  });

  it('it never entered into force', () => {
    const { lifecycle } = adapted();
    expect(neverInForce(lifecycle)).toBe(true);
    expect(statusAt(lifecycle, 'all-parties', AS_OF)).toBe('not-in-force');
    for (const party of SIGNATORIES) expect(statusAt(lifecycle, party, AS_OF)).not.toBe('in-force');
  });

  it("statusAt(adapted-cfe, 'RU', AS_OF) is 'ratified'", () => {
    expect(statusAt(adapted().lifecycle, 'RU', AS_OF)).toBe('ratified');
  });

  it("statusAt(adapted-cfe, state, AS_OF) is 'signed' for every signatory that never ratified", () => {
    const { lifecycle } = adapted();
    for (const party of SIGNATORIES.filter((p) => !['RU', 'BY', 'KZ', 'UA'].includes(p)))
      expect(statusAt(lifecycle, party, AS_OF)).toBe('signed');
  });

  // Belarus, Kazakhstan and Ukraine ratified, but the days they deposited their instruments were not found:
  // each is recorded as ratified by 7 July 2004, the day a report named them (notAfter, CONTENT.md).
  it("statusAt(adapted-cfe, 'BY' | 'KZ' | 'UA', AS_OF) is 'ratified', known only by 7 July 2004", () => {
    const { data, lifecycle } = adapted();
    for (const party of ['BY', 'KZ', 'UA'] as PartyId[]) {
      expect(statusAt(lifecycle, party, AS_OF)).toBe('ratified');
      expect(statusAt(lifecycle, party, '2004-07-06')).toBe('signed');
      const ratified = data.events.find((e) => e.type === 'ratified' && e.parties.includes(party));
      expect([ratified?.date, ratified?.notAfter]).toEqual(['2004-07-07', true]);
    }
  });

  it('its headline counts the four states that ratified and the twenty-six that did not', () => {
    const { data, lifecycle } = adapted();
    const { sentence } = statusHeadline(data, lifecycle, AS_OF, neverInForce(lifecycle));
    expect(sentence).toMatch(/^Never entered into force; 26 of the 30 states drawn here: signed, not ratified/);
    expect(sentence).toContain('4 states: ratified, not in force (by 2004)');
  });
});
