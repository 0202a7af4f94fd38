import { describe, expect, it } from 'vitest';
import { asOfGroups, asOfSentence, asOfSummary, type InstrumentLanes } from '../../src/lib/explorer/as-of-summary.ts';

const lanes = (
  id: string,
  whole: [string, string][],
  parties: Record<string, [string, string][]> = {},
): InstrumentLanes =>
  ({
    id,
    shortName: id.toUpperCase(),
    kind: 'treaty',
    lanes: [
      { party: 'all-parties', intervals: whole.map(([status, from]) => ({ status, from })) },
      ...Object.entries(parties).map(([party, intervals]) => ({
        party,
        intervals: intervals.map(([status, from]) => ({ status, from })),
      })),
    ],
  }) as InstrumentLanes;

const cfe = lanes(
  'cfe',
  [
    ['not-in-force', '1990-11-19'],
    ['provisionally-applied', '1992-07-17'],
    ['in-force', '1992-11-09'],
  ],
  {
    RU: [
      ['in-force', '1992-11-09'],
      ['suspended', '2007-12-12'],
    ],
  },
);
const inf = lanes('inf', [
  ['not-in-force', '1987-12-08'],
  ['in-force', '1988-06-01'],
  ['terminated', '2019-08-02'],
]);
const ctbt = lanes('ctbt', [['not-in-force', '1996-09-24']]);

describe('asOfSummary(instruments, day)', () => {
  it("asOfSummary(…, '1992-08-01') counts a provisionally applied treaty as in force", () => {
    const { groups } = asOfSummary([cfe, inf, ctbt], '1992-08-01');
    expect(groups['in-force'].map((e) => e.id)).toEqual(['cfe', 'inf']);
    expect(groups['not-yet'].map((e) => e.id)).toEqual(['ctbt']);
  });

  it("asOfSummary(…, '2020-01-01') puts CFE under suspended (by Russia), INF under ended, CTBT under not in force", () => {
    const { groups } = asOfSummary([cfe, inf, ctbt], '2020-01-01');
    expect(groups.suspended).toEqual([
      {
        id: 'cfe',
        shortName: 'CFE',
        status: 'in-force',
        others: [{ party: 'RU', status: 'suspended', since: '2007-12-12' }],
      },
    ]);
    expect(groups.ended.map((e) => e.id)).toEqual(['inf']);
    expect(groups.pending.map((e) => e.id)).toEqual(['ctbt']);
    expect(groups['in-force']).toEqual([]);
  });
});

describe('asOfGroups(summary)', () => {
  it('asOfGroups() titles the non-empty groups in the status table order, with who suspended and since when', () => {
    expect(asOfGroups(asOfSummary([cfe, inf, ctbt], '2020-01-01'))).toEqual([
      {
        title: 'Suspended by a party',
        entries: [
          { id: 'cfe', shortName: 'CFE', href: '/treaties/cfe/', detail: 'suspended by Russia since 12 December 2007' },
        ],
      },
      {
        title: 'Signed or adopted, not in force',
        entries: [{ id: 'ctbt', shortName: 'CTBT', href: '/treaties/ctbt/', detail: '' }],
      },
      { title: 'Ended', entries: [{ id: 'inf', shortName: 'INF', href: '/treaties/inf/', detail: '' }] },
    ]);
  });
});

describe('asOfSummary(instruments, day) and the parties that differ', () => {
  const cfe2 = lanes('cfe', [['in-force', '1992-11-09']], {
    RU: [['suspended', '2007-12-12']],
    US: [['withdrawn', '2010-01-01']],
    SU: [['dissolved', '1991-12-25']],
    UA: [['not-signed', '1992-01-01']],
    BY: [['in-force', '1992-11-09']],
  });

  it('asOfSummary notes every party in another status, and since when, but not those not signed, dissolved or in the same status', () => {
    const { day, groups } = asOfSummary([cfe2], '2020-01-01');
    expect(day).toBe('2020-01-01');
    expect(groups.suspended).toEqual([
      {
        id: 'cfe',
        shortName: 'CFE',
        status: 'in-force',
        others: [
          { party: 'RU', status: 'suspended', since: '2007-12-12' },
          { party: 'US', status: 'withdrawn', since: '2010-01-01' },
        ],
      },
    ]);
  });

  it('asOfSummary counts a party only from the day its status began', () => {
    // In 2000 Russia had not yet suspended, nor the United States withdrawn: before its first interval a lane is "not signed".
    const { groups } = asOfSummary([cfe2], '2000-01-01');
    expect(groups['in-force']).toEqual([{ id: 'cfe', shortName: 'CFE', status: 'in-force', others: [] }]);
    expect(groups.suspended).toEqual([]);
  });

  it("asOfSummary keeps an ended instrument under 'ended' even when a party had suspended it", () => {
    const ended = lanes('x', [['terminated', '2019-08-02']], { RU: [['suspended', '2007-12-12']] });
    const { groups } = asOfSummary([ended], '2020-01-01');
    expect(groups.ended.map((e) => [e.id, e.others])).toEqual([
      ['x', [{ party: 'RU', status: 'suspended', since: '2007-12-12' }]],
    ]);
    expect(groups.suspended).toEqual([]);
  });

  it("asOfSummary skips a second lane of 'all-parties'", () => {
    const twice = lanes('x', [['in-force', '1990']], { 'all-parties': [['suspended', '2000']] });
    expect(asOfSummary([twice], '2020-01-01').groups['in-force'][0]!.others).toEqual([]);
  });

  it('asOfSummary(instruments, day before any event) puts every instrument under "not yet"', () => {
    const { groups } = asOfSummary([cfe, inf], '1980-01-01');
    expect(groups['not-yet'].map((e) => [e.id, e.status])).toEqual([
      ['cfe', 'not-signed'],
      ['inf', 'not-signed'],
    ]);
  });
});

