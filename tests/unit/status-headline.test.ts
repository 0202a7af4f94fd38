import { describe, expect, it } from 'vitest';
import { deriveLifecycle, neverInForce } from '../../src/lib/model/lifecycle.ts';
import { PARTIES } from '../../src/lib/model/parties.ts';
import { dateStart } from '../../src/lib/model/dates.ts';
import { headlineOn } from '../../src/lib/model/pinned-headline.ts';
import {
  countedStates,
  headlineChanges,
  headlineSummary,
  statusHeadline,
} from '../../src/lib/model/status-headline.ts';
import { AS_OF, contentInstruments, contentModel, dayBefore } from './content-model.ts';
import { event, instrument } from './hand-made.ts';
import type { LifecycleEvent } from '../../src/lib/content/schema/event-schema.ts';

const headline = (id: string, day: string) => {
  const { data, lifecycle } = contentModel(id);
  return statusHeadline(data, lifecycle, day, neverInForce(lifecycle));
};

describe('statusHeadline(data, lifecycle, day, never)', () => {
  it('statusHeadline is the bare status where every state holds it', () => {
    const data = instrument([
      event('2000-01-01', 'signed', ['US', 'RU']),
      event('2001-01-01', 'ratified', ['US', 'RU']),
      event('2001-01-01', 'entered-into-force', ['all-parties']),
    ]);
    const lifecycle = deriveLifecycle(data);
    expect(statusHeadline(data, lifecycle, '2005-01-01', false)).toMatchObject({
      sentence: 'In force',
      total: 2,
      same: 2,
    });
  });

  it('statusHeadline counts the states in force and names who is in each other status, since when', () => {
    const data = instrument([
      event('2000-01-01', 'signed', ['US', 'RU', 'FR', 'DE', 'IT']),
      event('2001-01-01', 'ratified', ['US', 'RU', 'FR', 'DE', 'IT']),
      event('2001-01-01', 'entered-into-force', ['all-parties']),
      event('2023-11-07', 'withdrawn', ['RU']),
      event('2023-12-07', 'suspended', ['US']),
      event('2024-04-08', 'suspended', ['DE']),
    ]);
    const lifecycle = deriveLifecycle(data);
    expect(statusHeadline(data, lifecycle, '2025-01-01', false).sentence).toBe(
      'In force for 2 of the 5 states drawn here; United States and Germany: suspended (since 2023–2024); Russia: withdrawn (since 7 November 2023)',
    );
    expect(statusHeadline(data, lifecycle, '2023-11-30', false).sentence).toBe(
      'In force for 4 of the 5 states drawn here; Russia: withdrawn (since 7 November 2023)',
    );
  });

  it("statusHeadline dates a state's expiry on its own day, though its status holds from the next", () => {
    const data = instrument([
      event('2001-01-01', 'ratified', ['US', 'RU', 'FR']),
      event('2001-01-01', 'entered-into-force', ['all-parties']),
      event('2020-06-30', 'expired', ['US']),
    ]);
    const lifecycle = deriveLifecycle(data);
    expect(statusHeadline(data, lifecycle, '2020-06-30', false).sentence).toBe('In force');
    expect(statusHeadline(data, lifecycle, '2020-07-01', false).sentence).toBe(
      'In force for 2 of the 3 states drawn here; United States: expired (since 30 June 2020)',
    );
  });

  it("statusHeadline(cfe, '2026-12-01') names no NATO ally in force and carries the counts", () => {
    const cfe = headline('cfe', '2026-11-22');
    const inForce = contentModel('cfe')
      .lifecycle.lanes.filter((l) => PARTIES[l.party].kind === 'state')
      .filter((l) => l.intervals.at(-1)?.status === 'in-force')
      .map((l) => l.party);
    expect(cfe.same).toBe(inForce.length);
    expect(cfe.sentence).toMatch(/^In force for \d+ of the \d+ states drawn here; /);
    expect(cfe.sentence).toContain('suspended');
    expect(cfe.sentence).toContain('Russia: withdrawn (since 7 November 2023)');
    // Beside the sentence, the colour of the lane as drawn: suspended by most, not a plain green.
    expect([cfe.status, cfe.drawn]).toEqual(['in-force', 'suspended-by-most']);
    for (const ally of ['US', 'GB', 'DE', 'FR', 'PL', 'NO', 'CA', 'IT', 'TR', 'PT'])
      expect(inForce, ally).not.toContain(ally);
  });

  it('statusHeadline names the ended or never-in-force status alone, then who differs', () => {
    expect(headline('inf', '2026-11-22').sentence).toBe(
      'Terminated; United States: withdrawn (since 2 August 2019); Soviet Union: state dissolved (since December 1991)',
    );
    expect(headline('salt-ii', '2026-11-22').sentence).toMatch(/^Never entered into force; /);
  });

  it('statusHeadline states a contested step as claimed and names who contests it', () => {
    expect(headline('new-start', '2024-01-01').sentence).toBe(
      'In force for 1 of the 2 states drawn here; Russia: suspended (since 28 February 2023; claimed, contested by United States)',
    );
    expect(headline('mine-ban-convention', '2025-08-01').sentence).toContain(
      'Ukraine: suspended (since 18 July 2025; claimed, contested by Switzerland)',
    );
  });

  it("statusHeadline(new-start) is 'In force' on its last day and 'Expired' the day after", () => {
    expect(headline('new-start', '2026-02-05').sentence).toMatch(/^In force/);
    expect(headline('new-start', '2026-02-06').sentence).toBe('Expired');
  });
});

