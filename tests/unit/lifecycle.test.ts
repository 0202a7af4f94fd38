import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chronologicalOrder,
  deriveLifecycle,
  neverInForce,
  statedSpans,
  statusAt,
  statusInIntervals,
  takesEffect,
  type LifecycleInput,
} from '../../src/lib/model/lifecycle.ts';
import { dateStart, dateToTime, DAY_MS, timeToDay } from '../../src/lib/model/dates.ts';
import { EVENT_TYPE_IDS } from '../../src/lib/model/event-types.ts';
import { STATUS_IDS } from '../../src/lib/model/statuses.ts';
import { event } from './hand-made.ts';
import type { LifecycleEvent } from '../../src/lib/content/schema/event-schema.ts';

const suspendsThenWithdraws: LifecycleInput = {
  kind: 'treaty',
  events: [
    event('2023-11-07', 'withdrawn', ['RU']),
    event('1990-11-19', 'signed', ['US', 'SU']),
    event('1992-11-09', 'entered-into-force', ['all-parties']),
    event('1991-12-25', 'succeeded', ['RU'], { predecessor: 'SU' }),
    event('2007-07-14', 'withdrawal-announced', ['RU']),
    event('2007-12-12', 'suspended', ['RU']),
    event('1992-11-09', 'ratified', ['US']),
    event('1992-11-09', 'ratified', ['RU']),
  ],
};

describe('deriveLifecycle(instrument)', () => {
  it('deriveLifecycle(suspends then withdraws) gives Russia signed, in force, suspended, withdrawn', () => {
    const lifecycle = deriveLifecycle(suspendsThenWithdraws);
    expect(lifecycle.problems).toEqual([]);
    const russia = lifecycle.lanes.find((l) => l.party === 'RU')!;
    expect(russia.intervals.map(({ status, from, to }) => ({ status, from, to }))).toEqual([
      { status: 'signed', from: '1991-12-25', to: '1992-11-09' },
      { status: 'in-force', from: '1992-11-09', to: '2007-12-12' },
      { status: 'suspended', from: '2007-12-12', to: '2023-11-07' },
      { status: 'withdrawn', from: '2023-11-07', to: null },
    ]);
  });

  it('deriveLifecycle(suspends then withdraws) dissolves the Soviet Union at the succession', () => {
    const soviet = deriveLifecycle(suspendsThenWithdraws).lanes.find((l) => l.party === 'SU')!;
    expect(soviet.intervals.map((i) => [i.status, i.from])).toEqual([
      ['signed', '1990-11-19'],
      ['dissolved', '1991-12-25'],
    ]);
  });

  it('deriveLifecycle(instrument).chronology orders by date whatever the file order', () => {
    expect(deriveLifecycle(suspendsThenWithdraws).chronology).toEqual([1, 3, 6, 7, 2, 4, 5, 0]);
  });

  it('deriveLifecycle(year-only dates) keeps the precision and counts from the start of the year', () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [event('1991', 'signed', ['US', 'SU']), event('1994-12', 'entered-into-force', ['all-parties'])],
    });
    expect(lifecycle.lanes[0]!.intervals.map(({ status, from, to }) => ({ status, from, to }))).toEqual([
      { status: 'not-in-force', from: '1991', to: '1994-12' },
      { status: 'in-force', from: '1994-12', to: null },
    ]);
    expect(statusAt(lifecycle, 'all-parties', '1990-12-31')).toBe('not-signed');
    expect(statusAt(lifecycle, 'all-parties', '1991-01-01')).toBe('not-in-force');
    expect(statusAt(lifecycle, 'all-parties', '1994-12-01')).toBe('in-force');
  });

  it('deriveLifecycle(never in force) leaves the instrument not in force while a party revokes its ratification', () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1996-09-10', 'adopted', ['all-parties']),
        event('1996-09-24', 'opened-for-signature', ['all-parties']),
        event('1996-09-24', 'signed', ['US']),
        event('1996-09-24', 'signed', ['RU']),
        event('1999-10-13', 'ratification-rejected', ['US']),
        event('2000-06-30', 'ratified', ['RU']),
        event('2023-11-02', 'ratification-revoked', ['RU']),
      ],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(neverInForce(lifecycle)).toBe(true);
    expect(statusAt(lifecycle, 'all-parties', '2026-11-22')).toBe('not-in-force');
    expect(statusAt(lifecycle, 'RU', '2001-01-01')).toBe('ratified');
    expect(statusAt(lifecycle, 'RU', '2026-11-22')).toBe('signed');
    expect(statusAt(lifecycle, 'US', '2026-11-22')).toBe('signed');
  });

  it('deriveLifecycle(expires) ends the instrument and every party on the expiry date', () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('2010-04-08', 'signed', ['US', 'RU']),
        event('2011-02-05', 'entered-into-force', ['all-parties']),
        event('2021-02-03', 'extended', ['all-parties']),
        event('2023-02-28', 'suspended', ['RU']),
        event('2026-02-05', 'expired', ['all-parties']),
      ],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(neverInForce(lifecycle)).toBe(false);
    expect(statusAt(lifecycle, 'all-parties', '2026-02-04')).toBe('in-force');
    expect(statusAt(lifecycle, 'RU', '2026-02-04')).toBe('suspended');
    expect(statusAt(lifecycle, 'all-parties', '2026-02-06')).toBe('expired');
    expect(statusAt(lifecycle, 'RU', '2026-02-06')).toBe('expired');
    expect(statusAt(lifecycle, 'US', '2026-02-06')).toBe('expired');
  });

  it('deriveLifecycle(political document) is in effect from its adoption', () => {
    const lifecycle = deriveLifecycle({ kind: 'political', events: [event('1990-11-17', 'adopted', ['all-parties'])] });
    expect(statusAt(lifecycle, 'all-parties', '1990-11-17')).toBe('in-force');
  });

  it('deriveLifecycle(events on an associated document) shows them but changes no status', () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1990-11-19', 'signed', ['all-parties']),
        event('1992-11-09', 'entered-into-force', ['all-parties']),
        event('1999-11-19', 'signed', ['RU'], { document: 'Agreement on Adaptation' }),
        event('1992-10-01', 'ratified', ['RU']),
      ],
    });
    const russia = lifecycle.lanes.find((l) => l.party === 'RU')!;
    expect(russia.events).toEqual([3, 1, 2]);
    expect(statusAt(lifecycle, 'RU', '2000-01-01')).toBe('in-force');
  });

  it('deriveLifecycle(resumed) returns a party to the status it had before suspending', () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('2000', 'signed', ['US', 'RU']),
        event('2001', 'ratified', ['US', 'RU']),
        event('2001', 'entered-into-force', ['all-parties']),
        event('2005', 'suspended', ['US']),
        event('2006', 'resumed', ['US']),
      ],
    });
    expect(statusAt(lifecycle, 'US', '2005-06-01')).toBe('suspended');
    expect(statusAt(lifecycle, 'US', '2006-06-01')).toBe('in-force');
  });

  it('deriveLifecycle(a statement during a suspension) still resumes to the status before it', () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('2000', 'signed', ['US', 'RU']),
        event('2001', 'ratified', ['US', 'RU']),
        event('2001', 'entered-into-force', ['all-parties']),
        event('2005', 'suspended', ['RU']),
        event('2005-06', 'statement', ['RU']),
        event('2006', 'resumed', ['RU']),
      ],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'RU', '2006-06-01')).toBe('in-force');
  });
});

