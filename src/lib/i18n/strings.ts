/**
 * Every string of the interface, keyed by id: what pages, charts, embeds and browser code say around
 * the content. The words only built pages say (the methodology page, the 404 page, the treaty index,
 * the feed) are in page-strings.ts, so that browser code does not carry them. The content (names,
 * descriptions, narratives, sources) is the authors'; everything else a reader sees comes from here.
 * `{name}` marks a value filled in by `t`; a count picks its form with `tn` (`.one`, `.few`, `.many`,
 * `.other`, as Intl.PluralRules names them, in the categories the edition's language has). Each edition's
 * table is a module of its own (ru/strings.ts …), checked complete by the compiler, and the legal words
 * come from glossary.ts; the pseudo-locale en-XA is derived from English.
 */
import { GLOSSARY_EN, withGlossary } from './glossary.ts';
import { LOCALE, LOCALES, type Locale, type PluralCategory } from './locale.ts';
import { pseudoLocalize } from './pseudo-locale.ts';
import { STRINGS_DE } from './de/strings.ts';
import { STRINGS_FR } from './fr/strings.ts';
import { STRINGS_PL } from './pl/strings.ts';
import { STRINGS_RU } from './ru/strings.ts';
import { STRINGS_UK } from './uk/strings.ts';

const EN = /* @__PURE__ */ withGlossary(GLOSSARY_EN, {
  // Dates and lists
  'date.approximate': 'c. {date}',
  'date.notAfter': 'by {date}',
  'date.range': '{from} to {to}',
  'list.separator': ', ',
  'list.more': '{list}, and {count} more',

  // Event types and statuses: their words are the glossary's (`event.<type>`, `status.<status>` and its `.inSentence`)
  'event.line': '{date}: {type} — {parties}',
  'event.lineDocument': '{date}: {type} ({document}) — {parties}',
  'event.lineContested': '{line}, contested by {parties}',

  'statusGroup.in-force': 'In force or in effect',
  'statusGroup.suspended': 'Suspended by a party',
  'statusGroup.pending': 'Signed or adopted, not in force',
  'statusGroup.ended': 'Ended',
  'statusGroup.not-yet': 'Not yet concluded',

  // Parties: names Intl.DisplayNames lacks or words differently from common usage, and the groups
  'party.all-parties': 'All parties',
  'party.nato-allies': 'NATO allies',
  'party.SU': 'Soviet Union',
  'party.CS': 'Czechoslovakia',
  'party.BA': 'Bosnia and Herzegovina',
  'party.CD': 'Democratic Republic of the Congo',

  // Charts
  'chart.caption': 'Status as of {day}.{shown} Bars show each status from the event that began it; {where}.',
  'chart.captionShown': ' Showing {from} to {to}.',
  'chart.captionPage': 'every marker links to its event and sources below',
  'chart.leftOut.one': '{count} instrument left out, which records no step by {parties} up to {day}: {names}.',
  'chart.leftOut.other': '{count} instruments left out, which record no step by {parties} up to {day}: {names}.',
  'chart.captionEmbed': 'every marker opens its event and sources on Arms Control Timeline',
  'chart.asOfLine': 'As of {day}',
  'chart.showing': 'Showing {from} to {to}',
  'chart.wheelHint': 'Use Ctrl + scroll to zoom',
  'chart.wheelHintMac': 'Use ⌘ or Ctrl + scroll to zoom',
  'chart.group.one': '{count} state: {statuses}',
  'chart.group.other': '{count} states: {statuses}',
  'chart.group.count': '{count} {status}',
  'chart.group.since': '{status} since {day}',
  'chart.group.between': '{status}, each since a day between {from} and {to}',
  'chart.group.by': '{status}, each by {day}',
  'chart.eventCount.one': '{count} event',
  'chart.eventCount.other': '{count} events',
  'chart.markerEvents.one': '{count} event: {events}',
  'chart.markerEvents.other': '{count} events: {events}',
  'chart.markerSpan.one': '{count} event, {first} to {last}',
  'chart.markerSpan.other': '{count} events, {first} to {last}',
  'chart.markerLabel': '{instrument}, {events}',
  'chart.barSince': 'since {day}',
  'chart.barContested': ' (as claimed; contested by {parties})',
  'chart.barTitle': '{lane}: {status}{contested}, {until}',
  'legend.label': 'Legend',
  'legend.contested': 'As claimed, contested by another party (dashed)',
  'legend.cluster': 'Several events, too close to tell apart here',

  // The explorer
  'source.claim': 'cited for',
  'source.copies': 'copy read at',
  'explorer.shownOf': '{shown} of {total}',
  'explorer.chooseDay': 'Choose a day from {from} to {to}: {value} is {reason}.',

  // The as-of summary
  'asOf.detailSeparator': '; ',

  // What changed between two days
  'compare.heading': 'What changed between {from} and {to}',
  'compare.nothing': 'No status changed between {from} and {to}.',
  'compare.unavailable': 'The list could not be loaded. The treaties’ pages give each status change.',
  'compare.wholeInstrument': 'as a whole',
  'compare.step': '{type} {date}',
  'compare.sentence': '{instrument} — {who}: {before} → {after} ({steps})',

  // The status sentence a treaty page or embed opens with
  'headline.on': 'Status on {day}:',

  // The embed dialog and embeds
  'embed.measuring': 'Measuring at {width} px',
  'embed.copied': 'Copied.',
  'embed.selected': 'Selected: press Ctrl+C or ⌘C to copy.',

  // Address parameters: the notice and why a value was refused
  'params.ignored': 'Ignored in the address: {list}.',
  'params.ignoredItem': '{name} ({reason})',
  'params.droppedValue': '{value} in {name}',
  'params.notHere.page': 'not a parameter of this page',
  'params.notHere.embed': 'not a parameter of this embed',
  'params.tooLong': 'too long',
  'params.fromAfterTo': 'not before "to"',
  'params.toBeforeFrom': 'not after "from"',
  'params.unknownInstrument': 'unknown instrument',
  'params.unknownEvent': 'unknown event',
  'params.notDate': 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
  'params.notDay': 'not a day (YYYY-MM-DD)',
  'params.beforeFirst': 'before the first event',
  'params.afterData': 'after the date of the data',
  'params.notTwoDays': 'not two days (YYYY-MM-DD,YYYY-MM-DD)',
  'params.notTheme': 'not light, dark or auto',
  'params.notOnOff': 'not on or off',
  'params.noInstrument': 'no instrument given',
  'params.noEventType': 'no event type given',
  'params.noParty': 'no party given',
  'params.unknownEventType': 'unknown event type',
  'params.unknownParty': 'unknown party',

  // States

  // Finding anything (the header's search box, src/client/search-panel.ts)
  'search.results.one': '{count} result',
  'search.results.other': '{count} results',
  'search.none': 'Nothing found for “{query}”',
  'search.unavailable': 'Search could not load here; browse the instruments and states instead.',
  'search.kind.treaty': 'Instrument',
  'search.kind.state': 'State',
} as const);

