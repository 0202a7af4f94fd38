import { describe, expect, it } from 'vitest';
import { deriveLifecycle, neverInForce, statusAt, type LifecycleInput } from '../../src/lib/lifecycle.ts';
import type { LifecycleEvent } from '../../src/lib/schema/event-schema.ts';

const SOURCE = [{ title: 'Example', publisher: 'Example publisher', url: 'https://example.org/' }];

/** A hand-made event with a placeholder source; only date, type and parties matter to the model. */
function event(date: string, type: LifecycleEvent['type'], parties: LifecycleEvent['parties'], extra: Partial<LifecycleEvent> = {}): LifecycleEvent {
  return { date, type, parties, description: `${type} on ${date}`, sources: SOURCE, ...extra };
}

const suspendsThenWithdraws: LifecycleInput = {
  kind: 'treaty',
  events: [
    event('2023-11-07', 'withdrawn', ['RU']),
    event('1990-11-19', 'signed', ['US', 'SU']),
    event('1992-11-09', 'entered-into-force', ['all-parties']),
    event('1991-12-25', 'succeeded', ['RU'], { predecessor: 'SU' }),
    event('2007-07-14', 'withdrawal-announced', ['RU']),
    event('2007-12-12', 'suspended', ['RU']),
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
    expect(deriveLifecycle(suspendsThenWithdraws).chronology).toEqual([1, 3, 2, 4, 5, 0]);
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
      ],
    });
    const russia = lifecycle.lanes.find((l) => l.party === 'RU')!;
    expect(russia.events).toEqual([0, 1, 2]);
    expect(statusAt(lifecycle, 'RU', '2000-01-01')).toBe('in-force');
  });

  it('deriveLifecycle(resumed) returns a party to the status it had before suspending', () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [event('2000', 'signed', ['US', 'RU']), event('2001', 'entered-into-force', ['all-parties']), event('2005', 'suspended', ['US']), event('2006', 'resumed', ['US'])],
    });
    expect(statusAt(lifecycle, 'US', '2005-06-01')).toBe('suspended');
    expect(statusAt(lifecycle, 'US', '2006-06-01')).toBe('in-force');
  });

  it('deriveLifecycle(a statement during a suspension) still resumes to the status before it', () => {
    const lifecycle = deriveLifecycle({
      kind: 'treaty',
      events: [event('2000', 'signed', ['US', 'RU']), event('2001', 'entered-into-force', ['all-parties']), event('2005', 'suspended', ['RU']), event('2005-06', 'statement', ['RU']), event('2006', 'resumed', ['RU'])],
    });
    expect(lifecycle.problems).toEqual([]);
    expect(statusAt(lifecycle, 'RU', '2006-06-01')).toBe('in-force');
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
