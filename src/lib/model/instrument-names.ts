/**
 * An instrument's names in the edition's language. The content gives them, where known, under `names`
 * (src/lib/content/schema/instrument-schema.ts): the official name in that language and the one its readers use
 * (ДОВСЕ, KSE-Vertrag, traité FCE). Every view reads an instrument's `name` and `shortName`, so the model
 * carries the edition's names in those fields, and the English ones where the content gives none.
 */
import { LOCALE, TRANSLATED_LOCALES, type Locale, type TranslatedLocale } from '../i18n/locale.ts';
import type { InstrumentData } from '../content/schema/instrument-schema.ts';

const isTranslated = (locale: Locale): locale is TranslatedLocale =>
  (TRANSLATED_LOCALES as readonly Locale[]).includes(locale);

/** An instrument's data with its names in the edition's language, where the content gives them. */
export function inEditionLanguage(data: InstrumentData, locale: Locale = LOCALE): InstrumentData {
  const names = isTranslated(locale) ? data.names?.[locale] : undefined;
  return names ? { ...data, name: names.name, shortName: names.shortName } : data;
}
