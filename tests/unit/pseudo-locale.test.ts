import { describe, expect, it } from 'vitest';
import { pseudoLocalize } from '../../src/lib/i18n/pseudo-locale.ts';

describe('pseudoLocalize(text)', () => {
  it("pseudoLocalize('Ab {name} ey!') accents every letter, doubles vowels, keeps placeholders and brackets the whole", () => {
    expect(pseudoLocalize('Ab {name} ey!')).toBe('⟦ÅÅƀ {name} ééýý!⟧');
  });

  it('pseudoLocalize maps the alphabet letter by letter, in both cases, and leaves digits alone', () => {
    expect(pseudoLocalize('xyzXYZ09')).toBe('⟦ẋýýžẊÝÝŽ09⟧');
    expect(pseudoLocalize('')).toBe('⟦⟧');
  });

  it('pseudoLocalize leaves every placeholder untouched, wherever it stands', () => {
    expect(pseudoLocalize('{a}b{c}')).toBe('⟦{a}ƀ{c}⟧');
    expect(pseudoLocalize('{ not one }')).toBe('⟦{ ñööţ ööñéé }⟧');
  });
});