/** Each lane's intervals as [status, from, to], for compact comparisons. */
function intervalsOf(lifecycle: ReturnType<typeof deriveLifecycle>, party: string): [string, string, string | null][] {
  return lifecycle.lanes.find((l) => l.party === party)!.intervals.map((i) => [i.status, i.from, i.to]);
}

describe('deriveLifecycle: signature and provisional application are not ratification', () => {
  // An Ottawa-like convention: Poland signs at the conference, the convention enters into force for the
  // states that had ratified, and Poland ratifies only years later.
  const ottawa: LifecycleInput = {
    kind: 'treaty',
    events: [
      event('1997-12-03', 'opened-for-signature', ['all-parties']),
      event('1997-12-04', 'signed', ['PL']),
      event('1999-03-01', 'entered-into-force', ['all-parties']),
      event('2012-12-27', 'ratified', ['PL']),
    ],
  };

  it("deriveLifecycle: a state that only signed stays 'signed' when the treaty enters into force for all parties", () => {
    const lifecycle = deriveLifecycle(ottawa);
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'all-parties', '2000-01-01')).toBe('in-force');
    expect(statusAt(lifecycle, 'PL', '1999-03-01')).toBe('signed');
    expect(statusAt(lifecycle, 'PL', '2012-12-26')).toBe('signed');
    expect(intervalsOf(lifecycle, 'PL')).toEqual([
      ['signed', '1997-12-04', '2012-12-27'],
      ['in-force', '2012-12-27', null],
    ]);
  });

  it('deriveLifecycle: an entry into force for all parties is not drawn on the lane of a state it did not bind', () => {
    expect(deriveLifecycle(ottawa).lanes.find((l) => l.party === 'PL')!.events).toEqual([1, 3]);
  });

  it("deriveLifecycle: a state that ratified before the entry into force for all parties becomes 'in-force' with it", () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1997-12-03', 'signed', ['CA', 'PL']),
        event('1997-12-03', 'ratified', ['CA']),
        event('1999-03-01', 'entered-into-force', ['all-parties']),
      ],
    });
    expect(statusAt(lifecycle, 'CA', '1999-03-01')).toBe('in-force');
    expect(statusAt(lifecycle, 'PL', '1999-03-01')).toBe('signed');
  });

  it("deriveLifecycle: a bilateral treaty's exchange of instruments (both 'ratified' on the day of entry into force) leaves no interval of no length", () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1987-12-08', 'signed', ['US', 'SU']),
        event('1988-06-01', 'ratified', ['US', 'SU']),
        event('1988-06-01', 'entered-into-force', ['all-parties']),
      ],
    });
    expect(intervalsOf(lifecycle, 'US')).toEqual([
      ['signed', '1987-12-08', '1988-06-01'],
      ['in-force', '1988-06-01', null],
    ]);
    expect(lifecycle.lanes.find((l) => l.party === 'US')!.events).toEqual([0, 1, 2]);
  });

  it("deriveLifecycle: a bilateral treaty whose ratifications are not recorded leaves both parties 'signed' after its entry into force", () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [event('1987-12-08', 'signed', ['US', 'SU']), event('1988-06-01', 'entered-into-force', ['all-parties'])],
    });
    expect(statusAt(lifecycle, 'all-parties', '1988-06-01')).toBe('in-force');
    expect(statusAt(lifecycle, 'US', '1988-06-01')).toBe('signed');
    expect(statusAt(lifecycle, 'SU', '1988-06-01')).toBe('signed');
  });

  it("deriveLifecycle: a state's own entered-into-force event binds it without a recorded ratification (entry into force on signature)", () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [event('1987-09-15', 'signed', ['US', 'SU']), event('1987-09-15', 'entered-into-force', ['US', 'SU'])],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(intervalsOf(lifecycle, 'US')).toEqual([['in-force', '1987-09-15', null]]);
  });

  it("deriveLifecycle: a successor takes over its predecessor's ratification, so the entry into force binds it", () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1990-11-19', 'signed', ['US', 'SU']),
        event('1991-06-01', 'ratified', ['SU']),
        event('1991-12-25', 'succeeded', ['RU'], { predecessor: 'SU' }),
        event('1992-11-09', 'entered-into-force', ['all-parties']),
      ],
    });
    expect(statusAt(lifecycle, 'RU', '1992-11-09')).toBe('in-force');
    expect(statusAt(lifecycle, 'US', '1992-11-09')).toBe('signed');
  });

  it("deriveLifecycle: a state applying the treaty provisionally is 'in-force' once it enters into force for all; one that only signed stays 'signed'", () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1990-11-19', 'signed', ['all-parties']),
        event('1991-06-01', 'ratified', ['DE']),
        event('1992-07-17', 'provisionally-applied', ['all-parties']),
        event('1992-11-09', 'entered-into-force', ['all-parties']),
        event('1993-01-01', 'signed', ['UA']),
        event('2007-12-12', 'statement', ['RU']),
        event('2007-12-13', 'statement', ['nato-allies']),
      ],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'DE', '1992-07-17')).toBe('provisionally-applied');
    expect(statusAt(lifecycle, 'DE', '1992-11-09')).toBe('in-force');
    expect(statusAt(lifecycle, 'RU', '1992-07-17')).toBe('provisionally-applied');
    expect(statusAt(lifecycle, 'RU', '1992-11-09')).toBe('in-force');
    expect(statusAt(lifecycle, 'UA', '1993-01-01')).toBe('signed');
    // A group lane has no ratification of its own and follows the instrument.
    expect(statusAt(lifecycle, 'nato-allies', '1992-11-09')).toBe('in-force');
  });

  it('deriveLifecycle: an entry into force for all parties does not bring back a state that had withdrawn', () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1996-09-24', 'signed', ['US', 'RU']),
        event('1997-01-01', 'ratified', ['RU']),
        event('1998-01-01', 'withdrawn', ['RU']),
        event('2000-01-01', 'entered-into-force', ['all-parties']),
      ],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'RU', '2000-01-01')).toBe('withdrawn');
  });
});

