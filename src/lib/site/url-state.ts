/** Reading and writing a view's address, parameter by parameter, from the table in view-parameters.ts. */
import { dateStart } from '../model/dates.ts';
import {
  appliesTo,
  PARAMETER_NAMES,
  VIEW_PARAMETERS,
  type ParameterName,
  type UrlContext,
  type ViewState,
} from './view-parameters.ts';
import { listOf, t, type StringId } from '../i18n/strings.ts';

export type { UrlContext, ViewState } from './view-parameters.ts';

/** A parameter that was ignored, and why, for the visible notice. */
export interface IgnoredParameter {
  /** Parameter name (printable, shortened if long). */
  name: string;
  /** Why it was ignored: the id of a few words in the strings table. */
  reason: StringId;
}

/** Longest value read from any parameter; longer ones are ignored whole. */
export const MAX_PARAMETER_LENGTH = 300;

/** How many ignored parameters the notice names; the rest are counted. */
export const MAX_NOTICE_ITEMS = 5;

/** A shortened, printable form of a parameter name for the notice (never markup: the caller sets it as text). */
function shown(name: string): string {
  const printable = name.replace(/[^\p{L}\p{N}_-]/gu, '?');
  return printable.length > 24 ? `${printable.slice(0, 24)}…` : printable;
}

/**
 * Reads a view's state from its query string. Every parameter is checked on its own: a bad one is
 * left out and reported in `ignored`, the rest still apply. Parameters unknown, or meant for the other
 * kind of view, are ignored too.
 */
export function parseViewState(
  search: string,
  context: UrlContext,
  view: 'page' | 'embed' = 'page',
): { state: ViewState; ignored: IgnoredParameter[] } {
  const params = new URLSearchParams(search);
  const state: Record<string, unknown> = {};
  const ignored: IgnoredParameter[] = [];
  for (const [name, value] of params) {
    if (!(PARAMETER_NAMES as string[]).includes(name) || !appliesTo(name as ParameterName, view)) {
      ignored.push({ name: shown(name), reason: view === 'page' ? 'params.notHere.page' : 'params.notHere.embed' });
      continue;
    }
    if (value.length > MAX_PARAMETER_LENGTH) {
      ignored.push({ name, reason: 'params.tooLong' });
      continue;
    }
    const result = VIEW_PARAMETERS[name as ParameterName].parse(value, context);
    if (!result.ok) {
      ignored.push({ name, reason: result.reason });
      continue;
    }
    state[name] = result.value;
    // A list keeps what it knows; each value it left out is named with its parameter.
    for (const dropped of result.dropped?.values ?? [])
      ignored.push({ name: t('params.droppedValue', { value: shown(dropped), name }), reason: result.dropped!.reason });
  }
  const parsed = state as ViewState;
  if (parsed.from && parsed.to && dateStart(parsed.from) >= dateStart(parsed.to)) {
    ignored.push({ name: 'from', reason: 'params.fromAfterTo' }, { name: 'to', reason: 'params.toBeforeFrom' });
    delete parsed.from;
    delete parsed.to;
  }
  return { state: parsed, ignored };
}

/** The query string (with "?", or "" when empty) for a state, parameters in the table's order; with a view, only its parameters. */
export function serializeViewState(state: ViewState, view?: 'page' | 'embed'): string {
  const params = new URLSearchParams();
  for (const name of PARAMETER_NAMES) {
    const value = state[name];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (view && !appliesTo(name, view)) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : value);
  }
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return query ? `?${query}` : '';
}

/**
 * `state` reduced to the parameters a narrower view takes (a status card takes only a day, a theme and its
 * title), with the others named as ignored, so that nothing is dropped without a word.
 */
export function keepOnly(
  state: ViewState,
  names: readonly string[],
): { state: ViewState; ignored: IgnoredParameter[] } {
  const kept = Object.entries(state).filter(([name]) => names.includes(name));
  const ignored = Object.keys(state)
    .filter((name) => !names.includes(name))
    .map((name): IgnoredParameter => ({ name, reason: 'params.notHere.embed' }));
  return { state: Object.fromEntries(kept), ignored };
}

/** The one short sentence that says what the address asked for and did not get; "" when nothing. */
export function ignoredNotice(ignored: readonly IgnoredParameter[]): string {
  if (ignored.length === 0) return '';
  const items = ignored
    .slice(0, MAX_NOTICE_ITEMS)
    .map((i) => t('params.ignoredItem', { name: i.name, reason: t(i.reason) }));
  const more = ignored.length - MAX_NOTICE_ITEMS;
  // A list cut short ends with how many more ("a, b, and 995 more"), the last it names followed by a comma.
  return t('params.ignored', {
    list: more > 0 ? t('list.more', { list: items.join(t('list.separator')), count: more }) : listOf(items),
  });
}
