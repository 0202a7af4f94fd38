/**
 * What an instrument's status is on a day, as a sentence about its states, derived from the same
 * intervals the charts draw: "In force" only where every state the chart draws holds it in force;
 * otherwise the instrument's own status among how many, then who is in each other status, and since when
 * ("In force for 4 of the 31 states drawn here; 11 states: suspended (since 2023–2025); …; Czechoslovakia:
 * state dissolved (since 1 January 1993)"); a state whose lane is empty has "no status recorded". Its counts
 * add up to the states the chart draws. Never a word written beside the data.
 */
import { dateStart, formatDate, type PartialDateString } from './dates.ts';
import { statusLabel } from './instrument-summary.ts';
import { intervalAt, statedFrom, stateLanes, type Lifecycle } from './lifecycle.ts';
import { drawnWholeIntervals } from './instrument-state.ts';
import type { HeadlineChange } from './pinned-headline.ts';
import { partyName, type PartyId } from './parties.ts';
import type { InstrumentData } from '../content/schema/instrument-schema.ts';
import { isDrawn, isInForce, STATUS_IDS, takesPart, type Status } from './statuses.ts';
import { listOf, t } from '../i18n/strings.ts';
import { pt, ptn } from '../i18n/page-strings.ts';

/** States named one by one in a part of the sentence; more are counted. */
export const NAMED_AT_MOST = 3;

/** One status held by some of the instrument's states on the day. */
export interface HeadlinePart {
  /** The status. */
  status: Status;
  /** The status in words, as in the middle of the sentence. */
  words: string;
  /** The states in it, by code. */
  parties: PartyId[];
  /** The first and last day on which one of them entered it; none for states whose lane shows no status. */
  since?: [PartialDateString, PartialDateString];
  /** True when a step that put one of them there is known only by its day (notAfter): they were in it "by" then. */
  knownBy: boolean;
  /** Who contests the steps that put them there, where anyone does. */
  contestedBy: PartyId[];
}