/** Every key of the English table: the ids, and each counted string's forms as `.one` and `.other`. */
type EnglishKey = keyof typeof EN;

/** The counted strings of a table: its keys that end in `.other`, without it. */
export type PluralBase<Key extends string> = Key extends `${infer Base}.other` ? Base : never;

/** The ids that come in plural forms (said by `tn`), without their `.one` / `.other`. */
export type PluralId = PluralBase<EnglishKey>;

/** The id of an interface string said on its own (by `t`), not a form of a counted string. */
export type StringId = Exclude<EnglishKey, `${PluralId}.${'one' | 'other'}`>;

/**
 * An edition's table, as the compiler checks it: every id of the English table, and every counted string in
 * exactly the plural categories of the edition's language (Russian one, few, many and other; French one,
 * many and other) — a missing id or a missing form does not compile, nor does an extra one.
 */
export type EditionTable<L extends Locale, Single extends string, Plural extends string> = {
  readonly [K in Single | `${Plural}.${PluralCategory<L>}`]: string;
};

/** An edition's table of interface strings. */
export type EditionStrings<L extends Locale> = EditionTable<L, StringId, PluralId>;

/** The English table of interface strings (the pseudo-locale's is derived from it). */
export const STRINGS_EN: EditionStrings<'en'> = EN;

/** A table in the pseudo-locale: every string of the English table accented and lengthened. */
export function pseudoTable<Table extends Readonly<Record<string, string>>>(english: Table): Table {
  return Object.fromEntries(Object.entries(english).map(([id, text]) => [id, pseudoLocalize(text)])) as Table;
}

declare const __LOCALE__: string | undefined;

/**
 * This build's table. The edition is chosen by comparing the build's constant `__LOCALE__` with each code,
 * which the bundler folds, so that a build's scripts carry its own edition's table and no other (an object
 * holding every table, indexed by LOCALE, would carry all six to every reader).
 */
const TABLE: Readonly<Record<string, string>> =
  typeof __LOCALE__ !== 'string'
    ? EN
    : __LOCALE__ === 'ru'
      ? STRINGS_RU
      : __LOCALE__ === 'uk'
        ? STRINGS_UK
        : __LOCALE__ === 'de'
          ? STRINGS_DE
          : __LOCALE__ === 'fr'
            ? STRINGS_FR
            : __LOCALE__ === 'pl'
              ? STRINGS_PL
              : __LOCALE__ === 'en-XA'
                ? pseudoTable(EN)
                : EN;

/** Values filled into a string's `{placeholders}`. */
export type StringValues = Readonly<Record<string, string | number>>;

