/**
 * The instrument's own lane as the charts draw it. Its legal status comes from the events of all its
 * parties together; but a treaty in force that most of its states have suspended is not what a plain
 * "in force" bar tells a reader. While more of its states have suspended it (or notified a suspension)
 * than keep it in force, the lane is drawn "in force, suspended by most of its states".
 */
import { dateStart } from './dates.ts';
import { stateLanes, statusInIntervals, type Lifecycle, type StatusInterval } from './lifecycle.ts';
import { isInForce, statusGroup, type Status } from './statuses.ts';

/** The instrument's lane as drawn, from its intervals and those of its states. */
export function drawnWholeIntervals(lifecycle: Lifecycle): StatusInterval[] {
  const whole = lifecycle.lanes[0]!.intervals;
  const states = stateLanes(lifecycle);
  // Every day a status begins anywhere, with the interval that begins it (the whole's first, for its precision).
  const starts = new Map<string, StatusInterval>();
  for (const interval of [...whole, ...states.flatMap((l) => l.intervals)]) {
    const day = dateStart(interval.from);
    if (!starts.has(day)) starts.set(day, interval);
  }
  const drawn: StatusInterval[] = [];
  const first = whole[0] ? dateStart(whole[0].from) : '';
  for (const [day, begun] of [...starts].sort(([a], [b]) => a.localeCompare(b))) {
    if (day < first) continue;
    const own = statusInIntervals(whole, day);
    const held = states.map((l) => statusInIntervals(l.intervals, day));
    const suspended = held.filter((s) => statusGroup(s) === 'suspended').length;
    const kept = held.filter(isInForce).length;
    // "By most" is a claim about all its states: made only where every state party has its own lane.
    const status: Status = lifecycle.everyPartyDrawn && isInForce(own) && suspended > kept ? 'suspended-by-most' : own;
    const last = drawn.at(-1);
    if (last?.status === status) continue;
    if (last) last.to = begun.from;
    const source = whole.find((i) => dateStart(i.from) === day) ?? begun;
    drawn.push({ status, from: begun.from, to: null, startEvent: source.startEvent });
  }
  return drawn;
}