/** The instrument's status on a day, with how its states stand. */
export interface Headline {
  /** How the instrument's own lane is drawn that day (src/lib/model/instrument-state.ts): the colour beside the sentence. */
  drawn: Status;
  /** The instrument's own status. */
  status: Status;
  /** States that hold the instrument's own status. */
  same: number;
  /** States the chart draws (stateLanes), every one of them in `same` or in one of `others`. */
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
  data: Pick<InstrumentData, 'kind' | 'events'>,
  lifecycle: Lifecycle,
  day: string,
  never: boolean,
): Headline {
  const whole = intervalAt(lifecycle.lanes[0]!.intervals, day)?.status ?? 'not-signed';
  // Every state the chart draws is counted, each in the status its lane holds ('not-signed' where it is empty).
  const states = stateLanes(lifecycle).map((lane) => {
    const interval = intervalAt(lane.intervals, day);
    return { party: lane.party, interval, status: interval?.status ?? 'not-signed' };
  });
  // The states that take part come first; those whose lane shows no status, or that no longer exist, after them.
  const order = [...STATUS_IDS.filter(takesPart), ...STATUS_IDS.filter((status) => !takesPart(status))];
  const others = order
    .filter((status) => status !== whole)
    .flatMap((status): HeadlinePart[] => {
      const inIt = states.filter((s) => s.status === status);
      if (inIt.length === 0) return [];
      // A lane that shows no status has no day on which it began.
      const days = isDrawn(status)
        ? // Each on the own date of the step that put it there (an expiry on the day it is dated).
          inIt.map((s) => statedFrom(s.interval!, data.events)).sort((a, b) => dateStart(a).localeCompare(dateStart(b)))
        : [];
      // A step another state contests is stated as claimed, naming who contests it.
      const steps = inIt.map((s) => (s.interval ? data.events[s.interval.startEvent] : undefined));
      const contestedBy = [...new Set(steps.flatMap((step) => step?.contestedBy ?? []))];
      const knownBy = steps.some((step) => step?.notAfter === true);
      return [
        {
          status,
          // An empty lane shows no step of the state's own that gives it a status; it need not mean it never signed.
          words: isDrawn(status) ? statusLabel(data.kind, status, false, 'inSentence') : pt('headline.noStatus'),
          parties: inIt.map((s) => s.party),
          since: days.length > 0 ? [days[0]!, days.at(-1)!] : undefined,
          knownBy,
          contestedBy,
        },
      ];
    });
  const same = states.length - others.reduce((n, p) => n + p.parties.length, 0);
  const label = statusLabel(data.kind, whole, never);
  // "In force for 4 of the 31 states drawn here": counted only where the instrument itself binds some of them.
  const head =
    others.length === 0 || same === 0 || !isInForce(whole)
      ? label
      : ptn('headline.among', same, { status: label, total: states.length });
  // The first count says of how many: "6 of the 42 states drawn here", unless the head has said it.
  const firstCounted = head === label ? others.findIndex((p) => !isNamed(p)) : -1;
  const parts = others.map((part, k) => {
    const count = part.parties.length;
    const who = isNamed(part)
      ? pt('asOf.partyStatus', { party: listOf(part.parties.map(partyName)), status: part.words })
      : k === firstCounted
        ? ptn('headline.statesOf', count, { status: part.words, total: states.length })
        : ptn('headline.states', count, { status: part.words });
    if (!part.since) return who;
    return part.contestedBy.length === 0
      ? pt(part.knownBy ? 'headline.by' : 'headline.since', { text: who, since: since(part.since) })
      : pt('headline.sinceContested', {
          text: who,
          since: since(part.since),
          parties: listOf(part.contestedBy.map(partyName)),
        });
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

/** Whether the sentence names the states of `part` one by one, rather than counting them. */
function isNamed(part: Pick<HeadlinePart, 'parties'>): boolean {
  return part.parties.length <= NAMED_AT_MOST;
}

/**
 * The states the sentence counts in a status other than the instrument's own without naming them, each with
 * its status: what a reader opens to see who "11 states: suspended" are. States it names are not repeated.
 */
export function countedStates(headline: Pick<Headline, 'others'>): { party: PartyId; words: string }[] {
  return headline.others
    .filter((part) => !isNamed(part))
    .flatMap((part) => part.parties.map((party) => ({ party, words: part.words })));
}

/** The first day of the calendar the site draws: a headline from it holds before anything happened. */
const BEFORE_ALL = '0001-01-01';

/**
 * Every headline the instrument has had, oldest first: the first from before anything happened, then one
 * from each day a status began anywhere in its lanes. A view pinned to a day shows the last that began by then.
 */
export function headlineChanges(
  data: Pick<InstrumentData, 'kind' | 'events'>,
  lifecycle: Lifecycle,
  never: boolean,
): HeadlineChange[] {
  const days = new Set([
    BEFORE_ALL,
    ...lifecycle.lanes.flatMap((lane) => lane.intervals.map((i) => dateStart(i.from))),
  ]);
  const changes: HeadlineChange[] = [];
  for (const day of [...days].sort()) {
    const { drawn, sentence } = statusHeadline(data, lifecycle, day, never);
    const last = changes.at(-1);
    if (last?.sentence !== sentence) changes.push({ from: day, drawn, sentence });
  }
  return changes;
}

/** The headline as published in /data/: the sentence with the counts it is made of. */
export interface HeadlineSummary {
  /** The day it describes (YYYY-MM-DD). */
  asOf: string;
  /** The instrument's own status, and its lane as drawn. */
  status: Status;
  drawn: Status;
  /** The sentence the treaty page opens with. */
  sentence: string;
  /** States counted: every state the chart draws, dissolved ones and those whose lane shows no status too. */
  states: number;
  /** How many of them hold each status, in lifecycle order; statuses nobody holds left out. */
  statesByStatus: Partial<Record<Status, number>>;
}

/** `headline` on `asOf` with its counts, for the open data. */
export function headlineSummary(headline: Headline, asOf: string): HeadlineSummary {
  const counts = new Map<Status, number>([
    [headline.status, headline.same],
    ...headline.others.map((part): [Status, number] => [part.status, part.parties.length]),
  ]);
  return {
    asOf,
    status: headline.status,
    drawn: headline.drawn,
    sentence: headline.sentence,
    states: headline.total,
    statesByStatus: Object.fromEntries(
      STATUS_IDS.filter((s) => (counts.get(s) ?? 0) > 0).map((s) => [s, counts.get(s)]),
    ),
  };
}