describe("deriveLifecycle: a state's own later entry into force", () => {
  it("deriveLifecycle: a state that accedes after the entry into force is 'ratified' until its own later entered-into-force event", () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1992-03-24', 'signed', ['US']),
        event('2002-01-01', 'entered-into-force', ['all-parties']),
        event('2003-02-10', 'entered-into-force', ['FI']),
        event('2002-12-12', 'ratified', ['FI']),
      ],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(intervalsOf(lifecycle, 'FI')).toEqual([
      ['ratified', '2002-12-12', '2003-02-10'],
      ['in-force', '2003-02-10', null],
    ]);
  });

  it("deriveLifecycle: a state that accedes after the entry into force with no own entry into force recorded is 'in-force' at once", () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1997-12-03', 'opened-for-signature', ['all-parties']),
        event('1999-03-01', 'entered-into-force', ['all-parties']),
        event('2012-01-09', 'ratified', ['FI']),
      ],
    });
    expect(statusAt(lifecycle, 'FI', '2012-01-09')).toBe('in-force');
  });

  it('deriveLifecycle: a state that ratified shortly before the entry into force for all parties waits for its own recorded entry into force', () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1997-12-03', 'signed', ['AU']),
        event('1999-01-14', 'ratified', ['AU']),
        event('1999-03-01', 'entered-into-force', ['all-parties']),
        event('1999-07-01', 'entered-into-force', ['AU']),
      ],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'AU', '1999-03-01')).toBe('ratified');
    expect(statusAt(lifecycle, 'AU', '1999-07-01')).toBe('in-force');
  });

  it('deriveLifecycle: an entry into force recorded for a later re-accession does not hold back an earlier ratification', () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1990-01-01', 'entered-into-force', ['all-parties']),
        event('1995-01-01', 'ratified', ['NO']),
        event('2000-01-01', 'withdrawn', ['NO']),
        event('2005-01-01', 'ratified', ['NO']),
        event('2005-03-01', 'entered-into-force', ['NO']),
      ],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'NO', '1995-01-01')).toBe('in-force');
    expect(statusAt(lifecycle, 'NO', '2005-01-01')).toBe('ratified');
    expect(statusAt(lifecycle, 'NO', '2005-03-01')).toBe('in-force');
  });
});

describe('statusAt(lifecycle, party, day)', () => {
  it("statusAt(lifecycle, 'GB', day) falls back to the instrument's status for a party without a lane", () => {
    const lifecycle = deriveLifecycle(suspendsThenWithdraws);
    expect(statusAt(lifecycle, 'GB', '2008-01-01')).toBe('in-force');
  });

  it("statusAt(lifecycle, 'RU', '2008-01-01') is 'suspended' and withdrawn from the day the withdrawal took effect", () => {
    const lifecycle = deriveLifecycle(suspendsThenWithdraws);
    expect(statusAt(lifecycle, 'RU', '2008-01-01')).toBe('suspended');
    expect(statusAt(lifecycle, 'RU', '2023-11-06')).toBe('suspended');
    expect(statusAt(lifecycle, 'RU', '2023-11-07')).toBe('withdrawn');
  });
});

describe('deriveLifecycle: a state that split with no continuing state', () => {
  it("deriveLifecycle: Czechoslovakia is 'dissolved' from the Czech Republic's succession, which takes over its status", () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1990-11-19', 'signed', ['all-parties']),
        event('1991-08-05', 'ratified', ['CS']),
        event('1992-11-09', 'entered-into-force', ['all-parties']),
        { ...event('1993-01-01', 'succeeded', ['CZ']), predecessor: 'CS' },
      ],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'CS', '1992-12-31')).toBe('in-force');
    expect(statusAt(lifecycle, 'CS', '1993-01-01')).toBe('dissolved');
    expect(statusAt(lifecycle, 'CZ', '1993-01-01')).toBe('in-force');
  });
});