describe('statusHeadline(data, lifecycle, day, never): who is named, who is counted, since when', () => {
  /** The sentence of a hand-made treaty's headline on a day. */
  const sentence = (events: LifecycleEvent[], day: string) => {
    const data = instrument(events);
    const lifecycle = deriveLifecycle(data);
    return statusHeadline(data, lifecycle, day, neverInForce(lifecycle)).sentence;
  };
  const TWELVE = ['US', 'GB', 'FR', 'DE', 'IT', 'CA', 'NO', 'PL', 'BE', 'NL', 'DK', 'ES'] as const;

  it('statusHeadline names at most three states in a status and counts more; of how many, only where the head has not said it', () => {
    const events = [
      event('1996-09-24', 'signed', [...TWELVE]),
      event('1998-03-01', 'ratified', ['US', 'GB', 'FR', 'DE', 'IT', 'CA', 'NO', 'PL']),
      event('2010-05-01', 'withdrawn', ['IT', 'CA', 'NO']),
    ];
    expect(sentence(events, '2011-01-01')).toBe(
      'Never entered into force; 4 of the 12 states drawn here: signed, not ratified (since 24 September 1996); ' +
        '5 states: ratified, not in force (since 1 March 1998); Italy, Canada and Norway: withdrawn (since 1 May 2010)',
    );
    expect(sentence([...events, event('2000-01-01', 'entered-into-force', ['all-parties'])], '2011-01-01')).toBe(
      'In force for 5 of the 12 states drawn here; 4 states: signed, not ratified (since 24 September 1996); ' +
        'Italy, Canada and Norway: withdrawn (since 1 May 2010)',
    );
  });

  it('statusHeadline says of how many at the first status with more than three states, after named ones', () => {
    const events = [
      event('1996-09-24', 'signed', ['US', 'GB', 'FR', 'DE', 'IT', 'CA', 'NO']),
      event('1998-03-01', 'ratified', ['DE', 'IT', 'CA', 'NO']),
    ];
    expect(sentence(events, '2011-01-01')).toBe(
      'Never entered into force; United States, United Kingdom and France: signed, not ratified (since 24 September 1996); ' +
        '4 of the 7 states drawn here: ratified, not in force (since 1 March 1998)',
    );
  });

  it('statusHeadline does not count the states in force where none is', () => {
    const events = [
      event('1990-01-01', 'ratified', ['US', 'RU']),
      event('1991-01-01', 'entered-into-force', ['all-parties']),
      event('2005-01-01', 'suspended', ['US', 'RU']),
    ];
    expect(sentence(events, '2006-01-01')).toBe('In force; United States and Russia: suspended (since 1 January 2005)');
  });

  it('statusHeadline counts every status past the head without saying again of how many', () => {
    const events = [
      event('1990-01-01', 'ratified', [...TWELVE]),
      event('1991-01-01', 'entered-into-force', ['all-parties']),
      event('2005-01-01', 'suspended', ['US', 'GB', 'FR', 'DE']),
      event('2006-01-01', 'withdrawn', ['IT', 'CA', 'NO', 'PL']),
    ];
    expect(sentence(events, '2007-01-01')).toBe(
      'In force for 4 of the 12 states drawn here; 4 states: suspended (since 1 January 2005); ' +
        '4 states: withdrawn (since 1 January 2006)',
    );
  });

  it('statusHeadline gives the first and last year the states entered a status, earliest first, or the one year', () => {
    const inForce = [
      event('1990-01-01', 'ratified', ['DE', 'US', 'FR']),
      event('1991-01-01', 'entered-into-force', ['all-parties']),
    ];
    expect(
      sentence(
        [...inForce, event('2024-04-08', 'suspended', ['DE']), event('2023-12-07', 'suspended', ['US'])],
        '2025-01-01',
      ),
    ).toBe('In force for 1 of the 3 states drawn here; Germany and United States: suspended (since 2023–2024)');
    expect(
      sentence(
        [...inForce, event('2023-04-08', 'suspended', ['DE']), event('2023-12-07', 'suspended', ['US'])],
        '2025-01-01',
      ),
    ).toBe('In force for 1 of the 3 states drawn here; Germany and United States: suspended (since 2023)');
  });

  it("statusHeadline says 'by' a day where a step that put one of the states there is known only by then", () => {
    const events = [
      event('1990-01-01', 'ratified', ['DE', 'US', 'FR']),
      event('1991-01-01', 'entered-into-force', ['all-parties']),
      event('2004-07-07', 'withdrawn', ['DE'], { notAfter: true }),
      event('2005-03-01', 'withdrawn', ['US']),
    ];
    expect(sentence(events, '2004-12-31')).toBe(
      'In force for 2 of the 3 states drawn here; Germany: withdrawn (by 7 July 2004)',
    );
    expect(sentence(events, '2006-01-01')).toBe(
      'In force for 1 of the 3 states drawn here; Germany and United States: withdrawn (by 2004–2005)',
    );
  });
});

