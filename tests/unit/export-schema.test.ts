import { describe, expect, it } from 'vitest';
import { exportData } from '../../src/lib/open-data/export-data.ts';
import {
  FORMAT_VERSION,
  exportIntervalSchema,
  exportJsonSchema,
  exportSchema,
} from '../../src/lib/open-data/export-schema.ts';
import { BILATERAL, model } from './hand-made.ts';

const data = exportData(
  [model('ex', BILATERAL, '2026-01-01')],
  '2026-01-01',
  'https://example.org/',
  '2026-01-01-abcdef0',
);

describe('exportSchema', () => {
  it("exportSchema accepts the published data, and FORMAT_VERSION is '3.0.0'", () => {
    expect(FORMAT_VERSION).toBe('3.0.0');
    expect(exportSchema.safeParse(data).success).toBe(true);
  });

  it('exportSchema refuses another format version, a version that is not a data version, an unknown status and an unknown field', () => {
    expect(exportSchema.safeParse({ ...data, formatVersion: '1.0.0' }).success).toBe(false);
    expect(exportSchema.safeParse({ ...data, version: '2.0.0' }).success).toBe(false);
    expect(exportSchema.safeParse({ ...data, version: '2026-01-01-ABCDEF0' }).success).toBe(false);
    expect(exportSchema.safeParse({ ...data, extra: 1 }).success).toBe(false);
    const [instrument] = data.instruments;
    expect(exportSchema.safeParse({ ...data, instruments: [{ ...instrument, status: 'paused' }] }).success).toBe(false);
  });

  it("each instrument's headline is the sentence with the counts it is made of", () => {
    const [instrument] = data.instruments;
    expect(instrument!.headline).toEqual({
      asOf: '2026-01-01',
      status: 'in-force',
      drawn: 'in-force',
      sentence:
        'In force for 1 of the 3 states drawn here; Russia: withdrawn (since 7 November 2023); ' +
        'Soviet Union: state dissolved (since 25 December 1991)',
      states: 3,
      statesByStatus: { 'in-force': 1, withdrawn: 1, dissolved: 1 },
    });
    const counts = { ...instrument!.headline, statesByStatus: { 'in-force': 0 } };
    expect(exportSchema.safeParse({ ...data, instruments: [{ ...instrument, headline: counts }] }).success).toBe(false);
  });

  it('exportIntervalSchema takes a partial date or null as the end, and nothing else', () => {
    expect(exportIntervalSchema.safeParse({ status: 'in-force', from: '1992', to: null }).success).toBe(true);
    expect(exportIntervalSchema.safeParse({ status: 'in-force', from: '1992', to: '1993-02' }).success).toBe(true);
    expect(exportIntervalSchema.safeParse({ status: 'in-force', from: '1992', to: 'soon' }).success).toBe(false);
    expect(exportIntervalSchema.safeParse({ status: 'in-force', from: '1992' }).success).toBe(false);
  });
});

describe('exportJsonSchema(siteUrl)', () => {
  it('exportJsonSchema is a draft 2020-12 schema with its $id on the site, a title and a description', () => {
    const schema = exportJsonSchema('https://example.org/base/');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://example.org/data/schema.json');
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties as object)).toEqual([
      'version',
      'formatVersion',
      'generatedAt',
      'license',
      'instruments',
    ]);
  });
});
