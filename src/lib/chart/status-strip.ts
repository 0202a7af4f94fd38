import { dateToTime, formatDate } from '../model/dates.ts';
import type { InstrumentModel } from '../model/instrument-summary.ts';
import { element, type Markup } from '../site/markup.ts';
import { isDrawn, STATUSES } from '../model/statuses.ts';
import { statedSpans } from '../model/lifecycle.ts';
import { pt } from '../i18n/page-strings.ts';

/** Size of a status strip, px. */
export const STRIP = { width: 240, height: 12 } as const;

/**
 * A small strip of an instrument's status over time on a shared time span (so strips on one page
 * compare), with its periods spelled out in its accessible name.
 */
export function statusStrip(model: InstrumentModel, asOf: string, span: [number, number]): Markup {
  const [start, end] = span;
  const x = (t: number) => Math.round(((t - start) / (end - start)) * STRIP.width * 10) / 10;
  const lane = model.lifecycle.lanes[0]!.intervals;
  // Drawn from the day each status holds; dated in words as the steps are (an expiry on its own day).
  const spans = statedSpans(lane, model.data.events);
  const intervals = lane.flatMap((i, k) => (isDrawn(i.status) ? [{ ...i, stated: spans[k]! }] : []));
  const rects = intervals.map((i) => {
    const from = x(dateToTime(i.from));
    const to = x(i.to === null ? dateToTime(asOf) : dateToTime(i.to));
    return element('rect', {
      x: from,
      y: 0,
      width: Math.max(to - from, 1),
      height: STRIP.height,
      class: `bar-fill status-${i.status}`,
    });
  });
  const words = intervals
    .map(({ status, stated: { from, to } }) =>
      to
        ? pt('strip.period', { status: STATUSES[status].inSentence, from: formatDate(from), to: formatDate(to) })
        : pt('strip.periodOpen', { status: STATUSES[status].inSentence, from: formatDate(from) }),
    )
    .join('; ');
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${STRIP.width} ${STRIP.height}`,
      class: 'status-strip',
      role: 'img',
      'aria-label': pt('strip.label', { name: model.data.shortName, periods: words || pt('strip.none') }),
    },
    element('rect', { x: 0, y: 0, width: STRIP.width, height: STRIP.height, class: 'strip-track' }),
    ...rects,
  );
}