describe('deriveLifecycle(instrument).problems', () => {
  /** The problems of a treaty's events, as [event index, message]. */
  const problems = (...events: LifecycleEvent[]) =>
    deriveLifecycle({ kind: 'treaty', events }).problems.map((p) => [p.eventIndex, p.message]);

  it('deriveLifecycle names the event type and date of a step that does not make sense, and its index', () => {
    expect(problems(event('1990-11-19', 'signed', ['US']), event('1991-03', 'signed', ['US']))).toEqual([
      [1, expect.stringMatching(/^Signed on March 1991: United States had already signed/)],
    ]);
  });

  it('deriveLifecycle refuses a second ratification, a ratification rejected before signature and a revocation without ratification', () => {
    expect(problems(event('1990', 'ratified', ['US']), event('1991', 'ratified', ['US']))).toEqual([
      [1, expect.stringContaining('United States had already ratified')],
    ]);
    expect(problems(event('1990', 'ratification-rejected', ['US']))).toEqual([
      [0, expect.stringContaining('United States had not signed, so no ratification could be rejected')],
    ]);
    expect(problems(event('1990', 'signed', ['US']), event('1991', 'ratification-revoked', ['US']))).toEqual([
      [1, expect.stringContaining('United States had not ratified, so no ratification could be revoked')],
    ]);
  });

  it("deriveLifecycle refuses a state's own entry into force, suspension or withdrawal before it joined", () => {
    expect(problems(event('1990', 'statement', ['US']), event('1991', 'entered-into-force', ['US']))).toEqual([
      [1, expect.stringContaining('United States has no signature or ratification before this entry into force')],
    ]);
    expect(problems(event('1990', 'statement', ['US']), event('1991', 'suspended', ['US']))).toEqual([
      [
        1,
        expect.stringContaining(
          'United States had not signed, nor was the instrument in force for it, so it could not suspend',
        ),
      ],
    ]);
    for (const type of ['withdrawal-announced', 'withdrawal-notified', 'withdrawn'] as const)
      expect(problems(event('1990', 'statement', ['US']), event('1991', type, ['US'])), type).toEqual([
        [1, expect.stringContaining('so it could not withdraw')],
      ]);
  });

  it('deriveLifecycle refuses a second suspension and a resumption without one', () => {
    expect(
      problems(event('1990', 'signed', ['US']), event('1991', 'suspended', ['US']), event('1992', 'suspended', ['US'])),
    ).toEqual([[2, expect.stringContaining('United States had already suspended the instrument')]]);
    expect(problems(event('1990', 'signed', ['US']), event('1991', 'resumed', ['US']))).toEqual([
      [1, expect.stringContaining('United States had not suspended the instrument, so it cannot resume')],
    ]);
  });

  it('deriveLifecycle lets the instrument as a whole be suspended or withdrawn from once in force, not before', () => {
    expect(
      problems(event('1990', 'entered-into-force', ['all-parties']), event('1991', 'suspended', ['all-parties'])),
    ).toEqual([]);
    expect(problems(event('1990', 'withdrawn', ['all-parties']))).toEqual([
      [0, expect.stringContaining('the instrument had not signed')],
    ]);
  });

  it('deriveLifecycle refuses any step after a withdrawal but a statement or a re-entry', () => {
    const left = [event('1990', 'ratified', ['US']), event('1995', 'withdrawn', ['US'])];
    expect(problems(...left, event('1996', 'suspended', ['US']))).toEqual([
      [
        2,
        expect.stringContaining(
          'United States had already withdrawn; only a "statement" or a documented re-entry can follow',
        ),
      ],
    ]);
    expect(problems(...left, event('1996', 'statement', ['US']))).toEqual([]);
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [...left, event('2000', 'signed', ['US']), event('2001', 'ratified', ['US'])],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'US', '2000-06-01')).toBe('signed');
    expect(statusAt(lifecycle, 'US', '2002-01-01')).toBe('ratified');
  });

  it('deriveLifecycle brings a withdrawn state back in force by its own entry into force, but not by one for all parties', () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1990', 'ratified', ['US']),
        event('1991', 'entered-into-force', ['all-parties']),
        event('1995', 'withdrawn', ['US']),
        event('1999', 'entered-into-force', ['all-parties'], { document: 'Protocol' }),
        event('2000', 'ratified', ['US']),
        event('2003', 'entered-into-force', ['US']),
      ],
    });
    expect(lifecycle.problems).toEqual([]);
    // Re-acceding while the treaty is in force, with its own later entry into force recorded, it waits for that.
    expect(statusAt(lifecycle, 'US', '2001-01-01')).toBe('ratified');
    expect(statusAt(lifecycle, 'US', '2004-01-01')).toBe('in-force');
  });

  it('deriveLifecycle refuses every step but a statement once the instrument as a whole has ended', () => {
    const ended = [event('1990', 'signed', ['US', 'RU']), event('2000', 'terminated', ['all-parties'])];
    expect(problems(...ended, event('2001', 'ratified', ['US']))).toEqual([
      [2, expect.stringContaining('the instrument had already terminated; only a "statement" can follow')],
    ]);
    expect(problems(...ended, event('2001', 'statement', ['RU']))).toEqual([]);
    const withdrawn = [
      event('1990', 'entered-into-force', ['all-parties']),
      event('2000', 'withdrawn', ['all-parties']),
    ];
    expect(problems(...withdrawn, event('2001', 'signed', ['US']))).toEqual([
      [2, expect.stringContaining('the instrument had already ended')],
    ]);
  });

  it('deriveLifecycle refuses a step of the whole instrument after it expired', () => {
    expect(
      problems(
        event('1990', 'entered-into-force', ['all-parties']),
        event('2000', 'expired', ['all-parties']),
        event('2001', 'extended', ['all-parties']),
      ),
    ).toEqual([
      [
        2,
        expect.stringContaining(
          'the instrument had already expired; only a "statement" or a documented re-entry can follow',
        ),
      ],
    ]);
  });

  it('deriveLifecycle refuses a step of a state that had ceased to exist', () => {
    expect(
      problems(
        event('1990', 'signed', ['SU']),
        event('1991-12-25', 'succeeded', ['RU'], { predecessor: 'SU' }),
        event('1992', 'ratified', ['SU']),
      ),
    ).toEqual([[2, expect.stringContaining('Soviet Union had already ceased to exist')]]);
  });

  it('deriveLifecycle refuses a succession without a predecessor, from one that never acted, or from one that was not a party', () => {
    expect(problems(event('1992', 'succeeded', ['RU']))).toEqual([
      [0, expect.stringContaining('a succession needs the predecessor')],
    ]);
    expect(problems(event('1992', 'succeeded', ['RU'], { predecessor: 'SU' }))).toEqual([
      [0, expect.stringContaining('the predecessor SU acts in no earlier event of this instrument')],
    ]);
    expect(
      problems(event('1990', 'statement', ['SU']), event('1992', 'succeeded', ['RU'], { predecessor: 'SU' })),
    ).toEqual([
      [1, expect.stringContaining('the predecessor Soviet Union was not a party when the succession took place')],
    ]);
  });

  it('deriveLifecycle lets a group event pass a state that has left without a problem', () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1990', 'ratified', ['US', 'RU']),
        event('1991', 'entered-into-force', ['all-parties']),
        event('1995', 'withdrawn', ['US']),
        event('2000', 'suspended', ['all-parties']),
      ],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'US', '2001-01-01')).toBe('withdrawn');
    expect(statusAt(lifecycle, 'RU', '2001-01-01')).toBe('suspended');
  });

  it('deriveLifecycle: a successor split from its predecessor takes over, and the second successor takes over the status at dissolution', () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [
        event('1990', 'ratified', ['CS']),
        event('1991', 'entered-into-force', ['all-parties']),
        event('1993-01-01', 'succeeded', ['CZ'], { predecessor: 'CS' }),
        event('1993-02-01', 'succeeded', ['SK'], { predecessor: 'CS' }),
      ],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(['CS', 'CZ', 'SK'].map((p) => statusAt(lifecycle, p as 'CS', '1994-01-01'))).toEqual([
      'dissolved',
      'in-force',
      'in-force',
    ]);
    expect(lifecycle.lanes.find((l) => l.party === 'CS')!.events).toEqual([0, 1, 2, 3]);
  });
});

describe('chronologicalOrder(events) and statusInIntervals(intervals, day)', () => {
  it('chronologicalOrder sorts by date, then lifecycle order, then place in the file', () => {
    expect(
      chronologicalOrder([
        event('1992', 'entered-into-force', ['all-parties']),
        event('1992', 'signed', ['US']),
        event('1991-06', 'signed', ['RU']),
        event('1992', 'signed', ['FR']),
      ]),
    ).toEqual([2, 1, 3, 0]);
  });

  it("statusInIntervals(intervals, day) is 'not-signed' before the first interval and the last begun on or before the day", () => {
    const intervals = [
      { status: 'signed' as const, from: '1990-05' },
      { status: 'in-force' as const, from: '1992-11-09' },
    ];
    expect(statusInIntervals(intervals, '1990-04-30')).toBe('not-signed');
    expect(statusInIntervals(intervals, '1990-05-01')).toBe('signed');
    expect(statusInIntervals(intervals, '1992-11-08')).toBe('signed');
    expect(statusInIntervals(intervals, '1992-11-09')).toBe('in-force');
    expect(statusInIntervals([], '1992-11-09')).toBe('not-signed');
  });
});

