import { describe, expect, it } from 'vitest';
import { DATA_LICENSE } from '../../src/lib/open-data/export-data.ts';
import { FORMAT_VERSION } from '../../src/lib/open-data/export-schema.ts';
import { partiesExport, partiesExportSchema } from '../../src/lib/open-data/parties-export.ts';
import { partyName } from '../../src/lib/model/parties.ts';
import { actingStates } from '../../src/lib/party/acting-states.ts';
import { BILATERAL, event, model } from './hand-made.ts';

const AS_OF = '2026-01-01';
const SITE = 'https://example.org/';
const VERSION = '2025-12-31-abcdef0';
const bilateral = model('ex', BILATERAL, AS_OF);
// Russia takes the Soviet Union's place, though the Soviet Union acts in no event of this instrument.
const orphan = model('or', [event('1992', 'succeeded', ['RU'], { predecessor: 'SU' })], AS_OF);

describe('partiesExport(models, states, asOf, siteUrl)', () => {
  const models = [bilateral, orphan];
  const data = partiesExport(models, actingStates(models), AS_OF, SITE, VERSION);

  it('partiesExport carries the data version, the format version, the as-of day and the licence, and passes its schema', () => {
    expect([data.version, data.formatVersion, data.generatedAt, data.license]).toEqual([
      VERSION,
      FORMAT_VERSION,
      AS_OF,
      DATA_LICENSE,
    ]);
    expect(partiesExportSchema.safeParse(data).success).toBe(true);
  });

  it('partiesExport gives the Soviet Union its continuing state, its intervals, status and the events that name it', () => {
    const su = data.parties.find((p) => p.code === 'SU')!;
    expect(su).toEqual({
      code: 'SU',
      name: partyName('SU'),
      url: 'https://example.org/parties/su/',
      continuedBy: 'RU',
      instruments: [
        {
          id: 'ex',
          url: 'https://example.org/treaties/ex/',
          status: 'dissolved',
          intervals: [
            { status: 'signed', from: '1990-11-19', to: '1991-12-25' },
            { status: 'dissolved', from: '1991-12-25', to: null },
          ],
          events: [
            { index: 0, date: '1990-11-19', type: 'signed' },
            { index: 1, date: '1991-12-25', type: 'succeeded' },
          ],
        },
        // No lane, but an event names it: listed, with no intervals and no status yet.
        {
          id: 'or',
          url: 'https://example.org/treaties/or/',
          status: 'not-signed',
          intervals: [],
          events: [{ index: 0, date: '1992', type: 'succeeded' }],
        },
      ],
    });
  });

  it('partiesExport gives Russia no continuing state, its status on the as-of day, and its events in chronological order', () => {
    const ru = data.parties.find((p) => p.code === 'RU')!;
    expect('continuedBy' in ru).toBe(false);
    expect(ru.instruments.map((i) => [i.id, i.status, i.events.map((e) => e.index)])).toEqual([
      ['ex', 'withdrawn', [1, 3, 5, 6]],
      ['or', 'not-signed', [0]],
    ]);
    expect(
      partiesExport([bilateral], actingStates([bilateral]), '2010-01-01', SITE, VERSION).parties.find(
        (p) => p.code === 'RU',
      )!.instruments[0]!.status,
    ).toBe('suspended');
  });

  it('partiesExport leaves out the instruments in which a state neither has a lane nor is named', () => {
    const us = data.parties.find((p) => p.code === 'US')!;
    expect(us.instruments.map((i) => i.id)).toEqual(['ex']);
    expect(data.parties.map((p) => p.code)).toEqual(actingStates(models).map((s) => s.party));
  });
});
