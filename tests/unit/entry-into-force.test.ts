import { describe, expect, it } from 'vitest';
import { entryIntoForceGap, entryIntoForceSentences } from '../../src/lib/model/entry-into-force.ts';
import { deriveLifecycle } from '../../src/lib/model/lifecycle.ts';
import type { PartyId } from '../../src/lib/model/parties.ts';
import { AS_OF, contentModel } from './content-model.ts';
import { event, instrument } from './hand-made.ts';

describe('entryIntoForceGap(data, lifecycle, day)', () => {
  it('entryIntoForceGap(ctbt) needs the 44 Annex 2 states and names exactly the nine whose ratification is missing', () => {
    const { data, lifecycle } = contentModel('ctbt');
    const gap = entryIntoForceGap(data, lifecycle, AS_OF)!;
    expect(gap.needed).toHaveLength(44);
    expect(new Set(gap.needed).size).toBe(44);
    expect([...gap.missing].sort()).toEqual(['CN', 'EG', 'IL', 'IN', 'IR', 'KP', 'PK', 'RU', 'US']);
    expect([...gap.neverSigned].sort()).toEqual(['IN', 'KP', 'PK']);
    expect(gap.ratified).toHaveLength(35);
    expect(entryIntoForceSentences(gap)).toEqual([
      'Entry into force needs the 44 states listed in Annex 2: 35 of 44 have ratified.',
      'The 9 that have not: China, Egypt, India, Iran, Israel, North Korea, Pakistan, Russia and United States.',
      'India, North Korea and Pakistan have not even signed it.',
    ]);
  });

  it('entryIntoForceGap counts a revoked ratification as missing, and is undefined where the text names no states', () => {
    const data = {
      ...instrument([
        event('2000-01-01', 'signed', ['US', 'RU']),
        event('2001-01-01', 'ratified', ['US', 'RU']),
        event('2023-11-02', 'ratification-revoked', ['RU']),
      ]),
      entryIntoForceNeeds: { list: 'two states', states: ['US', 'RU', 'CN'] as PartyId[] },
    };
    const lifecycle = deriveLifecycle(data);
    expect(entryIntoForceGap(data, lifecycle, '2010-01-01')).toMatchObject({ missing: ['CN'], neverSigned: ['CN'] });
    expect(entryIntoForceGap(data, lifecycle, '2024-01-01')).toMatchObject({ missing: ['RU', 'CN'] });
    expect(entryIntoForceGap({}, lifecycle, '2024-01-01')).toBeUndefined();
  });
});
