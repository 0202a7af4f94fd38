import { describe, expect, it } from 'vitest';
import { dataJsonSchema, PARTIES_SCHEMA_POINTER } from '../../src/lib/open-data/data-schema.ts';
import { exportJsonSchema } from '../../src/lib/open-data/export-schema.ts';

describe('dataJsonSchema(siteUrl)', () => {
  const schema = dataJsonSchema('https://example.org/');

  it('dataJsonSchema is the schema of treaties.json with that of parties.json under $defs.parties, which its description names', () => {
    const base = exportJsonSchema('https://example.org/');
    expect(PARTIES_SCHEMA_POINTER).toBe('#/$defs/parties');
    expect([schema.$id, schema.$schema, schema.properties]).toEqual([base.$id, base.$schema, base.properties]);
    expect(String(schema.description).startsWith(String(base.description))).toBe(true);
    expect(schema.description).toContain(PARTIES_SCHEMA_POINTER);
  });

  it('dataJsonSchema.$defs.parties is an object schema of its own, titled, without a $schema of its own', () => {
    const parties = (schema.$defs as Record<string, Record<string, unknown>>).parties!;
    expect(parties.type).toBe('object');
    expect(parties.$schema).toBeUndefined();
    expect(Object.keys(parties.properties as object)).toEqual([
      'version',
      'formatVersion',
      'generatedAt',
      'license',
      'parties',
    ]);
    expect(parties.title).toEqual(expect.any(String));
    expect(parties.description).toEqual(expect.any(String));
    expect(parties.title).not.toBe(schema.title);
  });
});
