import { z } from 'zod';
import { instrumentFieldsSchema } from '../schema/instrument-schema.ts';
import { partyIdSchema } from '../schema/vocabulary-schema.ts';
import { partialDateSchema } from '../schema/partial-date-schema.ts';
import { STATUSES, type Status } from '../statuses.ts';

/** Version of the published data format; bump the major number when a field changes meaning or goes. */
export const DATA_VERSION = '1.0.0';

const statusSchema = z.enum(Object.keys(STATUSES) as [Status, ...Status[]]);

/** One derived status interval, as published. */
export const exportIntervalSchema = z.strictObject({
  /** The status held. */
  status: statusSchema,
  /** The date of the event that began it, at its precision. */
  from: partialDateSchema,
  /** The date of the event that ended it, or null if it holds on the as-of day. */
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
  /** Derived status intervals: the instrument as a whole, then each party that acted. */
  lanes: z.array(z.strictObject({ party: partyIdSchema, intervals: z.array(exportIntervalSchema) })),
});

/** The whole published data set, /data/treaties.json. */
export const exportSchema = z.strictObject({
  /** Data format version. */
  version: z.literal(DATA_VERSION),
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
    $id: new URL('/data/schema.json', siteUrl).href,
    title: 'Arms Control Timeline data',
    description: 'Arms-control instruments, their lifecycle events with sources, and derived status intervals.',
  };
}
