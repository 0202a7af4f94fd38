import { CONTENT_CHECKED_ON } from './content-model.ts';
import { describe, expect, it } from 'vitest';
import {
  compareInput,
  compareInputFor,
  statusChanges,
  type ComparedInstrument,
} from '../../src/lib/compare/status-changes.ts';
import { instrumentModel } from '../../src/lib/model/instrument-summary.ts';
import { deriveLifecycle } from '../../src/lib/model/lifecycle.ts';
import { eventId } from './hand-made.ts';
import type { LifecycleEvent } from '../../src/lib/content/schema/event-schema.ts';
import type { InstrumentData } from '../../src/lib/content/schema/instrument-schema.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { readContentFiles } from '../../src/node/content-files.ts';

const SOURCE = { title: 'Example', publisher: 'Example publisher', url: 'https://example.org/' };

function event(
  date: string,
  type: LifecycleEvent['type'],
  parties: LifecycleEvent['parties'],
  extra: Partial<LifecycleEvent> = {},
): LifecycleEvent {
  return {
    id: eventId(date, type, parties),
    date,
    type,
    parties,
    description: `${type} on ${date}`,
    sources: [{ ...SOURCE, url: `https://example.org/${date}` }],
    ...extra,
  };
}

/** A hand-made instrument: only the fields the comparison reads. */
function instrument(id: string, shortName: string, events: LifecycleEvent[]): ComparedInstrument {
  const data = { name: shortName, shortName, kind: 'treaty', events } as unknown as InstrumentData;
  return { id, data, lifecycle: deriveLifecycle(data) };
}

const cfe = instrument('cfe', 'CFE Treaty', [
  event('1990-11-19', 'signed', ['US', 'SU']),
  event('1991-12-25', 'succeeded', ['RU'], { predecessor: 'SU' }),
  event('1992-11-09', 'ratified', ['US']),
  event('1992-11-09', 'ratified', ['RU']),
  event('1992-11-09', 'entered-into-force', ['all-parties']),
  event('2007-12-12', 'suspended', ['RU']),
  event('2023-11-07', 'withdrawn', ['RU']),
]);

const pauses = instrument('pauses', 'Pause Treaty', [
  event('1990', 'signed', ['US', 'RU']),
  event('1991', 'ratified', ['US', 'RU']),
  event('1991', 'entered-into-force', ['all-parties']),
  event('2001-03', 'suspended', ['US']),
  event('2002-03', 'resumed', ['US']),
]);

describe('statusChanges(models, from, to, parties)', () => {
  it("statusChanges([cfe], '2000-01-01', '2026-11-22', ['RU']) says Russia went from in force to withdrawn, with both steps, dates and sources", () => {
    expect(statusChanges([cfe], '2000-01-01', '2026-11-22', ['RU'])).toEqual([
      {
        instrument: 'cfe',
        instrumentName: 'CFE Treaty',
        party: 'RU',
        before: 'in-force',
        after: 'withdrawn',
        steps: [
          {
            date: '2007-12-12',
            text: 'suspended 12 December 2007',
            status: 'suspended',
            type: 'suspended',
            event: 5,
            sources: [{ ...SOURCE, url: 'https://example.org/2007-12-12' }],
          },
          {
            date: '2023-11-07',
            text: 'withdrawn 7 November 2023',
            status: 'withdrawn',
            type: 'withdrawn',
            event: 6,
            sources: [{ ...SOURCE, url: 'https://example.org/2023-11-07' }],
          },
        ],
        sentence: 'CFE Treaty — Russia: in force → withdrawn (suspended 12 December 2007, withdrawn 7 November 2023)',
      },
    ]);
  });

  it("statusChanges([cfe], '2007-12-12', '2023-11-06') counts a change on the first day as before the span, and one on the last day as in it", () => {
    expect(statusChanges([cfe], '2007-12-12', '2023-11-06', ['RU'])).toEqual([]);
    expect(statusChanges([cfe], '2007-12-11', '2023-11-07', ['RU']).map((c) => c.steps.length)).toEqual([2]);
  });

  it('statusChanges(models, to, from) reads the two days in order when given the other way round', () => {
    expect(statusChanges([cfe], '2026-11-22', '2000-01-01', ['RU'])).toEqual(
      statusChanges([cfe], '2000-01-01', '2026-11-22', ['RU']),
    );
  });

  it('statusChanges(models, from, to) without parties lists every lane that changed, the instrument as a whole included, oldest first', () => {
    expect(statusChanges([cfe], '1990-01-01', '1993-01-01').map((c) => c.sentence)).toEqual([
      'CFE Treaty — as a whole: not signed → in force (signed 19 November 1990, entered into force 9 November 1992)',
      'CFE Treaty — United States: not signed → in force (signed 19 November 1990, entered into force 9 November 1992)',
      'CFE Treaty — Soviet Union: not signed → state dissolved (signed 19 November 1990, succession 25 December 1991)',
      'CFE Treaty — Russia: not signed → in force (succession 25 December 1991, entered into force 9 November 1992)',
    ]);
  });

  it('statusChanges(models, from, to) lists a suspension that was resumed, though the status at both ends is the same, with dates at their own precision', () => {
    expect(statusChanges([pauses], '2000-01-01', '2010-01-01').map((c) => c.sentence)).toEqual([
      'Pause Treaty — United States: in force → in force (suspended March 2001, resumed March 2002)',
    ]);
  });

  it('statusChanges(models, from, to, parties) is empty when nothing changed in the span', () => {
    expect(statusChanges([cfe, pauses], '2010-01-01', '2020-01-01', ['RU', 'US'])).toEqual([]);
  });
});

