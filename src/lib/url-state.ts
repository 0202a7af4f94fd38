import * as z from 'zod/mini';
import { dateStart, PARTIAL_DATE_PATTERN, parsePartialDate } from './dates.ts';
import { EVENT_TYPE_IDS } from './event-types.ts';
import { PARTY_IDS } from './parties.ts';
import { VIEW_PARAMETERS, type ViewState } from './view-state.ts';

export { serializeViewState, type ViewState } from './view-state.ts';

/** A parameter that was ignored, and why, for the visible notice. */
export interface IgnoredParameter {
  /** Parameter name (as given, shortened if long). */
  name: string;
  /** Why it was ignored, in a few words. */
  reason: string;
}

/** What the address may refer to: the instruments that exist, the latest day with data, event counts. */
export interface UrlContext {
  /** Ids of all instruments. */
  instrumentIds: readonly string[];
  /** Number of events per instrument id. */
  eventCounts: Readonly<Record<string, number>>;
  /** The data's as-of day (YYYY-MM-DD). */
  asOf: string;
}

/** Longest value read from any parameter; longer ones are ignored whole. */
export const MAX_PARAMETER_LENGTH = 300;


// zod/mini keeps the browser bundle small; the rules are the same as anywhere else.
const list = <T extends string>(allowed: readonly T[], what: string) =>
  z.pipe(
    z.string().check(
      z.refine((value) => value.split(',').some((v) => v.trim() !== ''), { error: `no ${what} given` }),
      z.refine((value) => value.split(',').map((v) => v.trim()).filter(Boolean).every((v) => (allowed as readonly string[]).includes(v)), { error: `unknown ${what}` }),
    ),
    z.transform((value: string) => [...new Set(value.split(',').map((v) => v.trim()).filter(Boolean))] as T[]),
  );

const partialDate = z.string().check(z.refine((v) => PARTIAL_DATE_PATTERN.test(v) && parsePartialDate(v) !== undefined, { error: 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)' }));

function parameterSchemas(context: UrlContext) {
  return {
    instrument: z.string().check(z.refine((v) => context.instrumentIds.includes(v), { error: 'unknown instrument' })),
    event: z.string().check(
      z.refine((v) => {
        const [id, index] = v.split(':');
        return id !== undefined && context.instrumentIds.includes(id) && /^\d+$/.test(index ?? '') && Number(index) < (context.eventCounts[id] ?? 0);
      }, { error: 'unknown event' }),
    ),
    from: partialDate,
    to: partialDate,
    asof: z.string().check(
      z.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && parsePartialDate(v) !== undefined, { error: 'not a day (YYYY-MM-DD)', abort: true }),
      z.refine((v) => v <= context.asOf, { error: 'after the date of the data' }),
    ),
    instruments: list(context.instrumentIds, 'instrument'),
    types: list(EVENT_TYPE_IDS, 'event type'),
    party: list(PARTY_IDS, 'party'),
    theme: z.enum(['light', 'dark', 'auto'], { error: 'not light, dark or auto' }),
    title: z.enum(['on', 'off'], { error: 'not on or off' }),
  } satisfies Record<(typeof VIEW_PARAMETERS)[number], z.ZodMiniType>;
}

/** A shortened, printable form of a parameter name for the notice (never markup: the caller sets it as text). */
function shown(name: string): string {
  const printable = name.replace(/[^\p{L}\p{N}_-]/gu, '?');
  return printable.length > 24 ? `${printable.slice(0, 24)}…` : printable;
}

/**
 * Reads a view's state from its query string. Every parameter is checked on its own: a bad one is
 * left out and reported in `ignored`, the rest still apply. Unknown parameters are ignored too.
 */
export function parseViewState(search: string, context: UrlContext): { state: ViewState; ignored: IgnoredParameter[] } {
  const params = new URLSearchParams(search);
  const schemas = parameterSchemas(context);
  const state: Record<string, unknown> = {};
  const ignored: IgnoredParameter[] = [];
  for (const [name, value] of params) {
    if (!(VIEW_PARAMETERS as readonly string[]).includes(name)) {
      ignored.push({ name: shown(name), reason: 'not a parameter of this view' });
      continue;
    }
    if (value.length > MAX_PARAMETER_LENGTH) {
      ignored.push({ name, reason: 'too long' });
      continue;
    }
    const result = schemas[name as (typeof VIEW_PARAMETERS)[number]].safeParse(value);
    if (result.success) state[name] = result.data;
    else ignored.push({ name, reason: result.error.issues[0]?.message ?? 'invalid' });
  }
  const view = state as ViewState;
  if (view.from && view.to && dateStart(view.from) >= dateStart(view.to)) {
    ignored.push({ name: 'from', reason: 'not before "to"' }, { name: 'to', reason: 'not after "from"' });
    delete view.from;
    delete view.to;
  }
  return { state: view, ignored };
}

