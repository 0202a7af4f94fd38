/**
 * The one table of address parameters: each parameter's name, the views it applies to, how it is read
 * and written, and one line of documentation. The `ViewState` type, the parsing, what an embed passes
 * on or strips, and the README's table (`npm run docs`) all derive from it. Plain functions rather than
 * zod keep this out of the browser bundle's way: every page's first script reads it.
 */
import { PARTIAL_DATE_PATTERN, parsePartialDate } from '../model/dates.ts';
import { EVENT_TYPE_IDS, type EventType } from '../model/event-types.ts';
import { PARTY_IDS, type PartyId } from '../model/parties.ts';
import type { StringId } from '../i18n/strings.ts';

/** What the address may refer to: the instruments that exist, their events' ids, the latest day with data. */
export interface UrlContext {
  /** Ids of the instruments the view draws. */
  instrumentIds: readonly string[];
  /** The permanent ids of each instrument's events. */
  eventIds: Readonly<Record<string, readonly string[]>>;
  /** The event id an old `instrument:index` address meant (see src/lib/site/event-addresses.ts), where the view knows it. */
  legacyEvent?: (value: string) => string | undefined;
  /** The data's as-of day (YYYY-MM-DD). */
  asOf: string;
  /** The first day with data (YYYY-MM-DD), where the view knows it: an as-of day before it is refused. */
  earliest?: string;
}

/**
 * A value read from the address, or why it was refused (the id of a few words for the notice). A list
 * keeps the values it knows and names the others in `dropped`, with the reason they were left out.
 */
export type Parsed<T> =
  { ok: true; value: T; dropped?: { values: string[]; reason: StringId } } | { ok: false; reason: StringId };

/** The views a parameter applies to: the site's pages, the embeds, or both. */
export type ParameterScope = 'page' | 'embed' | 'both';

