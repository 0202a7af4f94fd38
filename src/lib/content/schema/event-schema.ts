import { z } from 'zod';
import { partialDateSchema } from './partial-date-schema.ts';
import { sourceSchema } from './source-schema.ts';
import { textSchema } from './text-schema.ts';
import { eventTypeSchema, partyIdSchema } from './vocabulary-schema.ts';

/** What an event id looks like: lowercase words and numbers joined by hyphens, never an old index anchor. */
export const EVENT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Old index anchors ("event-3", "inf-event-3"): a permanent id may never take their form. */
const INDEX_ANCHOR = /(?:^|-)event-\d+$/;

/** An event's permanent id, or an alias it keeps: written once, never derived from where the event stands. */
export const eventIdSchema = z
  .string({ error: 'the event has no id — write id: <instrument>-<date>-<type>, e.g. id: inf-1987-12-08-signed' })
  .regex(EVENT_ID_PATTERN, {
    error: (issue) =>
      `"${String(issue.input)}" is not an event id — write lowercase words and numbers joined by hyphens, e.g. inf-1987-12-08-signed`,
  })
  .refine((id) => !INDEX_ANCHOR.test(id), {
    error: (issue) =>
      `"${String(issue.input)}" has the form of an old index anchor — write <instrument>-<date>-<type>, e.g. inf-1987-12-08-signed`,
  });

/** A correction made to a published event: the day it was made and why, shown on the changes page and in its feed. */
export const correctionSchema = z.strictObject({
  /** The day the correction was made, YYYY-MM-DD. */
  date: partialDateSchema.refine((text) => text.length === 10, {
    error: (issue) =>
      `"${String(issue.input)}" is not a day — write the day the correction was made, e.g. "2026-12-07"`,
  }),
  /** Why, in one sentence a reader can follow, naming the source that shows the right value. */
  note: textSchema(
    'why the event was corrected',
    'note: "The treaty office\'s record gives 3 March, not 2 March."',
    'correction',
  ),
});

/** One step in an instrument's life, by one or more parties, on one date. */
export const eventSchema = z.strictObject({
  /**
   * Its permanent id, unique across the content: anchors, addresses and exports name it; once published, it never
   * changes, even when the date or type is corrected.
   */
  id: eventIdSchema,
  /** Ids this event answers to as well: those of events merged into it, or its own before a rename. */
  aliases: z.array(eventIdSchema, { error: 'aliases must be a list — write aliases: [old-id]' }).optional(),
  /** When it happened, at the precision the sources support. */
  date: partialDateSchema,
  /** True when the sources give the date only approximately. */
  approximate: z
    .boolean({ error: 'approximate must be true or false — write approximate: true, or leave it out' })
    .optional(),
  /**
   * True when the step is known only to have happened by this date: a source of that day says it had, and
   * none gives its own day. It is drawn from this date, and every view says "by" it.
   */
  notAfter: z.boolean({ error: 'notAfter must be true or false — write notAfter: true, or leave it out' }).optional(),
  /** What happened, from the closed vocabulary. */
  type: eventTypeSchema,
  /** The associated document the event concerns (a protocol, an adaptation agreement, a new version); such events do not change the instrument's own status. */
  document: textSchema(
    'the name of the associated document',
    'document: "Agreement on Adaptation"',
    'document',
  ).optional(),
  /** Who acted. */
  parties: z
    .array(partyIdSchema, { error: 'parties must be a list — write parties: [RU] or parties: [all-parties]' })
    .min(1, {
      error: 'no party acts in this event — write parties: [RU], or [all-parties] for the instrument as a whole',
    }),
  /** For a succession: the state whose rights and obligations passed on. */
  predecessor: partyIdSchema.optional(),
  /** Parties that contest the step's legal effect: it is shown as claimed, and as contested by them. */
  contestedBy: z
    .array(partyIdSchema, { error: 'contestedBy must be a list — write contestedBy: [US]' })
    .min(1, {
      error: 'contestedBy names no party — name who contests the step, e.g. contestedBy: [US], or leave it out',
    })
    .optional(),
  /** One sentence, in our own words. */
  description: textSchema(
    'a one-sentence description',
    'description: "Russia suspended its participation."',
    'description',
  ),
  /** Corrections made since the event was first published, oldest first: the changes page gives each as the reason for the change. */
  corrections: z
    .array(correctionSchema, {
      error: 'corrections must be a list — write corrections: followed by - date: "YYYY-MM-DD" and note: "why"',
    })
    .min(1, { error: 'corrections is empty — leave it out, or add - date: "YYYY-MM-DD" and note: "why"' })
    .optional(),
  /** Where a reader can check it. */
  sources: z
    .array(sourceSchema, { error: 'sources must be a list — write at least one source with title, publisher and url' })
    .min(1, { error: 'the event has no source — add at least one source with title, publisher and an https url' }),
});

/** A lifecycle event, as validated. */
export type LifecycleEvent = z.output<typeof eventSchema>;
