import { describe, expect, it } from 'vitest';
import { asOfGroups, asOfSummary, type InstrumentLanes } from '../../src/lib/explorer/as-of-summary.ts';

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
      { id: 'cfe', shortName: 'CFE', status: 'in-force', notes: ['Russia: suspended'], suspendedBy: ['Russia'] },
    ]);
    expect(groups.ended.map((e) => e.id)).toEqual(['inf']);
    expect(groups.pending.map((e) => e.id)).toEqual(['ctbt']);
    expect(groups['in-force']).toEqual([]);
  });
});

describe('asOfGroups(summary)', () => {
  it('asOfGroups() titles the non-empty groups in the status table order, with who suspended', () => {
    expect(asOfGroups(asOfSummary([cfe, inf, ctbt], '2020-01-01'))).toEqual([
      {
        title: 'Suspended by a party',
        entries: [{ id: 'cfe', shortName: 'CFE', href: '/treaties/cfe/', detail: 'suspended by Russia' }],
      },
      {
        title: 'Signed or adopted, not in force',
        entries: [{ id: 'ctbt', shortName: 'CTBT', href: '/treaties/ctbt/', detail: '' }],
      },
      { title: 'Ended', entries: [{ id: 'inf', shortName: 'INF', href: '/treaties/inf/', detail: '' }] },
    ]);
  });
});
