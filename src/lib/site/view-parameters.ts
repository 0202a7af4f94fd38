/**
 * The one table of address parameters: each parameter's name, the views it applies to, and how it is read
 * and written. The `ViewState` type, the parsing and what an embed passes on or strips derive from it; its
 * documentation, which no browser needs, is beside it in view-parameter-docs.ts, checked complete by type. Plain functions rather than
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
  /** Whether the chart the server drew cannot show it: a view that has it is drawn again at once. */
  redraws: boolean;
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
    redraws: false,
    parse: (raw, context) => oneOf(context.instrumentIds, 'params.unknownInstrument')(raw),
  } satisfies Parameter<string>,
  event: {
    scope: 'page',
    redraws: false,
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
    redraws: true,
    parse: partialDate,
  } satisfies Parameter<string>,
  to: {
    scope: 'both',
    redraws: true,
    parse: partialDate,
  } satisfies Parameter<string>,
  asof: {
    scope: 'both',
    redraws: true,
    parse: (raw, context) => {
      if (!isDay(raw)) return no('params.notDay');
      if (context.earliest && raw < context.earliest) return no('params.beforeFirst');
      return raw <= context.asOf ? ok(raw) : no('params.afterData');
    },
  } satisfies Parameter<string>,
  instruments: {
    scope: 'both',
    redraws: true,
    parse: listOf((context) => context.instrumentIds, 'params.noInstrument', 'params.unknownInstrument'),
  } satisfies Parameter<string[]>,
  types: {
    scope: 'page',
    redraws: true,
    parse: listOf(() => EVENT_TYPE_IDS, 'params.noEventType', 'params.unknownEventType'),
  } satisfies Parameter<EventType[]>,
  party: {
    scope: 'both',
    redraws: true,
    parse: listOf(() => PARTY_IDS, 'params.noParty', 'params.unknownParty'),
  } satisfies Parameter<PartyId[]>,
  compare: {
    scope: 'page',
    redraws: false,
    parse: (raw, context) => {
      const days = raw.split(',');
      if (days.length !== 2 || !days.every(isDay)) return no('params.notTwoDays');
      const [from, to] = [...days].sort() as [string, string];
      return to <= context.asOf ? ok(`${from},${to}`) : no('params.afterData');
    },
  } satisfies Parameter<string>,
  theme: {
    scope: 'embed',
    redraws: false,
    parse: oneOf(['light', 'dark', 'auto'] as const, 'params.notTheme'),
  } satisfies Parameter<'light' | 'dark' | 'auto'>,
  title: {
    scope: 'embed',
    redraws: false,
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
