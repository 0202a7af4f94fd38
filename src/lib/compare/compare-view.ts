/**
 * The "what changed" section of a state's page, a treaty page or the explorer: its default span, its list, and
 * what the browser needs to answer for any two days.
 */
import { dateStart, DAY_MS, timeToDay } from '../model/dates.ts';
import type { InstrumentModel } from '../model/instrument-summary.ts';
import type { PartyId } from '../model/parties.ts';
import { namesParty } from '../party/party-events.ts';
import { changesHeading, changesMarkup } from './changes-markup.ts';
import { compareInput, statusChanges } from './status-changes.ts';

/** The section's model. */
export interface CompareView {
  /** The default span: the day before the state's first event, and the as-of day (YYYY-MM-DD). */
  from: string;
  to: string;
  /** The heading and the list for that span, as markup. */
  heading: string;
  html: string;
  /** The instruments the browser compares anew when the reader picks two days (from /data/compare.json). */
  instruments: string[];
  /** The days the reader may pick between (YYYY-MM-DD). */
  min: string;
  max: string;
}

/**
 * Every status change of the state (or, without one, of every party of the instruments), from before
 * its first event to the as-of day, and the data to compare any two days.
 */
export function compareView(
  models: readonly InstrumentModel[],
  party: PartyId | undefined,
  asOf: string,
  since?: string,
): CompareView {
  const days = models
    .flatMap((m) =>
      m.data.events.filter((e) => party === undefined || namesParty(e, party)).map((e) => dateStart(e.date)),
    )
    .sort();
  const first = days.length ? timeToDay(Date.parse(`${days[0]}T00:00:00Z`) - DAY_MS) : asOf;
  // The list shown first may start later than the data (the explorer's would list every change since 1972).
  const from = since && since > first ? since : first;
  const to = asOf;
  return {
    from,
    to,
    heading: changesHeading(from, to),
    html: changesMarkup(statusChanges(models, from, to, party ? [party] : undefined), from, to).html,
    instruments: compareInput(models, party).map((i) => i.id),
    min: first,
    max: to,
  };
}
