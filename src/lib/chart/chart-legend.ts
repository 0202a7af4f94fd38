import { element, type Markup } from '../site/markup.ts';
import { EVENT_TYPES, EVENT_TYPE_IDS, type EventType } from '../model/event-types.ts';
import { STATUS_IDS, STATUSES, type Status } from '../model/statuses.ts';
import type { LifecycleChart } from './lifecycle-chart.ts';
import { t } from '../i18n/strings.ts';

/** One legend entry for the statuses drawn alike: the same colour and pattern are one entry. */
export interface LegendStatus {
  /** The first of those statuses, whose class paints the swatch. */
  status: Status;
  /** Every status the entry stands for. */
  statuses: Status[];
  /** Their labels, joined. */
  label: string;
}

/** The legend of a chart: only the statuses and event types it draws, in vocabulary order. */
export function chartLegend(chart: LifecycleChart): {
  statuses: LegendStatus[];
  types: { type: EventType; label: string; glyph: string }[];
} {
  const drawn = new Set(chart.lanes.flatMap((l) => l.bars.map((b) => b.status)));
  const types = new Set(chart.lanes.flatMap((l) => l.markers.flatMap((m) => m.types)));
  const entries = new Map<string, LegendStatus>();
  for (const status of STATUS_IDS.filter((s) => drawn.has(s))) {
    const { color, pattern, label } = STATUSES[status];
    const entry = entries.get(`${color} ${pattern}`);
    if (entry) {
      entry.statuses.push(status);
      entry.label = `${entry.label} / ${label.toLowerCase()}`;
    } else entries.set(`${color} ${pattern}`, { status, statuses: [status], label });
  }
  return {
    statuses: [...entries.values()],
    types: EVENT_TYPE_IDS.filter((t) => types.has(t)).map((type) => ({
      type,
      label: EVENT_TYPES[type].label,
      glyph: EVENT_TYPES[type].glyph,
    })),
  };
}

/** The legend as markup: the page and the browser (after a view changes what is drawn) show the same. */
export function legendMarkup(chart: LifecycleChart): Markup {
  const { statuses, types } = chartLegend(chart);
  return element(
    'ul',
    { class: 'legend', 'aria-label': t('legend.label') },
    ...statuses.map((s) =>
      element('li', {}, element('span', { class: `swatch status-${s.status}`, 'aria-hidden': 'true' }), s.label),
    ),
    ...types.map((t) =>
      element('li', {}, element('span', { class: 'glyph', 'aria-hidden': 'true' }, t.glyph), t.label),
    ),
    chart.lanes.some((l) => l.bars.some((b) => b.contested))
      ? element('li', {}, element('span', { class: 'swatch contested', 'aria-hidden': 'true' }), t('legend.contested'))
      : undefined,
    chart.lanes.some((l) => l.markers.some((m) => m.events.length > 1))
      ? element('li', {}, element('span', { class: 'glyph count', 'aria-hidden': 'true' }, '3'), t('legend.cluster'))
      : undefined,
  );
}
