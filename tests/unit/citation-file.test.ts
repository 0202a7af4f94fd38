import { readFileSync } from 'node:fs';
import { validateCFF } from 'cffjs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

/** CITATION.cff as a parser reads it. */
const cff = () => yaml.load(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;

describe('CITATION.cff', () => {
  it('validateCFF(CITATION.cff) passes: it is valid against the CFF 1.2.0 JSON schema (cffjs, with ajv)', () => {
    expect(cff()['cff-version']).toBe('1.2.0');
    expect(() => validateCFF(cff())).not.toThrow();
  });

  it('validateCFF refuses the file without its authors, or with an unknown field: the schema is really applied', () => {
    const { authors: _authors, ...anonymous } = cff();
    expect(() => validateCFF(anonymous)).toThrow(/CFF validation failed/);
    expect(() => validateCFF({ ...cff(), publisher: 'x' })).toThrow(/CFF validation failed/);
  });

  it('CITATION.cff names the project as its author and the licences of the data and the code', () => {
    expect(cff()).toMatchObject({
      title: 'Arms Control Timeline',
      type: 'dataset',
      authors: [{ name: 'Arms Control Timeline project' }],
      license: ['CC-BY-4.0', 'MIT'],
    });
  });
});
