import { z } from 'zod';
import { dateStart, formatDate, parsePartialDate } from '../../model/dates.ts';
import { EVENT_TYPES } from '../../model/event-types.ts';
import { deriveLifecycle } from '../../model/lifecycle.ts';
import { eventIdSchema, eventSchema } from './event-schema.ts';
import { partialDateSchema } from './partial-date-schema.ts';
import { TRANSLATED_LOCALES } from '../../i18n/locale.ts';
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

/** An instrument's names in one language: its official name there, and the name its readers use. */
const localNamesSchema = z.strictObject(
  {
    /** The full name, as the official text in that language has it where there is one. */
    name: textSchema(
      'the full name in this language',
      'name: "Vertrag über konventionelle Streitkräfte in Europa"',
      'name',
    ),
    /** The name its readers use, e.g. "KSE-Vertrag", "ДОВСЕ". */
    shortName: textSchema('the short name in this language', 'shortName: "KSE-Vertrag"', 'shortName'),
  },
  { error: 'write the names in a language as { name: "…", shortName: "…" }' },
);

/** An instrument's names in the languages of the other editions, each optional: an edition without one shows the English. */
export const namesSchema = z.strictObject(
  Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, localNamesSchema.optional()])) as Record<
    (typeof TRANSLATED_LOCALES)[number],
    z.ZodOptional<typeof localNamesSchema>
  >,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `names are given in ${TRANSLATED_LOCALES.join(', ')} only — ${issue.keys.join(', ')} is not an edition's language`
        : 'names must be a map of languages, e.g. names: { de: { name: "…", shortName: "…" } }',
  },
);

/** The fields of one instrument's frontmatter, checked one by one. */
export const instrumentFieldsSchema = z.strictObject({
  /** Full official name. */
  name: textSchema('the full name', 'name: "Treaty on Open Skies"', 'name'),
  /** The name people use, e.g. "New START". */
  shortName: textSchema('the short name', 'shortName: "Open Skies"', 'shortName'),
  /** The names in the other editions' languages (ru, uk, de, fr, pl), where known; English elsewhere. */
  names: namesSchema.optional(),
  /** Legally binding treaty, or politically binding document. */
  kind: z.enum(['treaty', 'political'], {
    error: (issue) =>
      `"${typeof issue.input === 'string' ? issue.input : ''}" is not a kind — write "treaty" (legally binding) or "political" (politically binding)`,
  }),
  /** One paragraph: what it limits or does. */
  summary: textSchema('a one-paragraph summary', 'summary: "What it limits and how."', 'summary'),
  /** Where and when it was concluded. */
  concluded: z.strictObject(
    {
      /** City where it was signed or adopted. */
      place: textSchema('the place where it was concluded', 'place: "Paris"', 'place'),
      /** Date it was signed or adopted. */
      date: partialDateSchema,
    },
    { error: 'concluded is missing — write concluded: { place: "Paris", date: "1990-11-19" }' },
  ),
  /** Government or organisation that keeps the original, where there is one. */
  depositary: textSchema('the depositary', 'depositary: "Government of the Netherlands"', 'depositary').optional(),
  /** Lineage to other instruments. */
  lineage: lineageSchema.optional(),
  /** Other instruments a reader of this one should see. */
  related: idListSchema.optional(),
  /** The states whose ratification the instrument needs to enter into force, where its text names them (the CTBT's Annex 2). */
  entryIntoForceNeeds: z
    .strictObject({
      /** Where the text lists them, as a reader would say it: "the 44 states listed in Annex 2". */
      list: textSchema('where the text lists them', 'list: "the 44 states listed in Annex 2"', 'list'),
      /** Their codes, each once; a state need not act in any event (one that never signed has no lane). */
      states: z
        .array(partyIdSchema, { error: 'states must be a list — write states: [US, RU, CN]' })
        .min(1, { error: 'states names no state — list the codes of the states the text names' })
        .refine((codes) => new Set(codes).size === codes.length, {
          error: 'a state is listed twice — list each state once',
        }),
    })
    .optional(),
  /**
   * True when the events give every state party a lane of its own (the CFE Treaty's 30): only then can the
   * instrument's own lane say how most of its states stand ("suspended by most"). Leave out where the
   * events follow only some of its states (the Ottawa Convention's few that left).
   */
  everyPartyDrawn: z
    .literal(true, { error: 'everyPartyDrawn is true or left out — write everyPartyDrawn: true, or delete the line' })
    .optional(),
  /** Every party that acts in the events, and only those. */
  parties: z
    .array(partyIdSchema, { error: 'parties must be a list — write parties: [US, RU]' })
    .min(1, { error: 'no parties are listed — list every party that acts in the events, e.g. [all-parties, US, RU]' }),
  /** Published events that are gone (merged away, found wrong): their ids still lead to this note on the instrument's page. */
  removedEvents: z
    .array(
      z.strictObject({
        /** The id that was published. */
        id: eventIdSchema,
        /** Why it is gone, in one sentence a reader can follow. */
        note: textSchema('why the event is gone', 'note: "Recorded twice; merged into cfe-1990-11-19-signed."', 'note'),
      }),
      { error: 'removedEvents must be a list — write - id: old-id and note: "why it is gone"' },
    )
    .optional(),
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

type Issue = (path: (string | number)[], message: string) => void;

/** A valid partial date string, or undefined: the checks on values see fields that may have failed their own schema. */
const validDate = (value: unknown): string | undefined =>
  typeof value === 'string' && parsePartialDate(value) ? value : undefined;

/**
 * Checks of single values against the build and their neighbours — dates up to the as-of day, acting
 * parties listed, a predecessor only on a succession. They run even when other fields are wrong, so that
 * every bad value in a file is named in one pass; they read the raw input and skip what is malformed.
 */
export function checkValues(input: unknown, { asOf }: SchemaOptions, issue: Issue): void {
  const data = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const concluded = (typeof data.concluded === 'object' && data.concluded !== null ? data.concluded : {}) as Record<
    string,
    unknown
  >;
  const concludedDate = validDate(concluded.date);
  if (concludedDate && dateStart(concludedDate) > asOf)
    issue(['concluded', 'date'], `${concludedDate} is after the as-of date ${asOf} — record only what has happened`);
  const listed = Array.isArray(data.parties) ? (data.parties as unknown[]) : undefined;
  const events = Array.isArray(data.events) ? (data.events as unknown[]) : [];
  events.forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null) return;
    const event = raw as Record<string, unknown>;
    const date = validDate(event.date);
    if (date && dateStart(date) > asOf)
      issue(
        ['events', i, 'date'],
        `${date} is after the as-of date ${asOf} — record only what has happened, and date it when it does`,
      );
    if (Array.isArray(event.corrections))
      (event.corrections as unknown[]).forEach((correction, k) => {
        const day = validDate((correction as Record<string, unknown> | null)?.date);
        if (day && day > asOf)
          issue(
            ['events', i, 'corrections', k, 'date'],
            `${day} is after the as-of date ${asOf} — date the correction on the day it was made`,
          );
      });
    if (listed && Array.isArray(event.parties)) {
      (event.parties as unknown[]).forEach((party, j) => {
        if (typeof party === 'string' && partyIdSchema.safeParse(party).success && !listed.includes(party))
          issue(
            ['events', i, 'parties', j],
            `${party} acts here but is not in the instrument's parties — add ${party} to parties at the top of the file`,
          );
      });
    }
    if (event.type === 'succeeded' && event.predecessor === undefined)
      issue(
        ['events', i, 'predecessor'],
        'a succession needs its predecessor — write predecessor: SU (the state whose place the party took)',
      );
    if (typeof event.type === 'string' && event.type !== 'succeeded' && event.predecessor !== undefined)
      issue(
        ['events', i, 'predecessor'],
        `only a "succeeded" event has a predecessor — remove it, or change the type to succeeded`,
      );
  });
}

