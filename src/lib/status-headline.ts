/**
 * What an instrument's status is on a day, as a sentence about its states, derived from the same
 * intervals the charts draw: "In force" only where every state that took part holds it in force;
 * otherwise the instrument's own status among how many, then who is in each other status, and since when
 * ("In force among 4 of 30 states; 9 states: suspended (since 2023–2024); Russia: withdrawn (since
 * 7 November 2023)"). Never a word written beside the data.
 */
import { dateStart, formatDate, type PartialDateString } from './dates.ts';
import { statusLabel } from './instrument-summary.ts';
import { intervalAt, type Lifecycle } from './lifecycle.ts';
import { drawnWholeIntervals } from './instrument-state.ts';
import { ALL_PARTIES, PARTIES, partyName, type PartyId } from './parties.ts';
import type { InstrumentData } from './schema/instrument-schema.ts';
import { isInForce, isSummarised, STATUS_IDS, type Status } from './statuses.ts';
import { listOf, t } from './i18n/strings.ts';
import { pt, ptn } from './i18n/page-strings.ts';

/** States named one by one in a part of the sentence; more are counted. */
export const NAMED_AT_MOST = 3;

/** One status held by some of the instrument's states on the day. */
export interface HeadlinePart {
  /** The status. */
  status: Status;
  /** The states in it, by code. */
  parties: PartyId[];
  /** The first and last day on which one of them entered it. */
  since: [PartialDateString, PartialDateString];
}

/** The instrument's status on a day, with how its states stand. */
export interface Headline {
  /** How the instrument's own lane is drawn that day (src/lib/instrument-state.ts): the colour beside the sentence. */
  drawn: Status;
  /** The instrument's own status. */
  status: Status;
  /** States that hold the instrument's own status. */
  same: number;
  /** States that took part in it (dissolved states and states that never signed left out). */
  total: number;
  /** The states in each other status, in lifecycle order. */
  others: HeadlinePart[];
  /** The whole in one sentence. */
  sentence: string;
}

/** When a group of states entered their status: one day, one year, or a span of years. */
function since([first, last]: [PartialDateString, PartialDateString]): string {
  if (first === last) return formatDate(first);
  const [a, b] = [first.slice(0, 4), last.slice(0, 4)];
  return a === b ? a : `${a}–${b}`;
}

/** How the instrument and its states stand on `day` (YYYY-MM-DD). */
export function statusHeadline(
  data: Pick<InstrumentData, 'kind'>,
  lifecycle: Lifecycle,
  day: string,
  never: boolean,
): Headline {
  const held = (intervals: Lifecycle['lanes'][number]['intervals']) => intervalAt(intervals, day);
  const whole = held(lifecycle.lanes[0]!.intervals)?.status ?? 'not-signed';
  const states = lifecycle.lanes
    .filter((lane) => lane.party !== ALL_PARTIES && PARTIES[lane.party].kind === 'state')
    .map((lane) => ({ party: lane.party, interval: held(lane.intervals) }))
    .filter((s) => s.interval && isSummarised(s.interval.status));
  const others = STATUS_IDS.filter((status) => status !== whole).flatMap((status): HeadlinePart[] => {
    const inIt = states.filter((s) => s.interval!.status === status);
    if (inIt.length === 0) return [];
    const days = inIt.map((s) => s.interval!.from).sort((a, b) => dateStart(a).localeCompare(dateStart(b)));
    return [{ status, parties: inIt.map((s) => s.party), since: [days[0]!, days.at(-1)!] }];
  });
  const same = states.length - others.reduce((n, p) => n + p.parties.length, 0);
  const label = statusLabel(data.kind, whole, never);
  // "In force for 4 of the 30 states drawn here": counted only where the instrument itself binds some of them.
  const head =
    others.length === 0 || same === 0 || !isInForce(whole)
      ? label
      : ptn('headline.among', same, { status: label, total: states.length });
  const parts = others.map((part) => {
    const status = statusLabel(data.kind, part.status, false, 'inSentence');
    const who =
      part.parties.length <= NAMED_AT_MOST
        ? t('asOf.partyStatus', { party: listOf(part.parties.map(partyName)), status })
        : ptn('headline.states', part.parties.length, { status });
    return pt('headline.since', { text: who, since: since(part.since) });
  });
  return {
    status: whole,
    drawn: intervalAt(drawnWholeIntervals(lifecycle), day)?.status ?? whole,
    same,
    total: states.length,
    others,
    sentence: [head, ...parts].join(t('asOf.detailSeparator')),
  };
}
