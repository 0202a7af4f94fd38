import { describe, expect, it } from 'vitest';
import { deriveLifecycle, neverInForce } from '../../src/lib/lifecycle.ts';
import { PARTIES } from '../../src/lib/parties.ts';
import { statusHeadline } from '../../src/lib/status-headline.ts';
import { contentModel } from './content-model.ts';
import { event, instrument } from './hand-made.ts';

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
      'In force for 2 of the 5 states drawn here; United States, Germany: suspended (since 2023–2024); Russia: withdrawn (since 7 November 2023)',
    );
    expect(statusHeadline(data, lifecycle, '2023-11-30', false).sentence).toBe(
      'In force for 4 of the 5 states drawn here; Russia: withdrawn (since 7 November 2023)',
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
    expect(headline('inf', '2026-11-22').sentence).toBe('Terminated; United States: withdrawn (since 2 August 2019)');
    expect(headline('salt-ii', '2026-11-22').sentence).toMatch(/^Never entered into force; /);
  });

  it("statusHeadline(new-start) is 'In force' on its last day and 'Expired' the day after", () => {
    expect(headline('new-start', '2026-02-05').sentence).toMatch(/^In force/);
    expect(headline('new-start', '2026-02-06').sentence).toBe('Expired');
  });
});