describe('statusChanges(models, from, to) words', () => {
  const never = instrument('ctbt', 'CTBT', [
    event('1996-09-24', 'signed', ['US']),
    event('1999-10-13', 'ratification-rejected', ['US']),
    event('2000', 'ratified', ['RU'], { approximate: true }),
  ]);

  it("statusChanges says 'never entered into force' of the whole of an instrument that never did, and not of its parties", () => {
    const changes = statusChanges([never], '1990-01-01', '2001-01-01');
    expect(changes.map((c) => [c.party, c.before, c.after])).toEqual([
      ['all-parties', 'not-signed', 'not-in-force'],
      ['US', 'not-signed', 'signed'],
      ['RU', 'not-signed', 'ratified'],
    ]);
    expect(changes[0]!.sentence).toContain('not signed → never entered into force');
    expect(changes[1]!.sentence).toContain('not signed → signed, not ratified');
  });

  it("statusChanges says 'not in force' of an instrument not yet in force that entered into force later", () => {
    expect(statusChanges([cfe], '1990-01-01', '1991-01-01', ['all-parties'])[0]!.sentence).toContain(
      'not signed → not in force (',
    );
  });

  it('statusChanges writes an approximate date of a step with "c."', () => {
    const [russia] = statusChanges([never], '1990-01-01', '2001-01-01', ['RU']);
    expect(russia!.steps.map((s) => [s.date, s.text, s.status, s.type, s.event])).toEqual([
      ['2000', 'ratified c. 2000', 'ratified', 'ratified', 2],
    ]);
  });
});

describe('compareInput(models, party)', () => {
  const whole = instrument('whole', 'Whole', [
    event('1990', 'entered-into-force', ['all-parties'], { approximate: true }),
  ]);

  it('compareInput(models) without a party keeps every lane and every instrument, even one with only its own lane', () => {
    const pruned = compareInput([cfe, whole]);
    expect(pruned.map((m) => [m.id, m.lifecycle.lanes.map((l) => l.party)])).toEqual([
      ['cfe', ['all-parties', 'US', 'SU', 'RU']],
      ['whole', ['all-parties']],
    ]);
  });

  it("compareInput(models, 'RU') keeps the instrument's lane and Russia's, and drops the instruments Russia has no lane in", () => {
    expect(compareInput([cfe, whole], 'RU').map((m) => [m.id, m.lifecycle.lanes.map((l) => l.party)])).toEqual([
      ['cfe', ['all-parties', 'RU']],
    ]);
  });

  it('compareInput keeps every event in its place, with sources and precision only for those that begin an interval', () => {
    const [pruned] = compareInput([cfe], 'RU');
    expect(pruned!.data).toMatchObject({ shortName: 'CFE Treaty', kind: 'treaty' });
    expect(pruned!.data.events).toHaveLength(7);
    // The United States' ratification begins no interval of the lanes kept.
    expect(pruned!.data.events[2]).toEqual({ date: '1992-11-09', type: 'ratified', sources: [] });
    expect(pruned!.data.events[5]).toEqual({
      date: '2007-12-12',
      type: 'suspended',
      approximate: undefined,
      sources: cfe.data.events[5]!.sources,
    });
    expect(compareInput([whole])[0]!.data.events[0]).toMatchObject({ approximate: true });
  });
});

