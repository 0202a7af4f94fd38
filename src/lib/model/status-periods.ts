import { formatDate } from './dates.ts';
import type { InstrumentModel } from './instrument-summary.ts';
import { drawnWholeIntervals } from './instrument-state.ts';
import { statedSpans } from './lifecycle.ts';
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
 * A day of the table in words: the day a step is dated (statedSpans), said as "the end of" that day where
 * its status holds only from the next (an expiry on 5 February holds from 6 February, a day no event carries).
 */
const dayInWords = (stated: string, holds: string): string =>
  stated === holds ? formatDate(holds) : pt('table.endOfDay', { day: formatDate(stated) });

/**
 * Every status interval of every lane, as rows a screen reader or a table reader can follow: the instrument's
 * own lane as the charts draw it (in force but suspended by most of its states, where it is), each state's as held.
 */
export function statusPeriods(model: InstrumentModel): StatusPeriod[] {
  const never = model.neverInForce;
  return model.lifecycle.lanes.flatMap((lane) => {
    const whole = lane.party === ALL_PARTIES;
    const intervals = whole ? drawnWholeIntervals(model.lifecycle) : lane.intervals;
    const spans = statedSpans(intervals, model.data.events);
    return intervals.flatMap((i, k) =>
      isDrawn(i.status)
        ? [
            {
              who: whole ? pt('treaty.asWhole', { name: model.data.shortName }) : partyName(lane.party),
              status: statusLabel(model.data.kind, i.status, never && whole),
              from: dayInWords(spans[k]!.from, i.from),
              to: i.to === null ? pt('table.today') : dayInWords(spans[k]!.to!, i.to),
            },
          ]
        : [],
    );
  });
}