interface Parameter<T> {
  /** Where it applies. */
  scope: ParameterScope;
  /** One line for the README. */
  doc: string;
  /** Whether the chart the server drew cannot show it: a view that has it is drawn again at once. */
  redraws: boolean;
  /** An example value, for the README. */
  example: string;
  /** Reads a raw value. */
  parse: (raw: string, context: UrlContext) => Parsed<T>;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const no = (reason: StringId): Parsed<never> => ({ ok: false, reason });

const oneOf =
  <T extends string>(allowed: readonly T[], reason: StringId) =>
  // Every parser takes the context, whether or not it needs it, so the table's parsers are called alike.
  (raw: string, _context?: UrlContext): Parsed<T> =>
    (allowed as readonly string[]).includes(raw) ? ok(raw as T) : no(reason);

const listOf =
  <T extends string>(allowed: (context: UrlContext) => readonly T[], none: StringId, unknown: StringId) =>
  (raw: string, context: UrlContext): Parsed<T[]> => {
    const values = [
      ...new Set(
        raw
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length === 0) return no(none);
    const known = allowed(context) as readonly string[];
    const kept = values.filter((v) => known.includes(v)) as T[];
    const dropped = values.filter((v) => !known.includes(v));
    if (kept.length === 0) return no(unknown);
    return dropped.length === 0 ? ok(kept) : { ok: true, value: kept, dropped: { values: dropped, reason: unknown } };
  };

/** A real day written YYYY-MM-DD (not 2023-02-30). */
const isDay = (raw: string | undefined): raw is string =>
  raw !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(raw) && parsePartialDate(raw) !== undefined;

const partialDate = (raw: string, _context?: UrlContext): Parsed<string> =>
  PARTIAL_DATE_PATTERN.test(raw) && parsePartialDate(raw) !== undefined ? ok(raw) : no('params.notDate');

/** Every parameter, in the order an address writes them. */
export const VIEW_PARAMETERS = {
  instrument: {
    scope: 'page',
    doc: 'The instrument open in the side panel, by id.',
    redraws: false,
    example: 'inf',
    parse: (raw, context) => oneOf(context.instrumentIds, 'params.unknownInstrument')(raw),
  } satisfies Parameter<string>,
  event: {
    scope: 'page',
    doc: 'The event open in the side panel, by its permanent id (an old instrument:number address still leads to the event it meant).',
    redraws: false,
    example: 'inf-1987-12-08-signed',
    parse: (raw, context) => {
      const known = (id: string | undefined) =>
        id !== undefined && context.instrumentIds.some((i) => context.eventIds[i]?.includes(id));
      if (known(raw)) return ok(raw);
      const meant = context.legacyEvent?.(raw);
      return known(meant) ? ok(meant!) : no('params.unknownEvent');
    },
  } satisfies Parameter<string>,
  from: {
    scope: 'both',
    doc: 'Start of the time span shown: YYYY, YYYY-MM or YYYY-MM-DD.',
    redraws: true,
    example: '1985',
    parse: partialDate,
  } satisfies Parameter<string>,
  to: {
    scope: 'both',
    doc: 'End of the time span shown, in the same form.',
    redraws: true,
    example: '2026-06',
    parse: partialDate,
  } satisfies Parameter<string>,
  asof: {
    scope: 'both',
    doc: 'Tell the story as of this day: nothing after it is drawn, every status is the one held that day.',
    redraws: true,
    example: '2019-01-01',
    parse: (raw, context) => {
      if (!isDay(raw)) return no('params.notDay');
      if (context.earliest && raw < context.earliest) return no('params.beforeFirst');
      return raw <= context.asOf ? ok(raw) : no('params.afterData');
    },
  } satisfies Parameter<string>,
  instruments: {
    scope: 'both',
    doc: 'Only these instruments, by id, comma-separated.',
    redraws: true,
    example: 'cfe,inf',
    parse: listOf((context) => context.instrumentIds, 'params.noInstrument', 'params.unknownInstrument'),
  } satisfies Parameter<string[]>,
  types: {
    scope: 'page',
    doc: 'Only events of these types, comma-separated.',
    redraws: true,
    example: 'signed,withdrawn',
    parse: listOf(() => EVENT_TYPE_IDS, 'params.noEventType', 'params.unknownEventType'),
  } satisfies Parameter<EventType[]>,
  party: {
    scope: 'both',
    doc: 'Only the events of these parties, by code, comma-separated; an instrument none of them acted in is left out, and a line says so.',
    redraws: true,
    example: 'RU',
    parse: listOf(() => PARTY_IDS, 'params.noParty', 'params.unknownParty'),
  } satisfies Parameter<PartyId[]>,
  compare: {
    scope: 'page',
    doc: 'What changed between two days: FROM,TO as YYYY-MM-DD.',
    redraws: false,
    example: '2000-01-01,2026-11-22',
    parse: (raw, context) => {
      const days = raw.split(',');
      if (days.length !== 2 || !days.every(isDay)) return no('params.notTwoDays');
      const [from, to] = [...days].sort() as [string, string];
      return to <= context.asOf ? ok(`${from},${to}`) : no('params.afterData');
    },
  } satisfies Parameter<string>,
  theme: {
    scope: 'embed',
    doc: 'Colour scheme: light, dark, or auto (the reader’s).',
    redraws: false,
    example: 'dark',
    parse: oneOf(['light', 'dark', 'auto'] as const, 'params.notTheme'),
  } satisfies Parameter<'light' | 'dark' | 'auto'>,
  title: {
    scope: 'embed',
    doc: 'Show the embed’s title (on) or leave it to the article (off).',
    redraws: false,
    example: 'off',
    parse: oneOf(['on', 'off'] as const, 'params.notOnOff'),
  } satisfies Parameter<'on' | 'off'>,
};

/** A parameter's name. */
export type ParameterName = keyof typeof VIEW_PARAMETERS;

/** Every parameter name, in the order an address writes them. */
export const PARAMETER_NAMES = Object.keys(VIEW_PARAMETERS) as ParameterName[];

type ValueOf<P> = P extends { parse: (...args: never[]) => Parsed<infer T> } ? T : never;

/** What a view's address can say, one optional field per parameter. */
export type ViewState = { -readonly [K in ParameterName]?: ValueOf<(typeof VIEW_PARAMETERS)[K]> };

/** Whether a parameter applies to a kind of view. */
export function appliesTo(name: ParameterName, view: 'page' | 'embed'): boolean {
  const { scope } = VIEW_PARAMETERS[name];
  return scope === 'both' || scope === view;
}

/** Whether the chart the server drew already shows this view: no parameter in it asks for another drawing. */
export function drawnAsServed(state: ViewState): boolean {
  return PARAMETER_NAMES.every((name) => state[name] === undefined || !VIEW_PARAMETERS[name].redraws);
}

/** The README's table of embed parameters, generated from the table. */
export function parameterMarkdown(): string {
  const views = { page: 'pages', embed: 'embeds', both: 'pages and embeds' } as const;
  return [
    '| parameter | example | applies to | what it does |',
    '| --- | --- | --- | --- |',
    ...PARAMETER_NAMES.map((name) => {
      const p = VIEW_PARAMETERS[name];
      return `| \`${name}\` | \`${name}=${p.example}\` | ${views[p.scope]} | ${p.doc} |`;
    }),
  ].join('\n');
}
