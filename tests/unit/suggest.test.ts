import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/lib/content/suggest.ts';

describe('editDistance(a, b)', () => {
  it("editDistance('kitten', 'sitting') is 3: two substitutions and one insertion", () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('sitting', 'kitten')).toBe(3);
  });

  it("editDistance('', 'abc') and editDistance('abc', '') are the other string's length", () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', '')).toBe(0);
  });

  it("editDistance('Signed', 'sIGNED') is 0: case does not count", () => {
    expect(editDistance('Signed', 'sIGNED')).toBe(0);
  });

  it("editDistance('abc', 'abd') is 1 and editDistance('ab', 'ba') is 2", () => {
    expect(editDistance('abc', 'abd')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(2);
    expect(editDistance('abc', 'xabc')).toBe(1);
    expect(editDistance('abcd', 'acd')).toBe(1);
  });
});

describe('nearest(written, candidates)', () => {
  const parties = [
    { value: 'RU', aliases: ['Russia'] },
    { value: 'US', aliases: ['United States'] },
    { value: 'UA', aliases: ['Ukraine'] },
  ];

  it("nearest('Russia', parties) is 'RU', found through the alias", () => {
    expect(nearest('Russia', parties)).toBe('RU');
  });

  it("nearest('Ukrane', parties) is 'UA' and nearest('us', parties) is 'US'", () => {
    expect(nearest('Ukrane', parties)).toBe('UA');
    expect(nearest('us', parties)).toBe('US');
  });

  it('nearest weighs the distance by the length of the form, so a long alias beats a short code', () => {
    // "United Stats" is 1 edit from "United States" (1/13) but only 11 from "UA" or "RU" (11/2).
    expect(nearest('United Stats', parties)).toBe('US');
  });

  it('nearest keeps the first of two equally near candidates', () => {
    expect(nearest('ab', [{ value: 'aa' }, { value: 'bb' }])).toBe('aa');
    expect(nearest('zz', [{ value: 'aa' }, { value: 'bb' }])).toBe('aa');
  });

  it('nearest takes a later candidate only when it is strictly nearer', () => {
    expect(nearest('bb', [{ value: 'aa' }, { value: 'bb' }])).toBe('bb');
    expect(nearest('signd', [{ value: 'ratified' }, { value: 'signed' }, { value: 'sign' }])).toBe('signed');
  });

  it("nearest('x', [{ value: '' }]) divides by at least one, and returns the only candidate", () => {
    expect(nearest('x', [{ value: '' }])).toBe('');
    expect(nearest('abc', [{ value: 'x' }, { value: '' }])).toBe('x');
  });
});
