import { EVENT_TYPES, EVENT_TYPE_IDS, type EventType } from '../event-types.ts';
import { STATUSES, type Status, type StatusInfo } from '../statuses.ts';
import type { LifecycleChart } from './lifecycle-chart.ts';

/** The legend of a chart: only the statuses and event types it shows, in vocabulary order. */
export function chartLegend(chart: LifecycleChart): {
  statuses: { status: Status; label: string; pattern: StatusInfo['pattern'] }[];
  types: { type: EventType; label: string; glyph: string }[];
} {
  const statuses = new Set(chart.lanes.flatMap((l) => l.bars.map((b) => b.status)));
  const types = new Set(chart.lanes.flatMap((l) => l.markers.map((m) => m.type)));
  return {
    statuses: (Object.keys(STATUSES) as Status[]).filter((s) => statuses.has(s)).map((status) => ({ status, label: STATUSES[status].label, pattern: STATUSES[status].pattern })),
    types: EVENT_TYPE_IDS.filter((t) => types.has(t)).map((type) => ({ type, label: EVENT_TYPES[type].label, glyph: EVENT_TYPES[type].glyph })),
  };
}
