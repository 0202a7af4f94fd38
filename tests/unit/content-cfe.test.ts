import { describe, expect, it } from 'vitest';
import { AS_OF, CFE_ALLIES, contentModel as model, contentProblems as problems, dayBefore } from './content-model.ts';
import { statusAt } from '../../src/lib/model/lifecycle.ts';
import type { PartyId } from '../../src/lib/model/parties.ts';

const cfe = () => model('cfe');

/** NATO allies that are CFE states parties, and the day each one's suspension took effect, as verified. */
const ALLIED_SUSPENSIONS: Partial<Record<PartyId, string>> = {
  CZ: '2023-11-07',
  NO: '2023-11-27',
  US: '2023-12-07',
  IT: '2023-12-07',
  GB: '2023-12-07',
  CA: '2024-02-07',
  PT: '2024-02-29',
  DE: '2024-04-08',
  TR: '2024-04-08',
};

/** Allies whose sources give a decision or notification, dated, but no day of effect: recorded as "suspension-notified". */
const ALLIED_ANNOUNCEMENTS: Partial<Record<PartyId, string>> = {
  BE: '2023-11-07',
  NL: '2023-11-07',
  LU: '2023-11-07',
  BG: '2023-11-07',
  RO: '2023-11-07',
};

const ALLIED_PARTIES = new Set<string>(CFE_ALLIES);

/** Each state's deposit of its instrument of ratification, as the depositary's table of parties gives it (GB: as the government told Parliament). */
const RATIFICATIONS: Partial<Record<PartyId, string>> = {
  CS: '1991-08-05',
  HU: '1991-11-04',
  NL: '1991-11-08',
  BG: '1991-11-12',
  GB: '1991-11-19',
  CA: '1991-11-22',
  PL: '1991-11-26',
  NO: '1991-11-29',
  BE: '1991-12-17',
  DE: '1991-12-23',
  DK: '1991-12-30',
  LU: '1992-01-22',
  FR: '1992-03-24',
  RO: '1992-04-21',
  IT: '1992-04-22',
  TR: '1992-07-08',
  RU: '1992-09-03',
  BY: '1992-10-30',
  KZ: '1992-10-30',
};

/** States whose own deposit date could not be verified; they stay as the content records them. */
const RATIFICATION_UNVERIFIED: PartyId[] = ['US'];

describe('the CFE Treaty content', () => {
  it('validates without a single problem', () => expect(problems.filter((p) => p.file.endsWith('cfe.md'))).toEqual([]));

  it('names no NATO member that is not a CFE state party', () => {
    const { data } = cfe();
    const notParties = ['FI', 'SE', 'EE', 'LV', 'LT', 'AL', 'HR', 'SI', 'ME', 'MK'];
    for (const event of data.events) for (const party of event.parties) expect(notParties).not.toContain(party);
  });

  it('cites no aggregator', () => {
    const { data } = cfe();
    const aggregators = ['urdupoint', 'weeklyblitz', 'worldreportnow', 'tag24', 'pledgetimes', 'ceasefire.ca'];
    for (const event of data.events)
      for (const source of event.sources) for (const name of aggregators) expect(source.url).not.toContain(name);
  });

  it('gives every suspending ally its own lane, and nato-allies only the joint statement', () => {
    const { data } = cfe();
    const group = data.events.filter((e) => e.parties.includes('nato-allies'));
    expect(group.map((e) => e.type)).toEqual(['statement']);
    for (const party of [...Object.keys(ALLIED_SUSPENSIONS), ...Object.keys(ALLIED_ANNOUNCEMENTS)])
      expect(ALLIED_PARTIES.has(party)).toBe(true);
  });
});