describe('compareInputFor(all, instruments, party)', () => {
  const whole = instrument('whole', 'Whole', [event('1990', 'entered-into-force', ['all-parties'])]);

  it("a page's input taken from the whole site's is the one built from the page's own instruments", () => {
    const site = compareInput([cfe, whole]);
    expect(compareInputFor(site, ['cfe'], 'RU')).toEqual(compareInput([cfe], 'RU'));
    expect(compareInputFor(site, ['cfe', 'whole'])).toEqual(compareInput([cfe, whole]));
    expect(compareInputFor(site, ['whole'], 'RU')).toEqual([]);
    expect(compareInputFor(site, [])).toEqual([]);
  });
});

describe('statusChanges(content, 2000-01-01, as-of day, [RU])', () => {
  const AS_OF = '2026-11-22';
  const { instruments } = validateContent(readContentFiles(process.cwd(), 'content/treaties'), CONTENT_CHECKED_ON);
  const models = instruments.map((i) => instrumentModel(i.id, i.data, AS_OF));
  const changes = statusChanges(models, '2000-01-01', AS_OF, ['RU']);
  const steps = changes.flatMap((c) => c.steps.map((s) => `${c.instrument} ${s.type} ${s.date}`));

  it('lists each step the issue names once, with its date', () => {
    const expected = [
      'abm terminated 2002-06-13',
      'cfe suspended 2007-12-12',
      'cfe withdrawn 2023-11-07',
      'inf terminated 2019-08-02',
      'open-skies withdrawn 2021-12-18',
      'new-start suspended 2023-02-28',
      'new-start expired 2026-02-05',
      'ctbt ratification-revoked 2023-11-02',
      'start-i expired 2009-12-05',
    ];
    for (const step of expected)
      expect(
        steps.filter((s) => s === step),
        step,
      ).toHaveLength(1);
  });

  it('gives one sentence per instrument, never two for the same instrument and party', () => {
    expect(new Set(changes.map((c) => c.instrument)).size).toBe(changes.length);
    expect(changes.find((c) => c.instrument === 'cfe')?.sentence).toBe(
      'CFE Treaty — Russia: in force → withdrawn (suspended 12 December 2007, withdrawn 7 November 2023)',
    );
  });

  it('cites the sources of every step', () => {
    for (const change of changes)
      for (const step of change.steps)
        expect(step.sources).toEqual(models.find((m) => m.id === change.instrument)!.data.events[step.event]!.sources);
  });

  it("compareInput(content, 'RU') is a smaller copy from which statusChanges gives the same answer for any two days", () => {
    const pruned = JSON.parse(JSON.stringify(compareInput(models, 'RU'))) as ComparedInstrument[];
    expect(JSON.stringify(pruned).length).toBeLessThan(
      JSON.stringify(models.map((m) => ({ id: m.id, data: m.data, lifecycle: m.lifecycle }))).length / 3,
    );
    for (const [from, to] of [
      ['2000-01-01', AS_OF],
      ['1990-01-01', '2000-01-01'],
      ['1970-01-01', AS_OF],
    ] as const) {
      expect(statusChanges(pruned, from, to, ['RU']), `${from} to ${to}`).toEqual(
        statusChanges(models, from, to, ['RU']),
      );
    }
  });
});

describe('compareView(models, undefined, asOf, since)', () => {
  it("compareView without a party lists every party's changes, from `since` when it is later than the first event", async () => {
    const { compareView } = await import('../../src/lib/compare/compare-view.ts');
    const { readContentFiles } = await import('../../src/node/content-files.ts');
    const { validateContent } = await import('../../src/lib/content/validate-content.ts');
    const { instrumentModel } = await import('../../src/lib/model/instrument-summary.ts');
    const { instruments } = validateContent(readContentFiles(process.cwd(), 'content/treaties'), CONTENT_CHECKED_ON);
    const cfe = instruments.filter((i) => i.id === 'cfe').map((i) => instrumentModel(i.id, i.data, '2026-11-22'));
    const view = compareView(cfe, undefined, '2026-11-22', '2023-01-01');
    expect(view.from).toBe('2023-01-01');
    expect(view.min < '1991-01-01').toBe(true);
    expect(view.html).toContain('CFE Treaty — Russia: suspended → withdrawn (withdrawn 7 November 2023)');
    expect(view.html).not.toContain('12 December 2007');
  });
});
