/**
 * Many state lanes stay readable: where a chart has many states, those in the same status on the
 * as-of day are folded into one group that opens on demand (a <details> element, so it opens with
 * and without JavaScript). The whole instrument, group parties and states in a status few share
 * stay in the main chart.
 */
import { dateStart, formatDate } from '../model/dates.ts';
import { statusInIntervals } from '../model/lifecycle.ts';
import { PARTIES } from '../model/parties.ts';
import { STATUS_IDS, STATUSES, type Status } from '../model/statuses.ts';
import type { LaneSpec } from './lifecycle-chart.ts';
import { listOf, t, tn } from '../i18n/strings.ts';

/** A folded group of lanes. */
export interface LaneGroup {
  /** The status its states share on the as-of day. */
  status: Status;
  /** Its lanes. */
  lanes: LaneSpec[];
}

/** Fewer state lanes than this are never folded. */
export const FOLD_ABOVE = 8;
/** A status shared by fewer states than this stays in the main chart. */
export const GROUP_AT_LEAST = 4;

/** The status a lane holds on `day`: that of its last interval begun by then. */
export function laneStatus(lane: LaneSpec, day: string): Status {
  return statusInIntervals(lane.intervals, day);
}

/** Splits lanes into those drawn at once and the groups folded away, in the status table's order. */
export function groupLanes(lanes: readonly LaneSpec[], day: string): { main: LaneSpec[]; groups: LaneGroup[] } {
  const isState = (lane: LaneSpec) => PARTIES[lane.party].kind === 'state' && lane.key === lane.party;
  const states = lanes.filter(isState);
  if (states.length <= FOLD_ABOVE) return { main: [...lanes], groups: [] };
  const byStatus = new Map<Status, LaneSpec[]>();
  for (const lane of states)
    byStatus.set(laneStatus(lane, day), [...(byStatus.get(laneStatus(lane, day)) ?? []), lane]);
  const folded = STATUS_IDS.filter((s) => (byStatus.get(s)?.length ?? 0) >= GROUP_AT_LEAST);
  const inGroup = new Set(folded.flatMap((s) => byStatus.get(s)!));
  return {
    main: lanes.filter((l) => !inGroup.has(l)),
    groups: folded.map((status) => ({ status, lanes: byStatus.get(status)! })),
  };
}

/** What a folded group holds on `day`, in words: "9 states: suspended, each since a day between 7 December 2023 and 8 April 2024". */
export function groupSummary(lanes: readonly LaneSpec[], day: string): string {
  const counts = new Map<Status, number>();
  for (const lane of lanes) counts.set(laneStatus(lane, day), (counts.get(laneStatus(lane, day)) ?? 0) + 1);
  const parts = STATUS_IDS.filter((s) => counts.has(s)).map((s) =>
    t('chart.group.count', { count: counts.get(s)!, status: STATUSES[s].inSentence }),
  );
  const current = lanes.map((lane) => [...lane.intervals].reverse().find((i) => dateStart(i.from) <= day));
  const since = current
    .map((interval) => interval?.from)
    .filter((d): d is string => !!d)
    .sort((a, b) => dateStart(a).localeCompare(dateStart(b)));
  // A step known only by its day says no more than that each had entered the status by the latest of them.
  const knownBy = current.some((interval) => interval?.knownBy);
  const only = counts.size === 1 ? STATUSES[[...counts.keys()][0]!].inSentence : undefined;
  const statuses =
    only === undefined
      ? listOf(parts)
      : !since.length
        ? only
        : knownBy
          ? t('chart.group.by', { status: only, day: formatDate(since.at(-1)!) })
          : since.at(-1) === since[0]
            ? t('chart.group.since', { status: only, day: formatDate(since[0]!) })
            : t('chart.group.between', { status: only, from: formatDate(since[0]!), to: formatDate(since.at(-1)!) });
  return tn('chart.group', lanes.length, { statuses });
}
