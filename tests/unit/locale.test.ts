import { describe, expect, it } from 'vitest';
import { isLocale, LOCALE, LOCALES } from '../../src/lib/i18n/locale.ts';

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
