import { describe, expect, it } from 'vitest';
import { AS_OF, contentModel as model, contentProblems as problems, dayBefore } from './content-model.ts';
import { statusAt } from '../../src/lib/model/lifecycle.ts';
import type { PartyId } from '../../src/lib/model/parties.ts';

/** The day after `day` (YYYY-MM-DD). */
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** For each state that left, the day its withdrawal took effect: six months after its notice reached the UN Secretary-General. */
const WITHDRAWALS: { id: string; party: PartyId; effective: string }[] = [
  { id: 'mine-ban-convention', party: 'EE', effective: '2025-12-27' },
  { id: 'mine-ban-convention', party: 'LV', effective: '2025-12-27' },
  { id: 'mine-ban-convention', party: 'LT', effective: '2025-12-27' },
  { id: 'mine-ban-convention', party: 'FI', effective: '2026-01-10' },
  { id: 'mine-ban-convention', party: 'PL', effective: '2026-02-20' },
  { id: 'cluster-munitions-convention', party: 'LT', effective: '2025-03-06' },
];

describe('the Ottawa and Oslo conventions in content/treaties/', () => {
  for (const id of ['mine-ban-convention', 'cluster-munitions-convention']) {
    it(`content/treaties/${id}.md validates without a single problem`, () => {
      expect(problems.filter((p) => p.file.endsWith(`${id}.md`))).toEqual([]);
      expect(model(id).data.events.every((e) => e.sources.length > 0)).toBe(true);
    });
  }
});

describe('withdrawals take effect on their own day', () => {
  for (const { id, party, effective } of WITHDRAWALS) {
    it(`statusAt(${id}, '${party}', '${dayBefore(effective)}') is 'in-force' and statusAt(${id}, '${party}', '${effective}') is 'withdrawn'`, () => {
      const { lifecycle } = model(id);
      expect(statusAt(lifecycle, party, dayBefore(effective))).toBe('in-force');
      expect(statusAt(lifecycle, party, effective)).toBe('withdrawn');
      expect(statusAt(lifecycle, party, dayAfter(effective))).toBe('withdrawn');
    });

    it(`${id}: ${party}'s withdrawn event is dated ${effective}`, () => {
      const { data } = model(id);
      const withdrawn = data.events
        .filter((e) => e.type === 'withdrawn' && e.parties.includes(party))
        .map((e) => e.date);
      expect(withdrawn).toEqual([effective]);
    });
  }

  it("statusAt(mine-ban-convention, 'EE', '2025-06-27') is still 'in-force': a notice is not the withdrawal", () => {
    expect(statusAt(model('mine-ban-convention').lifecycle, 'EE', '2025-06-27')).toBe('in-force');
  });

  it("statusAt(mine-ban-convention, 'PL', '2025-08-20') is still 'in-force': Poland's notice starts the six months", () => {
    expect(statusAt(model('mine-ban-convention').lifecycle, 'PL', '2025-08-20')).toBe('in-force');
  });
});

describe('participation begins where each state joined', () => {
  it("statusAt(mine-ban-convention, 'FI', '2012-01-08') is 'not-signed' and statusAt(mine-ban-convention, 'FI', '2012-01-09') is 'in-force' (accession)", () => {
    const { lifecycle } = model('mine-ban-convention');
    expect(statusAt(lifecycle, 'FI', '2012-01-08')).toBe('not-signed');
    expect(statusAt(lifecycle, 'FI', '2012-01-09')).toBe('in-force');
  });

  it("statusAt(mine-ban-convention, 'PL', '2010-01-01') is not 'in-force': Poland ratified only in December 2012", () => {
    const { lifecycle } = model('mine-ban-convention');
    expect(statusAt(lifecycle, 'PL', '2010-01-01')).not.toBe('in-force');
    expect(statusAt(lifecycle, 'PL', '2013-01-01')).toBe('in-force');
  });

  it("statusAt(mine-ban-convention, 'all-parties', AS_OF) is 'in-force': the convention outlives the withdrawals", () => {
    const { lifecycle, keyDates } = model('mine-ban-convention');
    expect(statusAt(lifecycle, 'all-parties', AS_OF)).toBe('in-force');
    expect(keyDates.inForce).toBe('1999-03-01');
  });

  it("statusAt(cluster-munitions-convention, 'all-parties', AS_OF) is 'in-force', in force since 2010-08-01", () => {
    const { lifecycle, keyDates } = model('cluster-munitions-convention');
    expect(statusAt(lifecycle, 'all-parties', AS_OF)).toBe('in-force');
    expect(keyDates.inForce).toBe('2010-08-01');
  });
});

describe('Ukraine: announced, suspended, never withdrawn', () => {
  it("statusAt(mine-ban-convention, 'UA', AS_OF) is 'suspended', not 'withdrawn', and no withdrawn event names Ukraine", () => {
    const { lifecycle, data } = model('mine-ban-convention');
    expect(statusAt(lifecycle, 'UA', '2025-07-17')).toBe('in-force');
    expect(statusAt(lifecycle, 'UA', AS_OF)).toBe('suspended');
    expect(data.events.some((e) => e.type === 'withdrawn' && e.parties.includes('UA'))).toBe(false);
  });
});
