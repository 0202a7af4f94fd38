import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCALE, LOCALES, isLocale, type Locale } from '../../src/lib/i18n/locale.ts';
import { pseudoLocalize } from '../../src/lib/i18n/pseudo-locale.ts';
import { eventMeaning, pageStringParts, pt, ptn } from '../../src/lib/i18n/page-strings.ts';
import { EDITION_STRINGS, translate } from '../../src/lib/i18n/editions.ts';
import {
  fill,
  hasString,
  listOf,
  lowerInSentence,
  partsOf,
  stringParts,
  STRINGS_EN,
  t,
  tn,
} from '../../src/lib/i18n/strings.ts';

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

describe("t(id) and listOf(items) in each edition's build", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  /** strings.ts as the build of one edition loads it: the bundler's constant `__LOCALE__` set to its code. */
  async function built(code: string) {
    vi.stubGlobal('__LOCALE__', code);
    vi.resetModules();
    return import('../../src/lib/i18n/strings.ts');
  }

  for (const code of Object.keys(LOCALES) as Locale[])
    it(`t(id) in the ${code} build says the ${code} table's words`, async () => {
      const { t } = await built(code);
      for (const id of ['statusGroup.ended', 'chart.wheelHint'] as const)
        expect(t(id)).toBe(code === 'en-XA' ? pseudoLocalize(STRINGS_EN[id]) : EDITION_STRINGS[code][id]);
    });

  it('t(id) in a build for no edition we know says the English words', async () => {
    expect((await built('es')).t('statusGroup.ended')).toBe('Ended');
  });

  it("listOf(items) in the pseudo-locale's build accents Intl's own words, not the items", async () => {
    const { listOf } = await built('en-XA');
    expect(listOf(['Russia', 'Belarus'])).toBe(`Russia${pseudoLocalize(' and ')}Belarus`);
  });

  it('listOf(items) in the Russian build joins the items as Russian does', async () => {
    expect((await built('ru')).listOf(['Россия', 'Беларусь'])).toBe('Россия и Беларусь');
  });
});

describe('fill(locale, id, text, values) and stringParts(id, values): one full stop after a value that ends in one', () => {
  it("fill('ru', id, text, values) writes one stop where a date ends in the abbreviation's", () => {
    expect(fill('ru', 'headline.on', 'Статус на {day}.', { day: '7 ноября 2023 г.' })).toBe(
      'Статус на 7 ноября 2023 г.',
    );
    expect(fill('ru', 'headline.on', 'Статус на {day}.', { day: '2023' })).toBe('Статус на 2023.');
    expect(fill('ru', 'headline.on', 'Статус на {day}:', { day: '7 ноября 2023 г.' })).toBe(
      'Статус на 7 ноября 2023 г.:',
    );
  });

  it('partsOf(text, values) drops the stop after a value that ends in one, and only that stop', () => {
    const text = 'Signed {day}. See art. 5 in {link}';
    expect(partsOf(text, { day: '7 ноября 2023 г.' })).toEqual([
      { text: 'Signed 7 ноября 2023 г. See art. 5 in ' },
      { slot: 'link' },
    ]);
    expect(partsOf(text, { day: '1990' })).toEqual([{ text: 'Signed 1990. See art. 5 in ' }, { slot: 'link' }]);
    expect(partsOf('Signed {day}; see art. 5 in {link}', { day: '2023 г.' })).toEqual([
      { text: 'Signed 2023 г.; see art. 5 in ' },
      { slot: 'link' },
    ]);
  });

  it('stringParts(id, values) of a string that opens with an unfilled placeholder opens with its slot', () => {
    expect(stringParts('event.line', { type: 'Signed', parties: 'United States' })).toEqual([
      { slot: 'date' },
      { text: ': Signed — United States' },
    ]);
    expect(stringParts('event.line', { date: '', type: 'Signed', parties: 'United States' })).toEqual([
      { text: ': Signed — United States' },
    ]);
  });
});