describe('deriveLifecycle for a politically binding document', () => {
  it("statusAt(political adopted 1990-11-17, in effect 1991-01-01, 'RU', '1990-12-01') is 'not-in-force', then 'in-force'", () => {
    const lifecycle = deriveLifecycle({
      kind: 'political',
      events: [
        event('1990-11-17', 'adopted', ['all-parties']),
        event('1991-01-01', 'entered-into-force', ['all-parties']),
        event('2021-04-10', 'statement', ['RU']),
      ],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'RU', '1990-12-01')).toBe('not-in-force');
    expect(statusAt(lifecycle, 'RU', '1991-01-01')).toBe('in-force');
    expect(statusAt(lifecycle, 'all-parties', '1990-12-01')).toBe('not-in-force');
  });

  it("statusAt(political adopted with no recorded day of effect, 'all-parties', its day) is 'in-force'", () => {
    const lifecycle = deriveLifecycle({ kind: 'political', events: [event('1990-11-17', 'adopted', ['all-parties'])] });
    expect(statusAt(lifecycle, 'all-parties', '1990-11-17')).toBe('in-force');
  });
});

/** The lifecycle of a treaty with these events. */
const treaty = (...events: LifecycleEvent[]) => deriveLifecycle({ kind: 'treaty', events });

describe('takesEffect(event): an expiry ends with its day', () => {
  /** Any day from 1950 to 2049. */
  const aDay = fc
    .integer({ min: dateToTime('1950-01-01') / DAY_MS, max: dateToTime('2049-12-31') / DAY_MS })
    .map((d) => timeToDay(d * DAY_MS));
  /** The same day, or only its month, or only its year. */
  const aDate = fc.tuple(aDay, fc.constantFrom(4, 7, 10)).map(([day, length]) => day.slice(0, length));

  it('takesEffect(event) is the day after an expiry dated to the day', () => {
    fc.assert(
      fc.property(aDay, (day) => {
        const next = takesEffect({ date: day, type: 'expired' });
        expect(dateToTime(next) - dateToTime(day)).toBe(DAY_MS);
        expect(next).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });

  it('takesEffect(event) is the date itself for every other step, and for an expiry known only to its month or year', () => {
    const others = EVENT_TYPE_IDS.filter((type) => type !== 'expired');
    fc.assert(
      fc.property(aDate, fc.constantFrom(...others), (date, type) => {
        expect(takesEffect({ date, type })).toBe(date);
      }),
    );
    fc.assert(
      fc.property(aDay, fc.constantFrom(4, 7), (day, length) => {
        expect(takesEffect({ date: day.slice(0, length), type: 'expired' })).toBe(day.slice(0, length));
      }),
    );
  });

  it("statusAt(treaty expiring on 5 February 2026, 'all-parties', day) is 'in-force' all that day and 'expired' from the 6th", () => {
    const lifecycle = treaty(
      event('2011-02-05', 'entered-into-force', ['all-parties']),
      event('2026-02-05', 'expired', ['all-parties']),
    );
    expect(statusAt(lifecycle, 'all-parties', '2026-02-05')).toBe('in-force');
    expect(statusAt(lifecycle, 'all-parties', '2026-02-06')).toBe('expired');
    expect(intervalsOf(lifecycle, 'all-parties')).toEqual([
      ['in-force', '2011-02-05', '2026-02-06'],
      ['expired', '2026-02-06', null],
    ]);
  });

  it('statedSpans(intervals, events) dates the expiry on its own day, 5 February 2026, though it is drawn from the 6th', () => {
    const events = [
      event('2010-04-08', 'signed', ['US', 'RU']),
      event('2011-02-05', 'entered-into-force', ['all-parties']),
      event('2026-02-05', 'expired', ['all-parties']),
    ];
    const lifecycle = treaty(...events);
    const whole = lifecycle.lanes[0]!.intervals;
    expect(whole.map((i) => [i.from, i.to])).toEqual([
      ['2010-04-08', '2011-02-05'],
      ['2011-02-05', '2026-02-06'],
      ['2026-02-06', null],
    ]);
    expect(statedSpans(whole, events)).toEqual([
      { from: '2010-04-08', to: '2011-02-05' },
      { from: '2011-02-05', to: '2026-02-05' },
      { from: '2026-02-05', to: null },
    ]);
  });

  it('deriveLifecycle(an expiry known only to its month) ends the instrument from the start of that month', () => {
    const lifecycle = treaty(
      event('2011-02-05', 'entered-into-force', ['all-parties']),
      event('2026-02', 'expired', ['all-parties']),
    );
    expect(intervalsOf(lifecycle, 'all-parties').at(-1)).toEqual(['expired', '2026-02', null]);
  });
});

describe("deriveLifecycle: when a state's own lane begins", () => {
  it('deriveLifecycle: a state that enters by provisional application was not among the earlier signatories', () => {
    const lifecycle = treaty(
      event('1990-11-19', 'signed', ['all-parties']),
      event('1992-07-17', 'provisionally-applied', ['DE']),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'all-parties', '1991-01-01')).toBe('not-in-force');
    expect(statusAt(lifecycle, 'DE', '1991-01-01')).toBe('not-signed');
    expect(intervalsOf(lifecycle, 'DE')).toEqual([['provisionally-applied', '1992-07-17', null]]);
  });

  it("deriveLifecycle: a successor's lane begins at its succession, not at its predecessor's signature", () => {
    const lifecycle = treaty(
      event('1990-11-19', 'signed', ['all-parties']),
      event('1991-06-01', 'ratified', ['SU']),
      event('1991-12-25', 'succeeded', ['RU'], { predecessor: 'SU' }),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(intervalsOf(lifecycle, 'RU')).toEqual([['ratified', '1991-12-25', null]]);
    expect(intervalsOf(lifecycle, 'SU')).toEqual([
      ['ratified', '1991-06-01', '1991-12-25'],
      ['dissolved', '1991-12-25', null],
    ]);
  });

  it('deriveLifecycle: a state whose first own event is its entry into force is not covered by the original signature', () => {
    const events = [event('1990-11-19', 'signed', ['all-parties']), event('1995-01-01', 'entered-into-force', ['FI'])];
    expect(deriveLifecycle({ kind: 'treaty', events }).problems).toEqual([
      {
        eventIndex: 1,
        message:
          'Entered into force on 1 January 1995: Finland has no signature or ratification before this entry into ' +
          "force — add the party's signature or ratification first, or use parties: [all-parties]",
      },
    ]);
  });

  it('deriveLifecycle: a state whose first own event is a statement follows every step of all parties from the start', () => {
    const lifecycle = treaty(
      event('1990-11-19', 'signed', ['all-parties']),
      event('1999-11-19', 'signed', ['RU'], { document: 'Agreement on Adaptation' }),
      event('2007-07-14', 'statement', ['RU']),
    );
    // Its signature of the associated document is not its entry into the instrument.
    expect(statusAt(lifecycle, 'RU', '1995-01-01')).toBe('signed');
    expect(lifecycle.lanes.find((l) => l.party === 'RU')!.events).toEqual([0, 1, 2]);
  });

  it('deriveLifecycle: a state named only in events of an associated document has a lane that shows them', () => {
    const lifecycle = treaty(
      event('1990-11-19', 'signed', ['all-parties']),
      event('1999-11-19', 'signed', ['RU'], { document: 'Agreement on Adaptation' }),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(lifecycle.lanes.map((l) => [l.party, l.events])).toEqual([
      ['all-parties', [0]],
      ['RU', [0, 1]],
    ]);
  });

  it('deriveLifecycle draws the instrument lane first even when no event names all parties, and no lane for a party whose only step was refused', () => {
    const lifecycle = treaty(event('1990', 'signed', ['US']), event('1991', 'resumed', ['GB']));
    expect(lifecycle.problems.map((p) => p.eventIndex)).toEqual([1]);
    expect(lifecycle.lanes.map((l) => l.party)).toEqual(['all-parties', 'US']);
    expect(statusAt(lifecycle, 'GB', '1992-01-01')).toBe('not-in-force');
  });
});

describe('deriveLifecycle: the instrument as a whole before it enters into force', () => {
  for (const type of ['signed', 'ratified', 'provisionally-applied'] as const)
    it(`deriveLifecycle: one state's first step '${type}' shows the instrument exists, not yet in force`, () => {
      const lifecycle = treaty(event('1990-05-01', type, ['US']));
      expect(lifecycle.problems).toEqual([]);
      expect(intervalsOf(lifecycle, 'all-parties')).toEqual([['not-in-force', '1990-05-01', null]]);
    });

  it("deriveLifecycle: a state's statement before anything else opens nothing", () => {
    const lifecycle = treaty(event('1990-05-01', 'statement', ['US']));
    expect(intervalsOf(lifecycle, 'all-parties')).toEqual([]);
  });

  it("deriveLifecycle: the instrument is 'negotiating' from the opening of negotiations until the first signature; no state is", () => {
    const lifecycle = treaty(
      event('1989-03-09', 'negotiations-opened', ['all-parties']),
      event('1990-01-01', 'statement', ['US']),
      event('1990-11-19', 'signed', ['US']),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(intervalsOf(lifecycle, 'all-parties')).toEqual([
      ['negotiating', '1989-03-09', '1990-11-19'],
      ['not-in-force', '1990-11-19', null],
    ]);
    expect(statusAt(lifecycle, 'US', '1990-06-01')).toBe('not-signed');
    expect(statusAt(lifecycle, 'US', '1990-11-19')).toBe('signed');
  });

  it('deriveLifecycle: negotiations, an update or a signature for all parties once the instrument is in force change no status', () => {
    const lifecycle = treaty(
      event('1990-11-19', 'signed', ['US', 'RU']),
      event('1992-11-09', 'entered-into-force', ['all-parties']),
      event('1993-01-01', 'ratified', ['GB']),
      event('2000-01-01', 'negotiations-opened', ['all-parties']),
      event('2001-01-01', 'updated', ['all-parties']),
      event('2002-01-01', 'signed', ['all-parties']),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(intervalsOf(lifecycle, 'all-parties')).toEqual([
      ['not-in-force', '1990-11-19', '1992-11-09'],
      ['in-force', '1992-11-09', null],
    ]);
    expect(intervalsOf(lifecycle, 'US')).toEqual([['signed', '1990-11-19', null]]);
    expect(intervalsOf(lifecycle, 'GB')).toEqual([['in-force', '1993-01-01', null]]);
  });

  it("deriveLifecycle: the opening for signature signs no state, and a signature or ratification for all parties leaves the instrument 'not-in-force'", () => {
    const lifecycle = treaty(
      event('1996-09-10', 'adopted', ['all-parties']),
      event('1996-09-24', 'opened-for-signature', ['all-parties']),
      event('1996-09-24', 'statement', ['US']),
      event('1997-01-01', 'signed', ['all-parties']),
      event('1998-01-01', 'ratified', ['all-parties']),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'US', '1996-12-31')).toBe('not-signed');
    expect(statusAt(lifecycle, 'US', '1997-01-01')).toBe('signed');
    expect(statusAt(lifecycle, 'US', '1998-01-01')).toBe('ratified');
    expect(intervalsOf(lifecycle, 'all-parties')).toEqual([['not-in-force', '1996-09-10', null]]);
  });

  it('deriveLifecycle: a state acceding once the instrument is in force leaves the instrument in force', () => {
    const lifecycle = treaty(
      event('1999-03-01', 'entered-into-force', ['all-parties']),
      event('2012-01-09', 'ratified', ['FI']),
      event('2013-01-09', 'signed', ['PL']),
    );
    expect(intervalsOf(lifecycle, 'all-parties')).toEqual([['in-force', '1999-03-01', null]]);
  });
});

describe('deriveLifecycle: suspending, resuming, revoking and coming back', () => {
  const inForce = [
    event('1990-01-01', 'signed', ['US', 'RU']),
    event('1991-01-01', 'ratified', ['US', 'RU']),
    event('1992-01-01', 'entered-into-force', ['all-parties']),
  ];

  it("deriveLifecycle: a notified suspension is 'suspension-notified' until its dated effect, and a resumption ends either", () => {
    const lifecycle = treaty(
      ...inForce,
      event('2000-01-01', 'suspension-notified', ['RU']),
      event('2000-06-01', 'suspended', ['RU']),
      event('2005-01-01', 'resumed', ['RU']),
      event('2010-01-01', 'suspension-notified', ['US']),
      event('2011-01-01', 'resumed', ['US']),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(intervalsOf(lifecycle, 'RU').slice(3)).toEqual([
      ['suspension-notified', '2000-01-01', '2000-06-01'],
      ['suspended', '2000-06-01', '2005-01-01'],
      ['in-force', '2005-01-01', null],
    ]);
    expect(intervalsOf(lifecycle, 'US').slice(3)).toEqual([
      ['suspension-notified', '2010-01-01', '2011-01-01'],
      ['in-force', '2011-01-01', null],
    ]);
  });

  it('deriveLifecycle lets a state that notified a suspension withdraw', () => {
    const lifecycle = treaty(
      ...inForce,
      event('2000-01-01', 'suspension-notified', ['RU']),
      event('2001-01-01', 'withdrawal-notified', ['RU']),
      event('2001-07-01', 'withdrawn', ['RU']),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'RU', '2001-03-01')).toBe('suspension-notified');
    expect(statusAt(lifecycle, 'RU', '2001-07-01')).toBe('withdrawn');
  });

  it('deriveLifecycle refuses a second notice of suspension, and a notice after the suspension took effect', () => {
    const problems = (...more: LifecycleEvent[]) => treaty(...inForce, ...more).problems;
    const again = 'Russia had already suspended the instrument — use "resumed" first, or check the event type';
    expect(
      problems(event('2000-01-01', 'suspension-notified', ['RU']), event('2000-02-01', 'suspension-notified', ['RU'])),
    ).toEqual([{ eventIndex: 4, message: `Suspension notified on 1 February 2000: ${again}` }]);
    expect(
      problems(event('2000-01-01', 'suspended', ['RU']), event('2000-02-01', 'suspension-notified', ['RU'])),
    ).toEqual([{ eventIndex: 4, message: `Suspension notified on 1 February 2000: ${again}` }]);
  });

  it("deriveLifecycle: a suspension lifted on the day it began leaves one unbroken interval 'in-force'", () => {
    const lifecycle = treaty(
      ...inForce,
      event('2000-01-01', 'suspended', ['US']),
      event('2000-01-01', 'resumed', ['US']),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(intervalsOf(lifecycle, 'US')).toEqual([
      ['signed', '1990-01-01', '1991-01-01'],
      ['ratified', '1991-01-01', '1992-01-01'],
      ['in-force', '1992-01-01', null],
    ]);
  });

  it("deriveLifecycle: revoking a ratification made the treaty in force takes the state back to 'signed', which a later entry into force does not bind", () => {
    const lifecycle = treaty(
      event('1990-01-01', 'signed', ['US', 'RU']),
      event('1991-01-01', 'ratified', ['RU']),
      event('1992-01-01', 'entered-into-force', ['RU']),
      event('1993-01-01', 'ratification-revoked', ['RU']),
      event('1994-01-01', 'ratified', ['US']),
      event('1995-01-01', 'entered-into-force', ['all-parties']),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'RU', '1993-01-01')).toBe('signed');
    expect(statusAt(lifecycle, 'RU', '1995-01-01')).toBe('signed');
    expect(statusAt(lifecycle, 'US', '1995-01-01')).toBe('in-force');
  });

  it("deriveLifecycle: a state that withdrew and signed again is only 'signed' when the treaty enters into force for all", () => {
    const lifecycle = treaty(
      event('1990-01-01', 'ratified', ['RU']),
      event('1991-01-01', 'withdrawn', ['RU']),
      event('1992-01-01', 'signed', ['RU']),
      event('1995-01-01', 'entered-into-force', ['all-parties']),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'RU', '1995-01-01')).toBe('signed');
  });

  it('deriveLifecycle: a state that withdrew is back in force by its own entry into force alone', () => {
    const lifecycle = treaty(
      event('1990-01-01', 'signed', ['US', 'RU']),
      event('1991-01-01', 'entered-into-force', ['US', 'RU']),
      event('1995-01-01', 'withdrawn', ['US']),
      event('2000-01-01', 'entered-into-force', ['US']),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(intervalsOf(lifecycle, 'US').slice(2)).toEqual([
      ['withdrawn', '1995-01-01', '2000-01-01'],
      ['in-force', '2000-01-01', null],
    ]);
  });

  it('deriveLifecycle refuses a second ratification from a state already in force, and lets it revoke the ratification', () => {
    const problems = (...more: LifecycleEvent[]) => treaty(...inForce, ...more).problems.map((p) => p.message);
    expect(problems(event('2000-01-01', 'ratified', ['US']))).toEqual([
      'Ratified on 1 January 2000: United States had already ratified — check the event type (a second step may be "entered-into-force")',
    ]);
    expect(problems(event('2000-01-01', 'ratification-revoked', ['US']))).toEqual([]);
  });

  it('deriveLifecycle lets all parties withdraw from an instrument in force, ending it', () => {
    const lifecycle = treaty(...inForce, event('2000-01-01', 'withdrawn', ['all-parties']));
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'all-parties', '2000-01-01')).toBe('withdrawn');
  });
});

describe('deriveLifecycle: entry into force, for all and for one', () => {
  it("deriveLifecycle: a group lane (such as 'nato-allies') that signed follows the instrument into force, having no ratification of its own", () => {
    const lifecycle = treaty(
      event('1990-11-19', 'signed', ['nato-allies', 'SU']),
      event('1992-11-09', 'entered-into-force', ['all-parties']),
    );
    expect(statusAt(lifecycle, 'nato-allies', '1992-11-09')).toBe('in-force');
    expect(statusAt(lifecycle, 'SU', '1992-11-09')).toBe('signed');
  });

  it("deriveLifecycle: a ratification after the entry into force binds at once, whatever other states' or associated documents' entries into force follow", () => {
    const lifecycle = treaty(
      event('1999-03-01', 'entered-into-force', ['all-parties']),
      event('2012-01-09', 'ratified', ['FI']),
      event('2012-07-01', 'entered-into-force', ['AU']),
      event('2013-01-01', 'entered-into-force', ['FI'], { document: 'Amended Protocol II' }),
    );
    expect(statusAt(lifecycle, 'FI', '2012-01-09')).toBe('in-force');
  });

  it("deriveLifecycle: a ratification revoked before the state's own recorded entry into force does not wait for it", () => {
    const lifecycle = treaty(
      event('1999-03-01', 'entered-into-force', ['all-parties']),
      event('2012-01-09', 'ratified', ['FI']),
      event('2013-01-01', 'ratification-revoked', ['FI']),
      event('2014-01-01', 'ratified', ['FI']),
      event('2014-06-01', 'entered-into-force', ['FI']),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'FI', '2012-01-09')).toBe('in-force');
    expect(statusAt(lifecycle, 'FI', '2014-01-01')).toBe('ratified');
  });

  it("deriveLifecycle: a state's statement between its ratification and its own recorded entry into force does not end the wait", () => {
    const lifecycle = treaty(
      event('1999-03-01', 'entered-into-force', ['all-parties']),
      event('2012-01-09', 'ratified', ['FI']),
      event('2012-03-01', 'statement', ['FI']),
      event('2012-07-01', 'entered-into-force', ['FI']),
    );
    expect(intervalsOf(lifecycle, 'FI')).toEqual([
      ['ratified', '2012-01-09', '2012-07-01'],
      ['in-force', '2012-07-01', null],
    ]);
  });

  it("deriveLifecycle: a ratification withdrawn before the state's own recorded entry into force on re-entry does not wait for it", () => {
    const lifecycle = treaty(
      event('1999-03-01', 'entered-into-force', ['all-parties']),
      event('2012-01-09', 'ratified', ['FI']),
      event('2013-01-01', 'withdrawn', ['FI']),
      event('2014-06-01', 'entered-into-force', ['FI']),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'FI', '2012-01-09')).toBe('in-force');
    expect(statusAt(lifecycle, 'FI', '2014-06-01')).toBe('in-force');
  });

  it("deriveLifecycle: a politically binding document is in effect from its adoption though an associated document's day of effect is recorded", () => {
    const lifecycle = deriveLifecycle({
      kind: 'political',
      events: [
        event('1990-11-17', 'adopted', ['all-parties']),
        event('1992-03-24', 'entered-into-force', ['all-parties'], { document: 'Vienna Document 1992' }),
      ],
    });
    expect(statusAt(lifecycle, 'all-parties', '1990-11-17')).toBe('in-force');
  });

  it('deriveLifecycle(instrument).everyPartyDrawn is false unless the content says every state party has a lane', () => {
    const events = [event('1990', 'signed', ['US', 'RU'])];
    expect(deriveLifecycle({ kind: 'treaty', events }).everyPartyDrawn).toBe(false);
    expect(deriveLifecycle({ kind: 'treaty', events, everyPartyDrawn: true }).everyPartyDrawn).toBe(true);
  });
});

describe('deriveLifecycle(instrument).problems tell the editor what to write', () => {
  const before = (type: LifecycleEvent['type']) =>
    treaty(event('1990', 'statement', ['US']), event('1991-03-05', type, ['US'])).problems[0]!.message;

  it('deriveLifecycle: a withdrawal or suspension before the state joined asks for its signature or entry into force first', () => {
    expect(before('withdrawal-announced')).toBe(
      'Withdrawal announced on 5 March 1991: United States had not signed, nor was the instrument in force for it, ' +
        'so it could not withdraw — add its signature or entry into force first, or check the date',
    );
    expect(before('suspension-notified')).toBe(
      'Suspension notified on 5 March 1991: United States had not signed, nor was the instrument in force for it, ' +
        'so it could not suspend it — add its signature or entry into force first, or check the date',
    );
  });
});

describe('deriveLifecycle: successions', () => {
  it('deriveLifecycle: a state that takes over a predecessor it neither continues nor split from leaves the predecessor as it was', () => {
    const lifecycle = treaty(
      event('1990-11-19', 'ratified', ['SU']),
      event('1991-06-01', 'entered-into-force', ['all-parties']),
      event('1992-05-23', 'succeeded', ['UA'], { predecessor: 'SU' }),
      event('1992-06-01', 'succeeded', ['RU'], { predecessor: 'SU' }),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'UA', '1992-05-23')).toBe('in-force');
    expect(statusAt(lifecycle, 'SU', '1992-05-23')).toBe('in-force');
    expect(lifecycle.lanes.find((l) => l.party === 'SU')!.events).toEqual([0, 1, 3]);
    // Russia continues the Soviet Union: its succession ends it.
    expect(statusAt(lifecycle, 'SU', '1992-06-01')).toBe('dissolved');
  });

  it("deriveLifecycle: one succession event for both of a split state's successors is drawn once on the predecessor's lane", () => {
    const lifecycle = treaty(
      event('1990', 'ratified', ['CS']),
      event('1991', 'entered-into-force', ['all-parties']),
      event('1993-01-01', 'succeeded', ['CZ', 'SK'], { predecessor: 'CS' }),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(lifecycle.lanes.find((l) => l.party === 'CS')!.events).toEqual([0, 1, 2]);
    expect(statusAt(lifecycle, 'SK', '1993-01-01')).toBe('in-force');
  });

  it("deriveLifecycle: a successor that took over a suspension resumes to the predecessor's status before it", () => {
    const lifecycle = treaty(
      event('1988-01-01', 'ratified', ['SU']),
      event('1989-01-01', 'entered-into-force', ['all-parties']),
      event('1990-01-01', 'suspended', ['SU']),
      event('1991-12-25', 'succeeded', ['RU'], { predecessor: 'SU' }),
      event('1993-01-01', 'resumed', ['RU']),
    );
    expect(lifecycle.problems).toEqual([]);
    expect(intervalsOf(lifecycle, 'RU')).toEqual([
      ['suspended', '1991-12-25', '1993-01-01'],
      ['in-force', '1993-01-01', null],
    ]);
  });
});

describe('deriveLifecycle(any events): the lanes are well formed', () => {
  const start = dateToTime('1990-01-01') / DAY_MS;
  /** A date in the 1990s, at day precision mostly, sometimes only its month or year. */
  const aDate = fc
    .tuple(fc.integer({ min: start, max: start + 3650 }), fc.constantFrom(10, 10, 10, 7, 4))
    .map(([day, length]) => timeToDay(day * DAY_MS).slice(0, length));
  const anEvent: fc.Arbitrary<LifecycleEvent> = fc
    .record({
      date: aDate,
      type: fc.constantFrom(...EVENT_TYPE_IDS),
      parties: fc.subarray(['all-parties', 'nato-allies', 'US', 'SU', 'RU', 'UA', 'CS', 'CZ', 'SK'] as const, {
        minLength: 1,
        maxLength: 3,
      }),
      predecessor: fc.constantFrom<'SU' | 'CS'>('SU', 'CS'),
      onDocument: fc.boolean(),
    })
    .map(({ date, type, parties, predecessor, onDocument }) =>
      event(date, type, parties, {
        ...(type === 'succeeded' ? { predecessor } : {}),
        ...(onDocument && type !== 'succeeded' ? { document: 'Protocol' } : {}),
      }),
    );
  const anInstrument = fc.record({
    kind: fc.constantFrom<'treaty' | 'political'>('treaty', 'political'),
    events: fc.array(anEvent, { maxLength: 14 }),
  });

  it('deriveLifecycle(any events) gives each lane consecutive intervals of known statuses, each status different from the one before', () => {
    fc.assert(
      fc.property(anInstrument, (input) => {
        const lifecycle = deriveLifecycle(input);
        expect(lifecycle.lanes[0]!.party).toBe('all-parties');
        for (const lane of lifecycle.lanes) {
          lane.intervals.forEach((interval, i) => {
            expect(STATUS_IDS).toContain(interval.status);
            const next = lane.intervals[i + 1];
            if (!next) return expect(interval.to).toBeNull();
            expect(interval.to).toBe(next.from);
            expect(next.status).not.toBe(interval.status);
            expect(dateStart(next.from) >= dateStart(interval.from)).toBe(true);
          });
        }
      }),
      { numRuns: 400 },
    );
  });

  it("deriveLifecycle(any events) begins each interval on the day its step takes effect, and statedSpans says the step's own date", () => {
    fc.assert(
      fc.property(anInstrument, (input) => {
        const lifecycle = deriveLifecycle(input);
        for (const lane of lifecycle.lanes) {
          const spans = statedSpans(lane.intervals, input.events);
          lane.intervals.forEach((interval, i) => {
            const step = input.events[interval.startEvent]!;
            expect(takesEffect(step)).toBe(interval.from);
            expect(spans[i]!.from).toBe(step.date);
            const next = lane.intervals[i + 1];
            expect(spans[i]!.to).toBe(next ? input.events[next.startEvent]!.date : null);
          });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('deriveLifecycle(any events) shows each event at most once on a lane, in chronological order', () => {
    fc.assert(
      fc.property(anInstrument, (input) => {
        const lifecycle = deriveLifecycle(input);
        for (const lane of lifecycle.lanes) {
          const positions = lane.events.map((index) => lifecycle.chronology.indexOf(index));
          expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
        }
      }),
      { numRuns: 400 },
    );
  });
});
