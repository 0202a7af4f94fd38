import { describe, expect, it } from 'vitest';
import { DATA_LICENSE, exportData } from '../../src/lib/open-data/export-data.ts';
import { FORMAT_VERSION, exportSchema } from '../../src/lib/open-data/export-schema.ts';
import { BILATERAL, model } from './hand-made.ts';

const AS_OF = '2026-01-01';
const VERSION = '2025-12-31-abcdef0';

describe('exportData(models, asOf, siteUrl)', () => {
  const ex = model('ex', BILATERAL, AS_OF);
  const data = exportData([ex], AS_OF, 'https://example.org/', VERSION);

  it('exportData carries the data version, the format version, the as-of day and the licence', () => {
    expect([data.version, data.formatVersion, data.generatedAt, data.license]).toEqual([
      VERSION,
      FORMAT_VERSION,
      AS_OF,
      DATA_LICENSE,
    ]);
    expect(DATA_LICENSE).toContain('CC BY 4.0');
  });

  it("exportData gives each instrument its id, page, content, status, headline and lanes' intervals without event indices", () => {
    const [instrument] = data.instruments;
    expect(instrument).toEqual({
      id: 'ex',
      url: 'https://example.org/treaties/ex/',
      ...ex.data,
      status: 'in-force',
      headline: expect.objectContaining({ asOf: '2026-01-01', sentence: expect.stringMatching(/^In force for 1 of /) }),
      lanes: ex.lifecycle.lanes.map((lane) => ({
        party: lane.party,
        intervals: lane.intervals.map(({ status, from, to }) => ({ status, from, to })),
      })),
    });
    expect(instrument!.lanes[2]).toEqual({
      party: 'SU',
      intervals: [
        { status: 'signed', from: '1990-11-19', to: '1991-12-25' },
        { status: 'dissolved', from: '1991-12-25', to: null },
      ],
    });
  });

  it('exportData passes its own schema', () => {
    expect(exportSchema.safeParse(data).success).toBe(true);
  });
});
