import {
  compareDates,
  dateStart,
  dateToTime,
  DAY_MS,
  formatDate,
  precisionOf,
  timeToDay,
  type PartialDateString,
} from './dates.ts';
import { EVENT_TYPES, type EventType } from './event-types.ts';
import { ALL_PARTIES, PARTIES, partyName, type PartyId, type PartyInfo } from './parties.ts';
import type { LifecycleEvent } from '../content/schema/event-schema.ts';
import { isEnded, isInForce, type Status } from './statuses.ts';

/** What the lifecycle model needs of an instrument. */
export interface LifecycleInput {
  /** Legally binding treaty, or politically binding document. */
  kind: 'treaty' | 'political';
  /** Its events, in any order. */
  events: readonly LifecycleEvent[];
  /** True when the events give every state party a lane of its own (see the content field of that name). */
  everyPartyDrawn?: boolean;
}

/** A span of time in one status; `to` is exclusive, and null while the status still holds. */
export interface StatusInterval {
  /** The status held. */
  status: Status;
  /**
   * The first day it holds, at the precision of the event that began it: that event's date, or the day after
   * for a step that takes effect at the end of its day (an expiry: takesEffect). Words give the event's own
   * date (statedSpans).
   */
  from: PartialDateString;
  /** The first day of the next interval (as `from`), or null if it holds on the as-of date. */
  to: PartialDateString | null;
  /** Index (in the content's event list) of the event that began it. */
  startEvent: number;
}

/** One row of the lifecycle: the instrument as a whole (party "all-parties") or one party. */
export interface Lane {
  /** Whose lane this is; "all-parties" is the instrument as a whole. */
  party: PartyId;
  /** Consecutive status intervals, oldest first. The first begins at the first event that concerns the lane. */
  intervals: StatusInterval[];
  /** Indices of the events shown on this lane, in chronological order. */
  events: number[];
}

/** A step that does not make sense, found while deriving the lifecycle. */
export interface LifecycleProblem {
  /** Index of the offending event in the content's list. */
  eventIndex: number;
  /** What is wrong and what to write instead. */
  message: string;
}

/** The derived lifecycle of an instrument. */
export interface Lifecycle {
  /** The instrument lane first, then one lane per acting party in order of first appearance. */
  lanes: Lane[];
  /** Indices of all events in chronological order (same-day events in lifecycle order). */
  chronology: number[];
  /** Steps that do not make sense; empty for valid content. */
  problems: LifecycleProblem[];
  /** True when the lanes hold every state party: only then do they tell how most of its states stand. */
  everyPartyDrawn: boolean;
}

/** Statuses in which a party has joined the instrument and may suspend, withdraw or announce either. */
const JOINED: ReadonlySet<Status> = new Set([
  'signed',
  'ratified',
  'provisionally-applied',
  'in-force',
  'suspended',
  'suspension-notified',
]);

/** Statuses in which a party has stopped implementing the instrument: dated, or notified with no date of effect found. */
const SUSPENSIONS: ReadonlySet<Status> = new Set(['suspended', 'suspension-notified']);

/**
 * Event types that take effect at the end of the day they are dated: a treaty that expires on 5 February
 * is in force all that day ("at the end of the day", as the Kremlin said of New START) and expired from
 * the 6th. Their status begins on the next day; a date known only to its month or year is left as it is.
 */
const AT_END_OF_DAY: ReadonlySet<EventType> = new Set(['expired']);

/** The day an event's status begins: its own date, or the next day for a step that ends with its day. */
export function takesEffect(event: Pick<LifecycleEvent, 'date' | 'type'>): PartialDateString {
  if (!AT_END_OF_DAY.has(event.type) || precisionOf(event.date) !== 'day') return event.date;
  return timeToDay(dateToTime(event.date) + DAY_MS);
}

/**
 * The date a reader is told for the start of an interval: the own date of the step that began it. An expiry
 * is dated as its sources and the event list date it ("Expired 5 February 2026"), though its status holds
 * from the next day (`from`).
 */
export function statedFrom(
  interval: Pick<StatusInterval, 'startEvent'>,
  events: readonly Pick<LifecycleEvent, 'date'>[],
): PartialDateString {
  return events[interval.startEvent]!.date;
}

