import { formatDate } from './dates.ts';
import type { InstrumentModel } from './instrument-summary.ts';
import { ALL_PARTIES, partyName } from './parties.ts';
import { statusLabel } from './instrument-summary.ts';
import { pt } from '../i18n/page-strings.ts';
import { isDrawn } from './statuses.ts';
import { statedSpans } from './lifecycle.ts';

/** One row of the status table: who, what status, from when, until when (all in words). */
export interface StatusPeriod {
  who: string;
  status: string;
  from: string;
  to: string;
}

/** Every status interval of every lane, as rows a screen reader or a table reader can follow. */
export function statusPeriods(model: InstrumentModel): StatusPeriod[] {
  const never = model.neverInForce;
  return model.lifecycle.lanes.flatMap((lane) => {
    // Dated as the steps are (an expiry on its own day), though its status holds from the next.
    const spans = statedSpans(lane.intervals, model.data.events);
    return lane.intervals.flatMap((i, k) => {
      const { from, to } = spans[k]!;
      if (!isDrawn(i.status)) return [];
      return [
        {
          who:
            lane.party === ALL_PARTIES ? pt('treaty.asWhole', { name: model.data.shortName }) : partyName(lane.party),
          status: statusLabel(model.data.kind, i.status, never && lane.party === ALL_PARTIES),
          from: formatDate(from),
          to: to === null ? pt('table.today') : formatDate(to),
        },
      ];
    });
  });
}