describe('statuses derived from the CFE Treaty content', () => {
  it("statusAt(cfe, 'RU', '1992-09-03') is 'ratified' and statusAt(cfe, 'RU', '1992-11-09') is 'in-force'", () => {
    const { lifecycle } = cfe();
    expect(statusAt(lifecycle, 'RU', '1992-09-03')).toBe('ratified');
    expect(statusAt(lifecycle, 'RU', '1992-11-09')).toBe('in-force');
  });

  for (const [party, day] of Object.entries(RATIFICATIONS) as [PartyId, string][]) {
    it(`statusAt(cfe, '${party}', '${day}') is 'ratified', the day before it is not, and statusAt(cfe, '${party}', '1992-11-09') is 'in-force'`, () => {
      const { data, lifecycle } = cfe();
      const own = data.events.filter(
        (e) => e.parties.includes(party) && e.type === 'ratified' && e.document === undefined,
      );
      expect(own.map((e) => e.date)).toEqual([day]);
      expect(statusAt(lifecycle, party, dayBefore(day))).not.toBe('ratified');
      expect(statusAt(lifecycle, party, day)).toBe('ratified');
      // A state that ratified before 17 July 1992 then applied the treaty provisionally with the others.
      expect(statusAt(lifecycle, party, '1992-11-08')).toBe(day < '1992-07-17' ? 'provisionally-applied' : 'ratified');
      expect(statusAt(lifecycle, party, '1992-11-09')).toBe('in-force');
    });
  }

  it("statusAt(cfe, 'GB', '1992-11-09') is 'in-force', and statusAt(cfe, 'GB', '2008-01-01') is 'in-force'", () => {
    const { lifecycle } = cfe();
    expect(statusAt(lifecycle, 'GB', '1992-11-09')).toBe('in-force');
    expect(statusAt(lifecycle, 'GB', '2008-01-01')).toBe('in-force');
  });

  it("statusAt(cfe, 'DE', '2008-01-01') is 'in-force': Russia's suspension was Russia's alone", () => {
    expect(statusAt(cfe().lifecycle, 'DE', '2008-01-01')).toBe('in-force');
  });

  it("statusAt(cfe, 'BY', '1992-10-30') is 'ratified' and statusAt(cfe, 'KZ', '1992-11-09') is 'in-force': the Soviet successor states ratified on their own account", () => {
    const { data, lifecycle } = cfe();
    expect(statusAt(lifecycle, 'BY', '1992-10-30')).toBe('ratified');
    expect(statusAt(lifecycle, 'KZ', '1992-11-09')).toBe('in-force');
    for (const party of ['BY', 'KZ'] as PartyId[])
      expect(data.events.some((e) => e.parties.includes(party) && e.type === 'succeeded')).toBe(false);
  });

  it("statusAt(cfe, 'CZ', '1993-01-01') is 'in-force': the Czech Republic succeeded Czechoslovakia, which had ratified on 1991-08-05", () => {
    const { data, lifecycle } = cfe();
    const succession = data.events.filter((e) => e.parties.includes('CZ') && e.type === 'succeeded');
    expect(succession.map((e) => [e.date, e.predecessor])).toEqual([['1993-01-01', 'CS']]);
    expect(statusAt(lifecycle, 'CZ', '1992-12-31')).toBe('not-signed');
    expect(statusAt(lifecycle, 'CZ', '1993-01-01')).toBe('in-force');
    expect(statusAt(lifecycle, 'CZ', '2023-11-06')).toBe('in-force');
    expect(statusAt(lifecycle, 'CS', '1992-11-09')).toBe('in-force');
  });

  it('records no ratification for a state whose deposit date could not be verified (the United States)', () => {
    const { data } = cfe();
    for (const party of RATIFICATION_UNVERIFIED)
      expect(data.events.some((e) => e.parties.includes(party) && e.type === 'ratified')).toBe(false);
  });

  it('cites the depositary for every ratification except the United Kingdom', () => {
    const { data } = cfe();
    for (const event of data.events.filter(
      (e) => e.type === 'ratified' && e.document === undefined && !e.parties.includes('GB'),
    )) {
      expect(event.sources.some((s) => s.url.startsWith('https://verdragen.nl/'))).toBe(true);
    }
  });

  it("statusAt(cfe, 'RU', '2007-12-12') is 'suspended', and the day before it is 'in-force'", () => {
    const { lifecycle } = cfe();
    expect(statusAt(lifecycle, 'RU', '2007-12-11')).toBe('in-force');
    expect(statusAt(lifecycle, 'RU', '2007-12-12')).toBe('suspended');
  });

  it("statusAt(cfe, 'RU', '2024-06-01') is 'withdrawn'", () => {
    expect(statusAt(cfe().lifecycle, 'RU', '2024-06-01')).toBe('withdrawn');
  });

  for (const [party, day] of Object.entries(ALLIED_SUSPENSIONS) as [PartyId, string][]) {
    it(`statusAt(cfe, '${party}', '${day}') is 'suspended', so is '2024-06-01', and the day before ${day} it is not 'suspended'`, () => {
      const { lifecycle } = cfe();
      expect(statusAt(lifecycle, party, dayBefore(day))).not.toBe('suspended');
      expect(statusAt(lifecycle, party, day)).toBe('suspended');
      expect(statusAt(lifecycle, party, '2024-06-01')).toBe('suspended');
    });
  }

  for (const [party, day] of Object.entries(ALLIED_ANNOUNCEMENTS) as [PartyId, string][]) {
    it(`statusAt(cfe, '${party}', '${day}') is 'suspension-notified', not 'suspended': the decision of ${day} is not the suspension taking effect, whose day was not found`, () => {
      const { data, lifecycle } = cfe();
      const own = data.events.filter((e) => e.parties.includes(party) && e.date >= '2023');
      expect(own.map((e) => [e.type, e.date])).toEqual([['suspension-notified', day]]);
      expect(statusAt(lifecycle, party, dayBefore(day))).toBe('in-force');
      expect(statusAt(lifecycle, party, day)).toBe('suspension-notified');
      expect(statusAt(lifecycle, party, '2024-06-01')).toBe('suspension-notified');
    });
  }

  it("statusAt(cfe, 'PL', '2024-06-01') is not 'suspended': the law of March 2024 only authorised the suspension", () => {
    expect(statusAt(cfe().lifecycle, 'PL', '2024-06-01')).not.toBe('suspended');
  });

  it("statusAt(cfe, 'BY', '2023-11-01') is not 'suspended': the October 2023 suspension towards Poland and the Czech Republic was partial", () => {
    expect(statusAt(cfe().lifecycle, 'BY', '2023-11-01')).not.toBe('suspended');
  });

  it("statusAt(cfe, 'BY', '2024-06-12') is 'suspended' after the law of May 2024, and not the day before", () => {
    const { lifecycle } = cfe();
    expect(statusAt(lifecycle, 'BY', '2024-06-11')).not.toBe('suspended');
    expect(statusAt(lifecycle, 'BY', '2024-06-12')).toBe('suspended');
  });

  it("statusAt(cfe, 'KZ', '2025-11-17') is 'suspended', and the day before it is not", () => {
    const { lifecycle } = cfe();
    expect(statusAt(lifecycle, 'KZ', '2025-11-16')).not.toBe('suspended');
    expect(statusAt(lifecycle, 'KZ', '2025-11-17')).toBe('suspended');
  });

  it("statusAt(cfe, 'all-parties', AS_OF) is still 'in-force': suspension is not termination", () => {
    expect(statusAt(cfe().lifecycle, 'all-parties', AS_OF)).toBe('in-force');
  });
});
