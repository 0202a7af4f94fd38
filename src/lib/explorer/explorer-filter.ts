/**
 * The explorer's one filter rule: which instruments and events a view shows, for the event table and
 * the interactive timeline alike; and the filter choices read back into the address's terms.
 */
import { dateStart, formatDate } from '../model/dates.ts';
import { partyName } from '../model/parties.ts';
import { listOf, tn } from '../i18n/strings.ts';
import type { ViewState } from '../site/view-parameters.ts';

/** Whether a view shows an instrument: every one unless the view names some. */
export function instrumentShown(state: Pick<ViewState, 'instruments'>, instrument: string): boolean {
  return !state.instruments || state.instruments.includes(instrument);
}

/** Whether a view shows an event of an instrument it shows: of a chosen type, and naming a chosen party. */
export function eventShown(
  state: Pick<ViewState, 'types' | 'party'>,
  event: { type: string; partyIds: readonly string[] },
): boolean {
  return (
    (!state.types || (state.types as readonly string[]).includes(event.type)) &&
    (!state.party || state.party.some((p) => event.partyIds.includes(p)))
  );
}

/** Whether an event dated `date` (at its precision) had happened by `day`: it has, from its first possible day. */
export const happenedBy = (date: string, day: string): boolean => dateStart(date) <= day;

/**
 * Whether a timeline draws an event of an instrument it shows: one the filters let through
 * (eventShown) that had happened by the view's as-of day. Every renderer of a timeline (the server's
 * SVG and vis-timeline) draws by this rule; the table of events lists every event the filters let through.
 */
export function eventDrawn(
  state: Pick<ViewState, 'types' | 'party' | 'asof'>,
  event: { type: string; partyIds: readonly string[]; date: string },
): boolean {
  return eventShown(state, event) && (!state.asof || happenedBy(event.date, state.asof));
}

/** What the lane rule reads of an event: who acted, and when. */
export interface ActedEvent {
  partyIds: readonly string[];
  date: string;
}

/**
 * Whether a timeline draws an instrument: one the view shows (instrumentShown) and, when the view
 * chooses parties, one in which a chosen party had acted by the view's as-of day (an event of its names
 * it). A state is a party to no instrument it never acted in: such a lane, drawn in the instrument's own
 * colours, would show the state as having joined it. The server's SVG, its redraw, vis-timeline, the
 * embeds, the pictures and the as-of summary all leave out the instruments this leaves out.
 */
export function instrumentDrawn(
  state: Pick<ViewState, 'instruments' | 'party' | 'asof'>,
  id: string,
  events: Iterable<ActedEvent>,
): boolean {
  if (!instrumentShown(state, id)) return false;
  const { party, asof } = state;
  if (!party) return true;
  for (const event of events)
    if (party.some((p) => event.partyIds.includes(p)) && (!asof || happenedBy(event.date, asof))) return true;
  return false;
}

/** The instruments a view shows but a timeline leaves out (instrumentDrawn): no party it chooses had acted in them by its day. */
export function instrumentsLeftOut<I extends { id: string; events: readonly ActedEvent[] }>(
  state: Pick<ViewState, 'instruments' | 'party' | 'asof'>,
  instruments: readonly I[],
): I[] {
  return instruments.filter((i) => instrumentShown(state, i.id) && !instrumentDrawn(state, i.id, i.events));
}

/**
 * The one line that says how many instruments a view leaves out, which, and why ('' when none):
 * `names` are their short names, `day` the view's as-of day (YYYY-MM-DD).
 */
export function leftOutLine(state: Pick<ViewState, 'party'>, names: readonly string[], day: string): string {
  if (!state.party || names.length === 0) return '';
  return tn('chart.leftOut', names.length, {
    parties: listOf(state.party.map(partyName)),
    day: formatDate(day),
    names: listOf(names),
  });
}

/**
 * The filters as the address says them: a choice of every box is no filter (left out); none is an
 * empty list, which shows nothing.
 */
export function filtersChosen(
  checked: { instruments: readonly string[]; types: readonly string[] },
  available: { instruments: number; types: number },
  party: string,
): Pick<ViewState, 'instruments' | 'types' | 'party'> {
  return {
    instruments: checked.instruments.length === available.instruments ? undefined : [...checked.instruments],
    types: checked.types.length === available.types ? undefined : ([...checked.types] as ViewState['types']),
    party: party ? ([party] as ViewState['party']) : undefined,
  };
}
