import { formatDate } from './dates.ts';
import type { InstrumentModel } from './instrument-summary.ts';
import { drawnWholeIntervals } from './instrument-state.ts';
import { takesEffect, type StatusInterval } from './lifecycle.ts';
import { ALL_PARTIES, partyName } from './parties.ts';
import { statusLabel } from './instrument-summary.ts';
import { pt } from '../i18n/page-strings.ts';
import { isDrawn } from './statuses.ts';

/** One row of the status table: who, what status, from when, until when (all in words). */
export interface StatusPeriod {
  who: string;
  status: string;
  from: string;
  to: string;
}

/**
 * When an interval began, in words, beside the date of the event that began it: a step that takes effect at
 * the end of its day (an expiry on 5 February) begins its status on the next day, and is said to at "the end
 * of 5 February", the day the event list gives, rather than on a 6 February no event carries.
 */
function began(model: InstrumentModel, interval: StatusInterval): string {
  const event = model.data.events[interval.startEvent]!;
  const atEndOfDay = event.date !== interval.from && takesEffect(event) === interval.from;
  return atEndOfDay ? pt('table.endOfDay', { day: formatDate(event.date) }) : formatDate(interval.from);
}

/**
 * Every status interval of every lane, as rows a screen reader or a table reader can follow: the instrument's
 * own lane as the charts draw it (in force but suspended by most of its states, where it is), each state's as held.
 */
export function statusPeriods(model: InstrumentModel): StatusPeriod[] {
  const never = model.neverInForce;
  return model.lifecycle.lanes.flatMap((lane) => {
    const whole = lane.party === ALL_PARTIES;
    const intervals = whole ? drawnWholeIntervals(model.lifecycle) : lane.intervals;
    // An interval ends where the next begins: its end is said as the next one's beginning is.
    return intervals.flatMap((i, k) =>
      isDrawn(i.status)
        ? [
            {
              who: whole ? pt('treaty.asWhole', { name: model.data.shortName }) : partyName(lane.party),
              status: statusLabel(model.data.kind, i.status, never && whole),
              from: began(model, i),
              to:
                i.to === null
                  ? pt('table.today')
                  : intervals[k + 1]
                    ? began(model, intervals[k + 1]!)
                    : formatDate(i.to),
            },
          ]
        : [],
    );
  });
}
