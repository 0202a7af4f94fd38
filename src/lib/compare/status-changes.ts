/**
 * What changed between two days: every status change of every lane (the instrument as a whole, or one
 * party), with the steps that made it, their dates and their sources, in sentences. Read from the
 * lifecycle model's intervals, so it says exactly what the charts draw.
 */
import { compareDates, dateStart, eventDate, type PartialDateString } from '../model/dates.ts';
import { EVENT_TYPES, type EventType } from '../model/event-types.ts';
import { statusLabel, type InstrumentModel } from '../model/instrument-summary.ts';
import { statusInIntervals, type Lane } from '../model/lifecycle.ts';
import { ALL_PARTIES, partyName, type PartyId } from '../model/parties.ts';
import type { LifecycleEvent } from '../content/schema/event-schema.ts';
import type { InstrumentData } from '../content/schema/instrument-schema.ts';
import type { Source } from '../content/schema/source-schema.ts';
import { isInForce, type Status } from '../model/statuses.ts';
import { lowerInSentence, t } from '../i18n/strings.ts';

/** One step between the two days: the event that began a new status. */
export interface StatusStep {
  /** The date of the event, as written. */
  date: PartialDateString;
  /** The step in words: "suspended 12 December 2007". */
  text: string;
  /** The status it began. */
  status: Status;
  /** The event's type. */
  type: EventType;
  /** The event's index in its instrument's file. */
  event: number;
  /** The event's sources. */
  sources: Source[];
}

/** The changes of one lane between the two days. */
export interface StatusChange {
  /** The instrument id. */
  instrument: string;
  /** Its short name. */
  instrumentName: string;
  /** Whose lane: a party, or "all-parties" for the instrument as a whole. */
  party: PartyId;
  /** The status on the first day and on the second. */
  before: Status;
  after: Status;
  /** Every step in between, oldest first; never empty. */
  steps: StatusStep[];
  /** The whole change in one sentence: "CFE Treaty — Russia: in force → withdrawn (suspended 12 December 2007, withdrawn 7 November 2023)". */
  sentence: string;
}

/** What the comparison needs of an instrument: an InstrumentModel will do, and so will the pruned copy `compareInput` makes for the browser. */
export interface ComparedInstrument {
  /** The instrument id. */
  id: InstrumentModel['id'];
  /** Its short name, kind and events (only what a step says: date, type, precision and sources). */
  data: Pick<InstrumentData, 'shortName' | 'kind'> & {
    events: readonly Pick<LifecycleEvent, 'date' | 'type' | 'approximate' | 'notAfter' | 'sources'>[];
  };
  /** Its lanes, the instrument's own first. */
  lifecycle: { lanes: readonly Pick<Lane, 'party' | 'intervals'>[] };
}

/**
 * Every status change after day `from` and up to day `to` (both YYYY-MM-DD; swapped if given the other
 * way round), one entry per instrument and lane, ordered by the first step's date. `parties` keeps only
 * those lanes ("all-parties" is the instrument's own); by default every lane. A lane that changed and
 * changed back (suspended, then resumed) is listed too: its steps say what happened.
 */
export function statusChanges(
  models: readonly ComparedInstrument[],
  from: string,
  to: string,
  parties?: readonly PartyId[],
): StatusChange[] {
  const [first, last] = from <= to ? [from, to] : [to, from];
  const changes = models.flatMap((model) => {
    // As neverInForce() says of a whole Lifecycle; the pruned copy carries the instrument's lane for this.
    const never = !model.lifecycle.lanes[0]?.intervals.some((i) => isInForce(i.status));
    return model.lifecycle.lanes
      .filter((lane) => !parties || parties.includes(lane.party))
      .flatMap((lane): StatusChange[] => {
        const isWhole = lane.party === ALL_PARTIES;
        const label = (status: Status) => statusLabel(model.data.kind, status, never && isWhole, 'inSentence');
        const steps = lane.intervals
          .filter((interval) => dateStart(interval.from) > first && dateStart(interval.from) <= last)
          .map((interval): StatusStep => {
            const event = model.data.events[interval.startEvent]!;
            return {
              date: event.date,
              text: t('compare.step', {
                type: lowerInSentence(EVENT_TYPES[event.type].label),
                date: eventDate(event),
              }),
              status: interval.status,
              type: event.type,
              event: interval.startEvent,
              sources: event.sources,
            };
          });
        if (steps.length === 0) return [];
        const before = statusInIntervals(lane.intervals, first);
        const after = statusInIntervals(lane.intervals, last);
        const who = isWhole ? t('compare.wholeInstrument') : partyName(lane.party);
        return [
          {
            instrument: model.id,
            instrumentName: model.data.shortName,
            party: lane.party,
            before,
            after,
            steps,
            sentence: t('compare.sentence', {
              instrument: model.data.shortName,
              who,
              before: label(before),
              after: label(after),
              // The dated steps in brackets, an enumeration rather than a phrase: "(signed …, entered into force …)".
              steps: steps.map((s) => s.text).join(t('list.separator')),
            }),
          },
        ];
      });
  });
  // A stable sort keeps the instruments' and lanes' own order among changes that begin on the same date.
  return changes.sort((a, b) => compareDates(a.steps[0]!.date, b.steps[0]!.date));
}

/**
 * A pruned copy of instruments for the browser: the instrument's own lane and the party's (every lane without a
 * party), and of each event only what a step says.
 */
export function compareInput(models: readonly ComparedInstrument[], party?: PartyId): ComparedInstrument[] {
  return models.flatMap((model) => {
    const lanes = model.lifecycle.lanes.filter((lane, n) => n === 0 || party === undefined || lane.party === party);
    if (party !== undefined && lanes.length < 2) return [];
    const starts = new Set(lanes.flatMap((lane) => lane.intervals.map((i) => i.startEvent)));
    // Events that begin no interval keep their place in the list (steps refer to them by index) but carry nothing.
    const events = model.data.events.map((event, index) =>
      starts.has(index)
        ? {
            date: event.date,
            type: event.type,
            approximate: event.approximate,
            notAfter: event.notAfter,
            sources: event.sources,
          }
        : { date: event.date, type: event.type, sources: [] },
    );
    return [
      {
        id: model.id,
        data: { shortName: model.data.shortName, kind: model.data.kind, events },
        lifecycle: { lanes: lanes.map(({ party: p, intervals }) => ({ party: p, intervals })) },
      },
    ];
  });
}

/**
 * What a page's "what changed" form compares, taken from the whole site's pruned instruments
 * (/data/compare.json, compareInput of every instrument): the page's instruments, pruned for its party.
 */
export function compareInputFor(
  all: readonly ComparedInstrument[],
  instruments: readonly string[],
  party?: PartyId,
): ComparedInstrument[] {
  return compareInput(
    all.filter((model) => instruments.includes(model.id)),
    party,
  );
}
