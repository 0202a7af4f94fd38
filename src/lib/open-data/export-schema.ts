import { z } from 'zod';
import { instrumentFieldsSchema } from '../content/schema/instrument-schema.ts';
import { partyIdSchema } from '../content/schema/vocabulary-schema.ts';
import { partialDateSchema } from '../content/schema/partial-date-schema.ts';
import { STATUSES, type Status } from '../model/statuses.ts';
import { VERSION_PATTERN } from '../releases/data-version.ts';
import { DATA_PATHS } from '../site/routes.ts';

/**
 * Version of the published data format; bump the major number when a field changes meaning or goes.
 * 2.0.0: `version` names the data (its day and content hash); the format's own version moved to `formatVersion`.
 * 2.1.0: each instrument's `headline`, the status sentence about its states with its counts.
 * 2.2.0: an event's optional `notAfter` (known only to have happened by its date); in the CSV, `not_after`.
 * 2.3.0: a source's optional `claim` (what it is cited for) and `copies` (the faithful copies read); in the
 *        CSV, `source_claim` and `source_copies` (their addresses, space-separated), for the first source.
 * 3.0.0: a headline's `states` counts every state the chart draws, dissolved ones and those whose lane shows
 *        no status of their own too, so that its counts add up to the lanes; `statesByStatus` may hold
 *        `dissolved`, and `not-signed` for a lane with no status.
 */
export const FORMAT_VERSION = '3.0.0';

/** The data version field: the day of the data's last change and a short hash of the content, e.g. 2026-12-07-3f9a1c2. */
export const dataVersionSchema = z.string().regex(VERSION_PATTERN);

const statusSchema = z.enum(Object.keys(STATUSES) as [Status, ...Status[]]);

/** One derived status interval, as published. */
export const exportIntervalSchema = z.strictObject({
  /** The status held. */
  status: statusSchema,
  /**
   * The first day it holds, at the precision of the event that began it: that event's date, or the day after
   * an expiry dated to the day (an expiry takes effect at the end of the day it is dated).
   */
  from: partialDateSchema,
  /** The first day of the next interval (as `from`), or null if it holds on the as-of day. */
  to: partialDateSchema.nullable(),
});

/** One instrument as published: the content's own fields plus its id and derived lanes. */
export const exportInstrumentSchema = instrumentFieldsSchema.extend({
  /** The instrument id (its file name and its address /treaties/<id>/). */
  id: z.string(),
  /** Its page on the site. */
  url: z.string(),
  /** Its status on the as-of day. */
  status: statusSchema,
  /** Its status on the as-of day as a sentence about its states, with the counts the sentence is made of. */
  headline: z.strictObject({
    /** The day described. */
    asOf: z.iso.date(),
    /** The instrument's own status. */
    status: statusSchema,
    /** The instrument's lane as drawn: "suspended-by-most" where most states suspended a treaty in force. */
    drawn: statusSchema,
    /** The sentence, as the treaty page opens with it. */
    sentence: z.string(),
    /** States counted: every state the chart draws, dissolved ones and those whose lane shows no status too. */
    states: z.number().int().nonnegative(),
    /** How many of them hold each status; they add up to `states`. */
    statesByStatus: z.partialRecord(statusSchema, z.number().int().positive()),
  }),
  /** Derived status intervals: the instrument as a whole, then each party that acted. */
  lanes: z.array(z.strictObject({ party: partyIdSchema, intervals: z.array(exportIntervalSchema) })),
});

/** The whole published data set, /data/treaties.json. */
export const exportSchema = z.strictObject({
  /** The data version: cite it, and find this data again at /data/releases/<version>/treaties.json. */
  version: dataVersionSchema,
  /** Data format version. */
  formatVersion: z.literal(FORMAT_VERSION),
  /** The as-of day of the data (the build's day). */
  generatedAt: z.string(),
  /** Licence of the data. */
  license: z.string(),
  /** Every instrument. */
  instruments: z.array(exportInstrumentSchema),
});

/** The published data set. */
export type ExportData = z.output<typeof exportSchema>;

/** The JSON Schema of /data/treaties.json, generated from the same zod schema that validates the content. */
export function exportJsonSchema(siteUrl: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(exportSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }),
    $id: new URL(DATA_PATHS.schema, siteUrl).href,
    title: 'Arms Control Timeline data',
    description: 'Arms-control instruments, their lifecycle events with sources, and derived status intervals.',
  };
}