/**
 * The dates a reader is told for consecutive intervals of a lane: each from the own date of the step that
 * began it until that of the step that began the next (null while it holds), as statedFrom says them.
 */
export function statedSpans(
  intervals: readonly Pick<StatusInterval, 'to' | 'startEvent'>[],
  events: readonly Pick<LifecycleEvent, 'date'>[],
): { from: PartialDateString; to: PartialDateString | null }[] {
  // A lane's intervals are consecutive: one that has ended is followed by the one its end began (a last one
  // that ended without a next, which no lane has, keeps its own end).
  return intervals.map((interval, k) => {
    const next = intervals[k + 1];
    return {
      from: statedFrom(interval, events),
      to: interval.to === null ? null : next ? statedFrom(next, events) : interval.to,
    };
  });
}

/** Event types that may bring a party back after it withdrew. */
const RE_ENTRY: ReadonlySet<EventType> = new Set(['signed', 'ratified', 'entered-into-force']);

/** Event types with which a state enters an instrument's life on its own account. */
const ENTRY: ReadonlySet<EventType> = new Set([
  'signed',
  'ratified',
  'succeeded',
  'provisionally-applied',
  'entered-into-force',
]);

/** Event types by one party that show the instrument as a whole exists, though not yet in force. */
const OPENS: ReadonlySet<EventType> = new Set(['signed', 'ratified', 'provisionally-applied']);

interface LaneState {
  status: Status;
  beforeSuspension: Status;
  /** The state has ratified or acceded on its own account (or took over a predecessor that had), so an entry into force for all parties binds it. */
  ratified: boolean;
  /** The status a state had when it was dissolved, for successors that take it over later. */
  atDissolution?: Status;
}

/** A new status; or why the step cannot be taken; or, for a group event, that it does not concern this lane. */
type Step = { status: Status } | { problem: string } | { passes: true };

/** What `step` needs to know of an event beyond its type. */
interface StepContext {
  /** The event names this party itself, rather than reaching it through "all-parties". */
  own: boolean;
  /** A later "entered-into-force" event names this party, before its next ratification or withdrawal. */
  awaitsOwnEntry: boolean;
  /** The content records when the instrument itself took effect (a politically binding document adopted on one day, in effect from another). */
  effectRecorded: boolean;
}

/** Orders events by date, then by their place in a lifecycle, then by their place in the file. */
export function chronologicalOrder(events: readonly LifecycleEvent[]): number[] {
  return events
    .map((_, index) => index)
    .sort(
      (a, b) =>
        compareDates(events[a]!.date, events[b]!.date) ||
        EVENT_TYPES[events[a]!.type].order - EVENT_TYPES[events[b]!.type].order ||
        a - b,
    );
}

function who(party: PartyId): string {
  return party === ALL_PARTIES ? 'the instrument' : partyName(party);
}