/** A value as a string of the edition: numbers written as its locale writes them. */
function valueText(locale: Locale, value: string | number): string {
  return typeof value === 'number' ? numberFormat(locale).format(value) : value;
}
/** One formatter per edition: an Intl constructor costs far more than a call to `format`. */
const numberFormats = new Map<Locale, Intl.NumberFormat>();
function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(LOCALES[locale].intl)));
  return format;
}

/** `text`, the string `id` of an edition, with its placeholders filled in. */
export function fill(locale: Locale, id: string, text: string, values: StringValues = {}): string {
  return text.replace(/\{(\w+)\}(\.?)/g, (_, name: string, stop: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`The string ${id} needs a value for {${name}}`);
    return withStop(valueText(locale, value), stop);
  });
}

/**
 * A value and the full stop after it in the string: one stop where the value ends in one, as a date does in
 * Russian and Ukrainian ("7 ноября 2023 г.", "2023 р.") — the abbreviation's stop ends the sentence too.
 */
function withStop(value: string, stop: string): string {
  return stop && value.endsWith('.') ? value : value + stop;
}

/** Words Intl wrote (a month, a country): in the pseudo-locale they are accented like the table's. */
export function intlText(text: string): string {
  return LOCALES[LOCALE].pseudo ? pseudoLocalize(text) : text;
}

/** A string of this build's edition, its placeholders filled in; a placeholder without a value is an error, not a gap. */
export function t(id: StringId, values?: StringValues): string {
  return fill(LOCALE, id, TABLE[id]!, values);
}

/** The edition's plural rules, built once like its number format. */
let pluralRules: Intl.PluralRules | undefined;

/**
 * The plural category the edition's rules choose for a count, the suffix of a counted string's id: one of
 * the categories its table has (PLURAL_CATEGORIES in locale.ts, held to Intl's by a test).
 */
export function pluralForm(count: number): PluralCategory {
  return (pluralRules ??= new Intl.PluralRules(LOCALES[LOCALE].intl)).select(count) as PluralCategory;
}

/** The form of a string for a count (`{count}` is filled in), as the edition's plural rules choose it. */
export function tn(id: PluralId, count: number, values: StringValues = {}): string {
  const form = `${id}.${pluralForm(count)}`;
  return fill(LOCALE, form, TABLE[form]!, { ...values, count });
}

const PLURAL_FORM = /\.(?:zero|one|two|few|many|other)$/;

/** Whether the table has a string of this id (for ids built from a vocabulary, such as `party.SU`). */
export function hasString(id: string): id is StringId {
  return Object.hasOwn(TABLE, id) && !PLURAL_FORM.test(id);
}

/**
 * A string split around the placeholders `values` does not fill, for markup that puts an element in a
 * sentence (a link in "Start again from {timeline}…"): text parts and placeholder names, in order.
 */
export function stringParts(id: StringId, values: StringValues = {}): StringPart[] {
  return partsOf(TABLE[id]!, values);
}

/** A part of a string split around its placeholders: text, or the name of a placeholder left unfilled. */
export type StringPart = { text: string } | { slot: string };

/** `text` split around the placeholders `values` does not fill (see stringParts). */
export function partsOf(text: string, values: StringValues = {}): StringPart[] {
  const parts: StringPart[] = [];
  for (const [n, piece] of text.split(/\{(\w+)\}/).entries()) {
    const value = n % 2 === 1 ? values[piece] : piece;
    if (n % 2 === 1 && value === undefined) parts.push({ slot: piece });
    else if (value !== '' && value !== undefined) {
      const last = parts.at(-1);
      const text = valueText(LOCALE, value);
      // The string's full stop after a value that ends in one is not repeated (see withStop).
      const written = n % 2 === 0 && last && 'text' in last && last.text.endsWith('.') ? text.replace(/^\./, '') : text;
      if (last && 'text' in last) last.text += written;
      else parts.push({ text: written });
    }
  }
  return parts;
}

/** How the edition's language joins a list in a sentence, made once. */
let listFormat: Intl.ListFormat | undefined;

/** A list in words, as Intl.ListFormat writes it in the edition's language: "a, b and c", "а, б и в". */
export function listOf(items: readonly string[]): string {
  listFormat ??= new Intl.ListFormat(LOCALES[LOCALE].intl, { style: 'long', type: 'conjunction' });
  // Intl's own words ("and", "и", "und") are Intl's text; the items are already the edition's.
  return listFormat
    .formatToParts(items)
    .map((part) => (part.type === 'literal' ? intlText(part.value) : part.value))
    .join('');
}

/**
 * A label in the middle of a sentence ("signed 3 March 2019"), lower-cased as the edition's language does it:
 * not in German, whose labels are nouns.
 */
export function lowerInSentence(label: string): string {
  return LOCALES[LOCALE].lowerInSentence ? label.toLocaleLowerCase(LOCALES[LOCALE].intl) : label;
}
