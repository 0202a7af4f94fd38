/**
 * Every edition's tables side by side, for the tests and build tools that compare editions. A page or a
 * script of one edition never imports this module: strings.ts and page-strings.ts choose their edition's
 * table where the build's constant folds, so that each build carries its own table and no other.
 */
import {
  GLOSSARY_DE,
  GLOSSARY_EN,
  GLOSSARY_FR,
  GLOSSARY_PL,
  GLOSSARY_RU,
  GLOSSARY_UK,
  type Glossary,
} from './glossary.ts';
import type { Locale, PluralCategory } from './locale.ts';
import { PAGE_STRINGS_EN } from './page-strings.ts';
import { fill, pseudoTable, STRINGS_EN, type PluralId, type StringId, type StringValues } from './strings.ts';
import { EXPLORER_STRINGS_EN } from './explorer-strings.ts';
import { EXPLORER_STRINGS_DE } from './de/explorer-strings.ts';
import { EXPLORER_STRINGS_FR } from './fr/explorer-strings.ts';
import { EXPLORER_STRINGS_PL } from './pl/explorer-strings.ts';
import { EXPLORER_STRINGS_RU } from './ru/explorer-strings.ts';
import { EXPLORER_STRINGS_UK } from './uk/explorer-strings.ts';
import { PAGE_STRINGS_DE } from './de/page-strings.ts';
import { STRINGS_DE } from './de/strings.ts';
import { PAGE_STRINGS_FR } from './fr/page-strings.ts';
import { STRINGS_FR } from './fr/strings.ts';
import { PAGE_STRINGS_PL } from './pl/page-strings.ts';
import { STRINGS_PL } from './pl/strings.ts';
import { PAGE_STRINGS_RU } from './ru/page-strings.ts';
import { STRINGS_RU } from './ru/strings.ts';
import { PAGE_STRINGS_UK } from './uk/page-strings.ts';
import { STRINGS_UK } from './uk/strings.ts';

/** A table as the tests read it: every key (a counted string's forms as `<id>.<category>`) and its text. */
type AnyTable = Readonly<Record<string, string>>;

/** Every edition's table of interface strings, the explorer's own (explorer-strings.ts) with them. */
export const EDITION_STRINGS: Readonly<Record<Locale, AnyTable>> = {
  en: { ...STRINGS_EN, ...EXPLORER_STRINGS_EN },
  'en-XA': pseudoTable({ ...STRINGS_EN, ...EXPLORER_STRINGS_EN }),
  ru: { ...STRINGS_RU, ...EXPLORER_STRINGS_RU },
  uk: { ...STRINGS_UK, ...EXPLORER_STRINGS_UK },
  de: { ...STRINGS_DE, ...EXPLORER_STRINGS_DE },
  fr: { ...STRINGS_FR, ...EXPLORER_STRINGS_FR },
  pl: { ...STRINGS_PL, ...EXPLORER_STRINGS_PL },
};

/** Every edition's table of page strings. */
export const EDITION_PAGE_STRINGS: Readonly<Record<Locale, AnyTable>> = {
  en: PAGE_STRINGS_EN,
  'en-XA': pseudoTable(PAGE_STRINGS_EN),
  ru: PAGE_STRINGS_RU,
  uk: PAGE_STRINGS_UK,
  de: PAGE_STRINGS_DE,
  fr: PAGE_STRINGS_FR,
  pl: PAGE_STRINGS_PL,
};

/** Each language's glossary of legal words (the pseudo-locale's words are English's, accented). */
export const GLOSSARIES: Readonly<Record<Exclude<Locale, 'en-XA'>, Glossary>> = {
  en: GLOSSARY_EN,
  ru: GLOSSARY_RU,
  uk: GLOSSARY_UK,
  de: GLOSSARY_DE,
  fr: GLOSSARY_FR,
  pl: GLOSSARY_PL,
};

/** A string of any edition (or one form of a counted string), its placeholders filled in (a placeholder without a value is an error). */
export function translate(
  locale: Locale,
  id: StringId | `${PluralId}.${PluralCategory}`,
  values: StringValues = {},
): string {
  return fill(locale, id, EDITION_STRINGS[locale][id]!, values);
}
