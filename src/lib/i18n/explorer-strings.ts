/**
 * The strings only the explorer's browser code says (its panel, its as-of summary, its timeline's label and
 * cursor): apart from strings.ts, which every page's scripts load, so that a treaty page does not carry them.
 * Each edition's table is a module of its own (ru/explorer-strings.ts …), checked complete by the compiler
 * like strings.ts's, and chosen the same way, so that a build carries its own edition's table and no other.
 */
import { LOCALE, type Locale } from './locale.ts';
import { fill, pluralForm, pseudoTable, type EditionTable, type PluralBase, type StringValues } from './strings.ts';
import { EXPLORER_STRINGS_DE } from './de/explorer-strings.ts';
import { EXPLORER_STRINGS_FR } from './fr/explorer-strings.ts';
import { EXPLORER_STRINGS_PL } from './pl/explorer-strings.ts';
import { EXPLORER_STRINGS_RU } from './ru/explorer-strings.ts';
import { EXPLORER_STRINGS_UK } from './uk/explorer-strings.ts';

const EN = {
  'explorer.cursor': '{lane}: {event} ({n} of {of})',
  'explorer.textsElsewhere': 'Its description and sources, on the treaty’s page',
  'explorer.statusOn': 'Status on {day}',
  'explorer.wholeLifecycle': 'The whole lifecycle: {name}',
  'explorer.pickedEvents.one': '{count} event at this point of the timeline',
  'explorer.pickedEvents.other': '{count} events at this point of the timeline',
  'asOf.fold': 'Each instrument on {day}',
  'asOf.sentence': 'On {day}. {groups}',
  'asOf.group': '{title}: {entries}.',
  'asOf.entryWithDetail': '{name} ({detail})',
} as const;

/** Every key of the English table. */
type EnglishKey = keyof typeof EN;

/** The id of a counted explorer string, without its `.one` or `.other`. */
export type ExplorerPluralId = PluralBase<EnglishKey>;

/** The id of an explorer string (`te`), not a form of a counted one (`ten`). */
export type ExplorerStringId = Exclude<EnglishKey, `${ExplorerPluralId}.${'one' | 'other'}`>;

/** An edition's table of explorer strings. */
export type EditionExplorerStrings<L extends Locale> = EditionTable<L, ExplorerStringId, ExplorerPluralId>;

/** The English table of explorer strings. */
export const EXPLORER_STRINGS_EN: EditionExplorerStrings<'en'> = EN;

declare const __LOCALE__: string | undefined;

/** This build's table, chosen as strings.ts chooses its own. */
const TABLE: Readonly<Record<string, string>> =
  typeof __LOCALE__ !== 'string'
    ? EN
    : __LOCALE__ === 'ru'
      ? EXPLORER_STRINGS_RU
      : __LOCALE__ === 'uk'
        ? EXPLORER_STRINGS_UK
        : __LOCALE__ === 'de'
          ? EXPLORER_STRINGS_DE
          : __LOCALE__ === 'fr'
            ? EXPLORER_STRINGS_FR
            : __LOCALE__ === 'pl'
              ? EXPLORER_STRINGS_PL
              : __LOCALE__ === 'en-XA'
                ? pseudoTable(EN)
                : EN;

/** An explorer string of this build's edition, its placeholders filled in. */
export function te(id: ExplorerStringId, values?: StringValues): string {
  return fill(LOCALE, id, TABLE[id]!, values);
}

/** The form of a counted explorer string for a count (`{count}` is filled in). */
export function ten(id: ExplorerPluralId, count: number, values: StringValues = {}): string {
  const form = `${id}.${pluralForm(count)}`;
  return fill(LOCALE, form, TABLE[form]!, { ...values, count });
}