/** The status an event moves one lane to, or why it cannot. */
function step(
  kind: LifecycleInput['kind'],
  lane: PartyId,
  state: LaneState,
  type: EventType,
  instrument: LaneState,
  { own, awaitsOwnEntry, effectRecorded }: StepContext,
): Step {
  const { status } = state;
  const isInstrument = lane === ALL_PARTIES;
  // A ratification or accession binds a state at once if the instrument is already in force, unless the content records its own later entry into force.
  const onRatification: Status = instrument.status === 'in-force' && !awaitsOwnEntry ? 'in-force' : 'ratified';
  if (type === 'statement') return { status };
  // Once the instrument as a whole has ended, no party can take a step in it: there is nothing left to re-enter.
  if (!isInstrument && own && isEnded(instrument.status)) {
    return {
      problem:
        `the instrument had already ${instrument.status === 'withdrawn' ? 'ended' : instrument.status}; only a ` +
        `"statement" can follow — check the date, or the instrument's own ending`,
    };
  }
  if (isEnded(status)) {
    // Only the state's own act brings it back; a group event passes a state that has left.
    if (status === 'withdrawn' && RE_ENTRY.has(type))
      return own
        ? { status: type === 'signed' ? 'signed' : type === 'entered-into-force' ? 'in-force' : onRatification }
        : { passes: true };
    const ended =
      status === 'dissolved'
        ? `${who(lane)} had already ceased to exist`
        : status === 'withdrawn'
          ? `${who(lane)} had already withdrawn`
          : `the instrument had already ${status}`;
    return {
      problem: `${ended}; only a "statement" or a documented re-entry can follow — check the date, or record the re-entry first`,
    };
  }
  switch (type) {
    case 'negotiations-opened':
      return isInstrument && status === 'not-signed' ? { status: 'negotiating' } : { status };
    case 'adopted':
      // A politically binding document is in effect from its adoption, unless the content records a later day it took effect.
      if (kind === 'political') return { status: effectRecorded ? 'not-in-force' : 'in-force' };
      return isInstrument ? { status: 'not-in-force' } : { status };
    case 'opened-for-signature':
      return isInstrument ? { status: 'not-in-force' } : { status };
    case 'signed':
      if (isInstrument) return { status: status === 'in-force' ? status : 'not-in-force' };
      if (JOINED.has(status))
        return {
          problem: `${who(lane)} had already signed — record a second signature only after a withdrawal, or check the event type`,
        };
      return { status: 'signed' };
    case 'ratification-rejected':
      return status === 'signed' || isInstrument
        ? { status }
        : {
            problem: `${who(lane)} had not signed, so no ratification could be rejected — add the signature first, or check the party`,
          };
    case 'ratified':
      if (isInstrument) return { status };
      if (status === 'ratified' || status === 'in-force' || SUSPENSIONS.has(status))
        return {
          problem: `${who(lane)} had already ratified — check the event type (a second step may be "entered-into-force")`,
        };
      return { status: onRatification };
    case 'provisionally-applied':
      return { status: 'provisionally-applied' };
    case 'entered-into-force':
      // A politically binding document binds every participating state alike when it takes effect.
      if (isInstrument || kind === 'political') return { status: 'in-force' };
      // Signature is not ratification: an entry into force for all parties binds only the states that had ratified,
      // and not those whose own later entry into force the content records. A state already applying the treaty
      // provisionally goes on applying it, now in force (an instrument that needs every ratification, like CFE, cannot
      // enter into force for all while one is missing). A group lane (such as "nato-allies") follows the instrument.
      if (
        !own &&
        PARTIES[lane].kind === 'state' &&
        JOINED.has(status) &&
        status !== 'in-force' &&
        !SUSPENSIONS.has(status)
      )
        return (state.ratified || status === 'provisionally-applied') && !awaitsOwnEntry
          ? { status: 'in-force' }
          : { passes: true };
      if (JOINED.has(status)) return { status: 'in-force' };
      return {
        problem:
          `${who(lane)} has no signature or ratification before this entry into force — add the party's signature or ` +
          `ratification first, or use parties: [all-parties]`,
      };
    case 'succeeded':
      return { status }; // handled by the caller, which knows the predecessor
    case 'updated':
    case 'extended':
      return { status };
    case 'withdrawal-announced':
    case 'withdrawal-notified':
    case 'withdrawn':
      if (!JOINED.has(status) && !(isInstrument && status === 'in-force')) {
        return {
          problem:
            `${who(lane)} had not signed, nor was the instrument in force for it, so it could not withdraw — add its ` +
            `signature or entry into force first, or check the date`,
        };
      }
      return { status: type === 'withdrawn' ? 'withdrawn' : status };
    case 'suspension-notified':
    case 'suspended':
      if (!JOINED.has(status) && status !== 'in-force') {
        return {
          problem:
            `${who(lane)} had not signed, nor was the instrument in force for it, so it could not suspend it — add its ` +
            `signature or entry into force first, or check the date`,
        };
      }
      // A notified suspension is followed by its dated effect; anything else after a suspension repeats it.
      return status === 'suspended' || (status === 'suspension-notified' && type === 'suspension-notified')
        ? {
            problem: `${who(lane)} had already suspended the instrument — use "resumed" first, or check the event type`,
          }
        : { status: type };
    case 'resumed':
      return SUSPENSIONS.has(status)
        ? { status: state.beforeSuspension }
        : {
            problem: `${who(lane)} had not suspended the instrument, so it cannot resume — add the earlier "suspended" event, or check the event type`,
          };
    case 'ratification-revoked':
      return status === 'ratified' || status === 'in-force' || SUSPENSIONS.has(status)
        ? { status: 'signed' }
        : {
            problem: `${who(lane)} had not ratified, so no ratification could be revoked — add the ratification first, or check the party`,
          };
    case 'expired':
    case 'terminated':
      return { status: type };
  }
}

