import { describe, expect, it } from 'vitest';
import { LOCALE, LOCALES, isLocale } from '../../src/lib/i18n/locale.ts';
import { pseudoLocalize } from '../../src/lib/i18n/pseudo-locale.ts';
import { eventMeaning, pageStringParts, pt, ptn } from '../../src/lib/i18n/page-strings.ts';
import { translate } from '../../src/lib/i18n/editions.ts';
import { hasString, listOf, lowerInSentence, stringParts, t, tn } from '../../src/lib/i18n/strings.ts';

describe('the strings table', () => {
  it("translate('en', 'chart.showing', values) fills every placeholder", () => {
    expect(translate('en', 'chart.showing', { from: '1 May 1990', to: '2 June 1991' })).toBe(
      'Showing 1 May 1990 to 2 June 1991',
    );
  });

  it("translate('en', id) without a value a placeholder needs is an error naming both", () => {
    expect(() => translate('en', 'chart.showing', { from: 'x' })).toThrow(
      'The string chart.showing needs a value for {to}',
    );
  });

  it("translate('en', id, { count: 1234 }) formats numbers as the edition does", () => {
    expect(translate('en', 'chart.eventCount.other', { count: 1234 })).toBe('1,234 events');
  });

  it("translate('en-XA', id, values) accents the string but not the values filled in", () => {
    expect(translate('en-XA', 'chart.showing', { from: '1987', to: '2019' })).toBe('⟦Šĥööŵîîñĝ 1987 ţöö 2019⟧');
  });

  it("t(id) and pt(id) are this build's edition, English in the tests", () => {
    expect(LOCALE).toBe('en');
    expect(t('chart.showing', { from: '1987', to: '2019' })).toBe('Showing 1987 to 2019');
    expect(pt('site.name')).toBe('Arms Control Timeline');
  });

  it("tn('chart.eventCount', n) picks the plural form", () => {
    expect(tn('chart.eventCount', 1)).toBe('1 event');
    expect(tn('chart.eventCount', 0)).toBe('0 events');
    expect(tn('chart.eventCount', 2)).toBe('2 events');
  });

  it("ptn('states.events', n) picks the plural form as tn does", () => {
    expect(ptn('states.events', 1)).toBe('1 event');
    expect(ptn('states.events', 0)).toBe('0 events');
    expect(ptn('states.events', 2)).toBe('2 events');
  });

  it("hasString(id) tells the table's ids from others", () => {
    expect(hasString('party.SU')).toBe(true);
    expect(hasString('party.RU')).toBe(false);
  });

  it('stringParts(id, values) and pageStringParts split a string around the placeholders left unfilled', () => {
    expect(stringParts('chart.showing', { from: '1990' })).toEqual([{ text: 'Showing 1990 to ' }, { slot: 'to' }]);
    expect(pageStringParts('notFound.startAgain')).toEqual([
      { text: 'Start again from ' },
      { slot: 'timeline' },
      { text: ', or from ' },
      { slot: 'list' },
      { text: " with each one's status today." },
    ]);
    expect(pageStringParts('explorer.eventCount', { instruments: 3 })).toEqual([
      { slot: 'events' },
      { text: ' events in 3 instruments.' },
    ]);
  });

  it("pt(id, values) fills a page string's placeholders as t does; eventMeaning(type) is one of them", () => {
    expect(pt('about.repository', { link: 'X' })).toBe('The repository: X.');
    expect(() => pt('about.repository')).toThrow('The string about.repository needs a value for {link}');
    expect(eventMeaning('signed')).toMatch(/^A party signed\. Signature is not ratification/);
  });

  it('listOf(items) and lowerInSentence(label) write as the edition does: a list as Intl.ListFormat joins it', () => {
    expect(listOf(['Russia'])).toBe('Russia');
    expect(listOf(['Russia', 'Belarus'])).toBe('Russia and Belarus');
    expect(listOf(['Russia', 'Belarus', 'Kazakhstan'])).toBe(
      new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(['Russia', 'Belarus', 'Kazakhstan']),
    );
    expect(listOf([])).toBe('');
    expect(lowerInSentence('Signed')).toBe('signed');
  });
});

describe('pseudoLocalize(text)', () => {
  it('pseudoLocalize accents every letter, doubles the vowels and brackets the whole', () => {
    expect(pseudoLocalize('Zoom in')).toBe('⟦Žööööɱ îîñ⟧');
  });

  it('pseudoLocalize leaves placeholders, digits and signs as they are, and no plain letter anywhere', () => {
    const text = pseudoLocalize('{count} events: a–z, A–Z, 0–9 {name}');
    expect(text).toContain('{count}');
    expect(text).toContain('{name}');
    expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[A-Za-z]/);
    expect(text).toContain('0–9');
  });

  it('pseudoLocalize lengthens a string by about a third, as translations do', () => {
    const text = 'Every event links to its source';
    expect(pseudoLocalize(text).length).toBeGreaterThan(text.length * 1.3);
  });
});

describe('LOCALES', () => {
  it('isLocale(code) accepts the editions we build and nothing else', () => {
    expect(Object.keys(LOCALES)).toEqual(['en', 'en-XA', 'ru', 'uk', 'de', 'fr', 'pl']);
    expect(isLocale('en-XA')).toBe(true);
    expect(isLocale('de')).toBe(true);
    expect(isLocale('es')).toBe(false);
    expect(isLocale('toString')).toBe(false);
  });
});
