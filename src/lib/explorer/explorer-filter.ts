/**
 * The explorer's one filter rule: which instruments and events a view shows, for the event table and
 * the interactive timeline alike; and the filter choices read back into the address's terms.
 */
import { dateStart } from '../model/dates.ts';
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