/**
 * Derives each lane's status intervals from the events: the instrument's own lane from the events of
 * "all-parties", and one lane per acting party from its own events plus those of "all-parties" from
 * the moment it joins (from the start, unless its first own event is a signature, ratification or
 * succession). An entry into force for "all-parties" binds only the states that had ratified (or took
 * over a predecessor that had); a state that only signed or applied the instrument provisionally keeps
 * that status until its own ratification or entry into force. A ratification made once the instrument is
 * in force binds at once, unless a later entry into force of that state's own is recorded. Events
 * concerning an associated `document` are shown but change no status. Events dated only to a year or
 * month count from the first day of that period.
 */
export function deriveLifecycle({ kind, events, everyPartyDrawn = false }: LifecycleInput): Lifecycle {
  const chronology = chronologicalOrder(events);
  const parties: PartyId[] = [ALL_PARTIES];
  for (const index of chronology)
    for (const party of events[index]!.parties) if (!parties.includes(party)) parties.push(party);

  const joinsAt = new Map<PartyId, number>();
  for (const party of parties.slice(1)) {
    const first = chronology.find((i) => events[i]!.parties.includes(party) && events[i]!.document === undefined);
    joinsAt.set(party, first !== undefined && ENTRY.has(events[first]!.type) ? chronology.indexOf(first) : 0);
  }

  /** Whether a later event of the party's own, before its next ratification, revocation or withdrawal, is its entry into force. */
  const awaitsOwnEntry = (party: PartyId, position: number): boolean => {
    for (const i of chronology.slice(position + 1)) {
      const later = events[i]!;
      if (later.document !== undefined || !later.parties.includes(party)) continue;
      if (later.type === 'entered-into-force') return true;
      if (later.type === 'ratified' || later.type === 'ratification-revoked' || later.type === 'withdrawn')
        return false;
    }
    return false;
  };

  const effectRecorded = events.some(
    (e) => e.type === 'entered-into-force' && e.document === undefined && e.parties.includes(ALL_PARTIES),
  );
  const lanes = new Map<PartyId, Lane>(parties.map((party) => [party, { party, intervals: [], events: [] }]));
  const states = new Map<PartyId, LaneState>(
    parties.map((party) => [party, { status: 'not-signed', beforeSuspension: 'not-signed', ratified: false }]),
  );
  const problems: LifecycleProblem[] = [];

  const enter = (party: PartyId, status: Status, event: number) => {
    const lane = lanes.get(party)!;
    const date = takesEffect(events[event]!);
    let last = lane.intervals.at(-1);
    if (last?.status === status) return;
    // Two steps on the same day (a ratification and the entry into force it brings about, say) leave no interval of no length.
    if (last && last.from === date) {
      lane.intervals.pop();
      last = lane.intervals.at(-1);
      if (last?.status === status) {
        last.to = null;
        return;
      }
    }
    if (last) last.to = date;
    lane.intervals.push({ status, from: date, to: null, startEvent: event });
  };

  chronology.forEach((index, position) => {
    const event = events[index]!;
    const forAll = event.parties.includes(ALL_PARTIES);
    const targets = forAll ? parties : event.parties;
    for (const party of targets) {
      const own = event.parties.includes(party);
      if (!own && position < joinsAt.get(party)!) continue;
      if (event.document !== undefined) {
        lanes.get(party)!.events.push(index);
        continue;
      }
      const state = states.get(party)!;
      let result = step(kind, party, state, event.type, states.get(ALL_PARTIES)!, {
        own,
        awaitsOwnEntry: RE_ENTRY.has(event.type) && awaitsOwnEntry(party, position),
        effectRecorded,
      });
      if (event.type === 'succeeded' && 'status' in result) result = succeed(event, party, states);
      if ('passes' in result) continue;
      if ('problem' in result) {
        // A group event that does not fit one party's own path (it had left, say) simply passes it by.
        if (own)
          problems.push({
            eventIndex: index,
            message: `${EVENT_TYPES[event.type].label} on ${formatDate(event.date)}: ${result.problem}`,
          });
        continue;
      }
      lanes.get(party)!.events.push(index);
      if (event.type !== 'succeeded' && SUSPENSIONS.has(result.status) && !SUSPENSIONS.has(state.status))
        state.beforeSuspension = state.status;
      if (own && (event.type === 'ratified' || event.type === 'entered-into-force')) state.ratified = true;
      if (event.type === 'ratification-revoked' || result.status === 'withdrawn') state.ratified = false;
      state.status = result.status;
      enter(party, result.status, index);
      // A party's signature or ratification means the instrument as a whole exists, though not yet in force.
      const instrument = states.get(ALL_PARTIES)!;
      if (
        !forAll &&
        OPENS.has(event.type) &&
        (instrument.status === 'not-signed' || instrument.status === 'negotiating')
      ) {
        instrument.status = 'not-in-force';
        enter(ALL_PARTIES, 'not-in-force', index);
      }
      const predecessor = event.type === 'succeeded' ? event.predecessor : undefined;
      if (predecessor !== undefined && states.get(predecessor)?.status === 'dissolved') {
        enter(predecessor, 'dissolved', index);
        if (!lanes.get(predecessor)!.events.includes(index)) lanes.get(predecessor)!.events.push(index);
      }
    }
  });

  return {
    lanes: [...lanes.values()].filter((lane) => lane.events.length > 0 || lane.party === ALL_PARTIES),
    chronology,
    problems,
    everyPartyDrawn,
  };
}