describe('asOfGroups(summary) details and asOfSentence(summary)', () => {
  const mixed = lanes('cfe', [['in-force', '1992-11-09']], {
    RU: [['suspended', '2007-12-12']],
    BY: [['suspended', '2008-01-01']],
    US: [['withdrawn', '2010-01-01']],
    GB: [['signed', '1990-01-01']],
  });

  it('asOfGroups lists who suspended first, then the other differences, each once', () => {
    expect(asOfGroups(asOfSummary([mixed], '2020-01-01'))).toEqual([
      {
        title: 'Suspended by a party',
        entries: [
          {
            id: 'cfe',
            shortName: 'CFE',
            href: '/treaties/cfe/',
            detail:
              'suspended by Russia since 12 December 2007, Belarus since 1 January 2008; United States: withdrawn; United Kingdom: signed, not ratified',
          },
        ],
      },
    ]);
  });

  it('asOfGroups gives a party that differs without suspending as the only detail', () => {
    const one = lanes('x', [['in-force', '1990']], { US: [['withdrawn', '2010']] });
    expect(asOfGroups(asOfSummary([one], '2020-01-01'))[0]!.entries[0]!.detail).toBe('United States: withdrawn');
  });

  it('asOfGroups(summary with nothing) is []', () => {
    expect(asOfGroups(asOfSummary([], '2020-01-01'))).toEqual([]);
  });

  it('asOfSentence says the day and one sentence per group, details in brackets', () => {
    expect(asOfSentence(asOfSummary([mixed, inf, ctbt], '2020-01-01'))).toBe(
      'On 1 January 2020. Suspended by a party: CFE (suspended by Russia since 12 December 2007, Belarus since 1 January 2008; United States: withdrawn; United Kingdom: signed, not ratified). Signed or adopted, not in force: CTBT. Ended: INF.',
    );
    expect(asOfSentence(asOfSummary([], '2020-01-01'))).toBe('On 1 January 2020. ');
  });
});

describe('asOfSentence(summary) with many parties', () => {
  const many = lanes(
    'ctbt',
    [['not-in-force', '1996-09-24']],
    Object.fromEntries([
      ...['AT', 'AU', 'BE', 'CA'].map((p) => [p, [['ratified', '1998-01-01']]]),
      ['IL', [['signed', '1996-09-25']]],
      ...['RU', 'BY', 'KZ', 'DE'].map((p) => [p, [['suspended', '2010-01-01']]]),
    ]),
  );

  it('counts the parties that share a status when more than three do, and names them when three or fewer do', () => {
    const sentence = asOfSentence(asOfSummary([many], '2020-01-01'));
    expect(sentence).toContain('suspended by 4 parties');
    expect(sentence).toContain('4 parties: ratified, not in force');
    expect(sentence).toContain('Israel: signed, not ratified');
    expect(sentence).not.toContain('Austria');
    // The summary below the timeline still names each of them.
    const [entry] = asOfGroups(asOfSummary([many], '2020-01-01'))[0]!.entries;
    expect(entry!.detail).toContain('Austria: ratified, not in force');
    expect(entry!.detail).toContain('Russia since 1 January 2010');
  });

  it('names three parties in one status, the most it names', () => {
    const three = lanes(
      'cfe',
      [['in-force', '1992-11-09']],
      Object.fromEntries(['RU', 'BY', 'KZ'].map((p) => [p, [['suspended', '2010-01-01']]])),
    );
    expect(asOfSentence(asOfSummary([three], '2020-01-01'))).toContain(
      'suspended by Russia since 1 January 2010, Belarus since 1 January 2010, Kazakhstan since 1 January 2010',
    );
  });
});
