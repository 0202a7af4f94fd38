import type { EventType } from './event-types.ts';
import type { PartyId } from './parties.ts';

/** What a view's address can say: which instrument and event are open, the window, the as-of day and filters. */
export interface ViewState {
  /** Instrument open in the side panel. */
  instrument?: string;
  /** Event selected, as "<instrument>:<index>". */
  event?: string;
  /** Visible window start and end, as partial dates. */
  from?: string;
  to?: string;
  /** The as-of day, YYYY-MM-DD. */
  asof?: string;
  /** Instruments shown (all when absent). */
  instruments?: string[];
  /** Event types shown (all when absent). */
  types?: EventType[];
  /** Parties whose events are shown (all when absent). */
  party?: PartyId[];
  /** Colour theme of an embed. */
  theme?: 'light' | 'dark' | 'auto';
  /** Whether an embed shows its title. */
  title?: 'on' | 'off';
}

/** Every parameter a view's address may carry, in the order they are written. */
export const VIEW_PARAMETERS = ['instrument', 'event', 'from', 'to', 'asof', 'instruments', 'types', 'party', 'theme', 'title'] as const;

/** The query string (with "?", or "" when empty) for a state, parameters in a fixed order. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const name of VIEW_PARAMETERS) {
    const value = state[name];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : value);
  }
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return query ? `?${query}` : '';
}