/** A successor takes over its predecessor's status; a predecessor continued by this successor, or split into it, is dissolved. */
function succeed(event: LifecycleEvent, successor: PartyId, states: Map<PartyId, LaneState>): Step {
  const predecessor = event.predecessor;
  if (predecessor === undefined)
    return {
      problem: 'a succession needs the predecessor — write predecessor: SU (the state whose place this party took)',
    };
  const before = states.get(predecessor);
  if (!before)
    return {
      problem: `the predecessor ${predecessor} acts in no earlier event of this instrument — add its signature or ratification first, or check the code`,
    };
  const inherited = before.atDissolution ?? before.status;
  if (!JOINED.has(inherited))
    return {
      problem: `the predecessor ${partyName(predecessor)} was not a party when the succession took place — check the dates`,
    };
  const heir = states.get(successor)!;
  heir.ratified = before.ratified;
  // A suspension taken over resumes to the predecessor's status before it.
  heir.beforeSuspension = before.beforeSuspension;
  const info: PartyInfo = PARTIES[predecessor];
  const ends = info.continuedBy === successor || (info.dissolvedInto?.includes(successor) ?? false);
  if (ends && before.status !== 'dissolved') {
    before.atDissolution = before.status;
    before.status = 'dissolved';
  }
  return { status: inherited };
}

/** The lanes of states, not the instrument's own nor a group's: the states a chart of the instrument draws. */
export function stateLanes(lifecycle: Pick<Lifecycle, 'lanes'>): Lane[] {
  return lifecycle.lanes.filter((lane) => PARTIES[lane.party].kind === 'state');
}

/** The status a lane's intervals give on day `day` (YYYY-MM-DD): "not-signed" before the first. */
export function statusInIntervals(intervals: readonly Pick<StatusInterval, 'status' | 'from'>[], day: string): Status {
  return intervalAt(intervals, day)?.status ?? 'not-signed';
}

/** The interval that holds on `day`: the last one begun by then (undefined before the first). */
export function intervalAt<I extends Pick<StatusInterval, 'from'>>(
  intervals: readonly I[],
  day: string,
): I | undefined {
  let found: I | undefined;
  for (const interval of intervals) {
    if (dateStart(interval.from) > day) break;
    found = interval;
  }
  return found;
}

/** The status of `party` on day `day` (YYYY-MM-DD); a party without a lane of its own has the instrument's status. */
export function statusAt(lifecycle: Lifecycle, party: PartyId, day: string): Status {
  const lane = lifecycle.lanes.find((l) => l.party === party) ?? lifecycle.lanes[0]!;
  return statusInIntervals(lane.intervals, day);
}

/** True when the instrument as a whole never entered into force (nor was provisionally applied). */
export function neverInForce(lifecycle: Lifecycle): boolean {
  return !lifecycle.lanes[0]!.intervals.some((i) => isInForce(i.status));
}