describe('statusHeadline(data, lifecycle, day, never): every state the chart draws is counted', () => {
  it('statusHeadline counts a state whose lane shows no status and a dissolved one, and names them after the rest', () => {
    const data = instrument([
      event('1990-01-01', 'ratified', ['US', 'SU', 'CS', 'FR']),
      event('1991-01-01', 'entered-into-force', ['all-parties']),
      event('1991-12-25', 'succeeded', ['RU'], { predecessor: 'SU' }),
      event('2000-05-01', 'statement', ['IN']),
    ]);
    const lifecycle = deriveLifecycle(data);
    const h = statusHeadline(data, lifecycle, '2001-01-01', false);
    // Six lanes of states: every one of them in the sentence, once.
    expect([h.total, h.same]).toEqual([6, 4]);
    expect(h.sentence).toBe(
      'In force for 4 of the 6 states drawn here; India: no status recorded; ' +
        'Soviet Union: state dissolved (since 25 December 1991)',
    );
    expect(headlineSummary(h, '2001-01-01').statesByStatus).toEqual({ 'in-force': 4, 'not-signed': 1, dissolved: 1 });
  });

  it('statusHeadline(ctbt) counts India, drawn with no status, among the 42 states; the counts add up to the lanes', () => {
    const { data, lifecycle } = contentModel('ctbt');
    const h = statusHeadline(data, lifecycle, AS_OF, true);
    expect(h.sentence).toMatch(
      /^Never entered into force; 6 of the 42 states drawn here: .*; India: no status recorded$/,
    );
    const summary = headlineSummary(h, AS_OF);
    expect(Object.values(summary.statesByStatus).reduce((a, b) => a + b, 0)).toBe(42);
  });
});

