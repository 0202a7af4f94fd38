import { describe, expect, it } from 'vitest';
import { editionName, editionOf, EDITIONS, isLocale, LOCALE, LOCALES } from '../../src/lib/i18n/locale.ts';

describe('isLocale(code) and LOCALE', () => {
  it("isLocale('en'), isLocale('en-XA') and isLocale('de') are true; other codes, and names every object has, are not", () => {
    expect(['en', 'en-XA', 'de', 'es', 'EN', 'toString', 'constructor', ''].map(isLocale)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("LOCALE is 'en' when the build names no edition, formatting as en-GB without pseudo-strings", () => {
    expect(LOCALE).toBe('en');
    expect(LOCALES[LOCALE]).toEqual({ intl: 'en-GB', pseudo: false, lowerInSentence: true });
    expect(LOCALES['en-XA']).toEqual({ intl: 'en-GB', pseudo: true, lowerInSentence: true });
  });
});

describe('editionName(edition) and editionOf(locale)', () => {
  it('editionName names each edition’s language in its own words, capitalised as a link begins', () => {
    expect(EDITIONS.map(editionName)).toEqual(['English', 'Русский', 'Українська', 'Deutsch', 'Français', 'Polski']);
  });

  it("editionOf('en-XA') is 'en': the pseudo-locale's pages have English's addresses", () => {
    expect([editionOf('en-XA'), editionOf('en'), editionOf('uk')]).toEqual(['en', 'en', 'uk']);
  });
});