/** Checks across the whole of valid data: no duplicate events, no idle parties, a lifecycle that makes sense. */
export function checkInstrument(data: InstrumentData, issue: Issue): void {
  let found = 0;
  const seen = new Map<string, number>();
  const used = new Set<string>();
  data.events.forEach((event, i) => {
    for (const party of event.parties) used.add(party);
    const key = JSON.stringify([event.date, event.type, [...event.parties].sort(), event.document ?? '']);
    const first = seen.get(key);
    if (first !== undefined) {
      found++;
      issue(
        ['events', i],
        `this repeats events[${first}] (${EVENT_TYPES[event.type].label}, ${formatDate(event.date)}, ` +
          `${event.parties.join(', ')}) — delete one, and put all its sources under the other`,
      );
    } else seen.set(key, i);
  });
  data.parties.forEach((party, j) => {
    if (!used.has(party)) {
      found++;
      issue(['parties', j], `${party} is listed but acts in no event — remove it from parties, or add its events`);
    }
  });
  // The lifecycle is judged only once the events are well-formed, so one mistake yields one message.
  if (found === 0) {
    for (const problem of deriveLifecycle(data).problems)
      issue(['events', problem.eventIndex, 'type'], problem.message);
  }
}

/** The schema of an instrument file, with the checks of values and across fields for a build as of `asOf`. */
export function instrumentSchema(options: SchemaOptions) {
  return instrumentFieldsSchema.superRefine(
    (data, ctx) => {
      // Issues found so far are the fields' own; ctx.value is the raw input wherever a field failed.
      const fieldsValid = ctx.issues.length === 0;
      let found = 0;
      const issue: Issue = (path, message) => {
        found++;
        ctx.addIssue({ code: 'custom', path, message, input: undefined });
      };
      checkValues(ctx.value, options, issue);
      // The checks across fields run only on fields that are each valid, so every message has one cause.
      if (fieldsValid && found === 0) checkInstrument(data, issue);
    },
    { when: () => true },
  );
}