describe('countedStates(headline)', () => {
  it('countedStates lists the states the sentence counts without naming, none that it names', () => {
    const data = instrument([
      event('1990-01-01', 'ratified', ['US', 'GB', 'FR', 'DE', 'IT', 'CA', 'NO']),
      event('1991-01-01', 'entered-into-force', ['all-parties']),
      event('2005-01-01', 'suspended', ['US', 'GB', 'FR', 'DE']),
      event('2006-01-01', 'withdrawn', ['IT']),
    ]);
    const h = statusHeadline(data, deriveLifecycle(data), '2007-01-01', false);
    expect(countedStates(h)).toEqual(['US', 'GB', 'FR', 'DE'].map((party) => ({ party, words: 'suspended' })));
  });

  it('countedStates(salt-ii) is empty: the sentence names both states', () => {
    const { data, lifecycle } = contentModel('salt-ii');
    expect(countedStates(statusHeadline(data, lifecycle, AS_OF, true))).toEqual([]);
  });
});

describe('headlineChanges(data, lifecycle, never) and headlineOn(changes, day)', () => {
  // Every day a status begins, the day before it, and 15 June of every year from 1945: what a pinned view may ask.
  const daysToAsk = (lifecycle: ReturnType<typeof contentModel>['lifecycle']) => {
    const starts = lifecycle.lanes.flatMap((lane) => lane.intervals.map((i) => dateStart(i.from)));
    const yearly = Array.from({ length: 2027 - 1945 }, (_, k) => `${1945 + k}-06-15`);
    return [...new Set([...starts, ...starts.map(dayBefore), ...yearly])];
  };

  // About 2,000 headlines: allowed more than the default 5 s on a busy machine.
  it(
    'headlineOn picks, on any day, the sentence and colour statusHeadline gives that day, for every instrument',
    { timeout: 30_000 },
    () => {
      for (const { id } of contentInstruments) {
        const { data, lifecycle } = contentModel(id);
        const never = neverInForce(lifecycle);
        const changes = headlineChanges(data, lifecycle, never);
        for (const day of daysToAsk(lifecycle)) {
          const { sentence, drawn } = statusHeadline(data, lifecycle, day, never);
          expect(headlineOn(changes, day), `${id} on ${day}`).toMatchObject({ sentence, drawn });
        }
      }
    },
  );

  it('headlineChanges lists each change once, oldest first, from before anything happened', () => {
    const { data, lifecycle } = contentModel('new-start');
    const changes = headlineChanges(data, lifecycle, false);
    expect(changes[0]).toMatchObject({ from: '0001-01-01', sentence: 'Not signed' });
    expect(changes.map((c) => c.from)).toEqual([...changes.map((c) => c.from)].sort());
    for (const [a, b] of changes.slice(1).map((c, k) => [changes[k]!, c] as const))
      expect([a.sentence, a.drawn], b.from).not.toEqual([b.sentence, b.drawn]);
    expect(headlineOn(changes, '2026-02-06').sentence).toBe('Expired');
  });

  it('headlineChanges lists a sentence again when the headline returns to it, and not on a day that changes no word of it', () => {
    const data = instrument([
      event('2000-01-01', 'ratified', ['US', 'RU']),
      event('2000-01-01', 'entered-into-force', ['all-parties']),
      event('2003-01-01', 'ratified', ['nato-allies']),
      event('2005-01-01', 'suspended', ['US']),
      event('2006-01-01', 'resumed', ['US']),
    ]);
    const changes = headlineChanges(data, deriveLifecycle(data), false);
    expect(changes.map(({ from, sentence }) => [from, sentence])).toEqual([
      ['0001-01-01', 'Not signed'],
      ['2000-01-01', 'In force'],
      ['2005-01-01', 'In force for 1 of the 2 states drawn here; United States: suspended (since 1 January 2005)'],
      ['2006-01-01', 'In force'],
    ]);
    expect(headlineOn(changes, '2007-01-01').sentence).toBe('In force');
  });

  it('headlineSummary counts the states in each status the sentence names', () => {
    const { data, lifecycle } = contentModel('cfe');
    const headline = statusHeadline(data, lifecycle, AS_OF, false);
    const summary = headlineSummary(headline, AS_OF);
    const counted = Object.values(summary.statesByStatus).reduce((a, b) => a + b, 0);
    expect(counted).toBe(summary.states);
    expect(summary.statesByStatus['in-force']).toBe(headline.same);
    expect(summary.statesByStatus.withdrawn).toBe(1);
    expect(Object.keys(summary.statesByStatus)[0]).toBe('in-force');
  });
});
