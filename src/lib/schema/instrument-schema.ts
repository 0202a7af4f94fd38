import { z } from 'zod';
import { dateStart, formatDate } from '../dates.ts';
import { EVENT_TYPES } from '../event-types.ts';
import { deriveLifecycle } from '../lifecycle.ts';
import { eventSchema } from './event-schema.ts';
import { partialDateSchema } from './partial-date-schema.ts';
import { textSchema } from './text-schema.ts';
import { instrumentIdSchema, partyIdSchema } from './vocabulary-schema.ts';

const idListSchema = z.array(instrumentIdSchema, { error: 'write a list of instrument ids, e.g. [start-i]' });

/** How an instrument relates to others; every id must name another file in content/treaties/. */
export const lineageSchema = z.strictObject({
  /** Instruments this one replaced. */
  supersedes: idListSchema.optional(),
  /** Instruments that replaced this one. */
  supersededBy: idListSchema.optional(),
  /** Instruments that adapted this one. */
  adaptedBy: idListSchema.optional(),
  /** Instruments that updated this one. */
  updatedBy: idListSchema.optional(),
});

/** The fields of one instrument's frontmatter, checked one by one. */
export const instrumentFieldsSchema = z.strictObject({
  /** Full official name. */
  name: textSchema('the full name', 'name: "Treaty on Open Skies"'),
  /** The name people use, e.g. "New START". */
  shortName: textSchema('the short name', 'shortName: "Open Skies"'),
  /** Legally binding treaty, or politically binding document. */
  kind: z.enum(['treaty', 'political'], {
    error: (issue) => `"${String(issue.input ?? '')}" is not a kind — write "treaty" (legally binding) or "political" (politically binding)`,
  }),
  /** One paragraph: what it limits or does. */
  summary: textSchema('a one-paragraph summary', 'summary: "What it limits and how."'),
  /** Where and when it was concluded. */
  concluded: z.strictObject(
    {
      /** City where it was signed or adopted. */
      place: textSchema('the place where it was concluded', 'place: "Paris"'),
      /** Date it was signed or adopted. */
      date: partialDateSchema,
    },
    { error: 'concluded is missing — write concluded: { place: "Paris", date: "1990-11-19" }' },
  ),
  /** Government or organisation that keeps the original, where there is one. */
  depositary: textSchema('the depositary', 'depositary: "Government of the Netherlands"').optional(),
  /** Lineage to other instruments. */
  lineage: lineageSchema.optional(),
  /** Other instruments a reader of this one should see. */
  related: idListSchema.optional(),
  /** Every party that acts in the events, and only those. */
  parties: z
    .array(partyIdSchema, { error: 'parties must be a list — write parties: [US, RU]' })
    .min(1, { error: 'no parties are listed — list every party that acts in the events, e.g. [all-parties, US, RU]' }),
  /** The lifecycle events, in any order. */
  events: z
    .array(eventSchema, { error: 'events must be a list — write events: followed by one "- date: …" item per event' })
    .min(1, { error: 'the instrument has no events — add at least its signature or adoption' }),
});

/** An instrument's frontmatter, as validated. */
export type InstrumentData = z.output<typeof instrumentFieldsSchema>;

/** What the checks across fields need to know about the build. */
export interface SchemaOptions {
  /** The build's as-of day (YYYY-MM-DD): no event may be dated after it. */
  asOf: string;
}

/** Checks across fields: dates up to the as-of day, parties listed, no duplicates, a lifecycle that makes sense. */
export function checkInstrument(data: InstrumentData, { asOf }: SchemaOptions, ctx: z.RefinementCtx): void {
  let found = 0;
  const issue = (path: (string | number)[], message: string) => {
    found++;
    ctx.addIssue({ code: 'custom', path, message, input: undefined });
  };
  if (dateStart(data.concluded.date) > asOf) issue(['concluded', 'date'], `${data.concluded.date} is after the as-of date ${asOf} — record only what has happened`);

  const used = new Set<string>();
  const seen = new Map<string, number>();
  data.events.forEach((event, i) => {
    if (dateStart(event.date) > asOf) issue(['events', i, 'date'], `${event.date} is after the as-of date ${asOf} — record only what has happened, and date it when it does`);
    event.parties.forEach((party, j) => {
      used.add(party);
      if (!data.parties.includes(party)) issue(['events', i, 'parties', j], `${party} acts here but is not in the instrument's parties — add ${party} to parties at the top of the file`);
    });
    if (event.type === 'succeeded' && event.predecessor === undefined) issue(['events', i, 'predecessor'], 'a succession needs its predecessor — write predecessor: SU (the state whose place the party took)');
    if (event.type !== 'succeeded' && event.predecessor !== undefined) issue(['events', i, 'predecessor'], `only a "succeeded" event has a predecessor — remove it, or change the type to succeeded`);
    const key = JSON.stringify([event.date, event.type, [...event.parties].sort(), event.document ?? '']);
    const first = seen.get(key);
    if (first !== undefined) issue(['events', i], `this repeats events[${first}] (${EVENT_TYPES[event.type].label}, ${formatDate(event.date)}, ${event.parties.join(', ')}) — delete one, and put all its sources under the other`);
    else seen.set(key, i);
  });
  data.parties.forEach((party, j) => {
    if (!used.has(party)) issue(['parties', j], `${party} is listed but acts in no event — remove it from parties, or add its events`);
  });

  // The lifecycle is judged only once the events are well-formed, so one mistake yields one message.
  if (found === 0) {
    for (const problem of deriveLifecycle(data).problems) issue(['events', problem.eventIndex, 'type'], problem.message);
  }
}

/** The schema of an instrument file, with the checks across fields for a build as of `asOf`. */
export function instrumentSchema(options: SchemaOptions) {
  // The checks across fields run only on fields that are each valid, so every message has one cause.
  return instrumentFieldsSchema.superRefine((data, ctx) => checkInstrument(data, options, ctx), { when: (payload) => payload.issues.length === 0 });
}
