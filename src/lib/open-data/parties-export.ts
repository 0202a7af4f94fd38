/** /data/parties.json: each state's status intervals in each instrument it acted in, with the events that name it. */
import { z } from 'zod';
import type { InstrumentModel } from '../model/instrument-summary.ts';
import { statusInIntervals } from '../model/lifecycle.ts';
import { PARTIES } from '../model/parties.ts';
import type { ActingState } from '../party/acting-states.ts';
import { namesParty } from '../party/party-events.ts';
import { partyPath, treatyPath } from '../site/routes.ts';
import { partialDateSchema } from '../content/schema/partial-date-schema.ts';
import { eventTypeSchema, partyIdSchema } from '../content/schema/vocabulary-schema.ts';
import { DATA_LICENSE } from './export-data.ts';
import { dataVersionSchema, exportIntervalSchema, FORMAT_VERSION } from './export-schema.ts';

/** One state in one instrument, as published. */
export const partyInstrumentSchema = z.strictObject({
  /** The instrument id, as in /data/treaties.json. */
  id: z.string(),
  /** The instrument's page. */
  url: z.string(),
  /** The state's status on the as-of day. */
  status: exportIntervalSchema.shape.status,
  /** The state's derived status intervals in the instrument, oldest first. */
  intervals: z.array(exportIntervalSchema),
  /** The events that name the state (as an acting party or as a predecessor), in the order they happened. */
  events: z.array(
    z.strictObject({
      /** The event's index in the instrument's `events` in /data/treaties.json. */
      index: z.number().int().nonnegative(),
      /** Its date, at its precision. */
      date: partialDateSchema,
      /** Its type. */
      type: eventTypeSchema,
    }),
  ),
});

/** One state, as published. */
export const partyExportSchema = z.strictObject({
  /** Its code: ISO 3166-1 alpha-2, or the former code of a historical state. */
  code: partyIdSchema,
  /** Its name. */
  name: z.string(),
  /** Its page on the site. */
  url: z.string(),
  /** For a historical state: the state that continued it. */
  continuedBy: partyIdSchema.optional(),
  /** Every instrument it acted in. */
  instruments: z.array(partyInstrumentSchema),
});

/** The published file /data/parties.json. */
export const partiesExportSchema = z.strictObject({
  /** The data version, shared with /data/treaties.json. */
  version: dataVersionSchema,
  /** Data format version, shared with /data/treaties.json. */
  formatVersion: z.literal(FORMAT_VERSION),
  /** The as-of day of the data. */
  generatedAt: z.string(),
  /** Licence of the data. */
  license: z.string(),
  /** Every state that acted in the content, by name. */
  parties: z.array(partyExportSchema),
});

/** The published parties file. */
export type PartiesExport = z.output<typeof partiesExportSchema>;

/** Each state's intervals per instrument, as published at /data/parties.json. */
export function partiesExport(
  models: readonly InstrumentModel[],
  states: readonly ActingState[],
  asOf: string,
  siteUrl: string,
  version: string,
): PartiesExport {
  const url = (path: string) => new URL(path, siteUrl).href;
  return {
    version,
    formatVersion: FORMAT_VERSION,
    generatedAt: asOf,
    license: DATA_LICENSE,
    parties: states.map(({ party, name }) => {
      const info = PARTIES[party];
      return {
        code: party,
        name,
        url: url(partyPath(party)!),
        ...('continuedBy' in info ? { continuedBy: info.continuedBy } : {}),
        instruments: models.flatMap((model) => {
          const lane = model.lifecycle.lanes.find((l) => l.party === party);
          const events = model.lifecycle.chronology.filter((index) => namesParty(model.data.events[index]!, party));
          if (!lane && events.length === 0) return [];
          const intervals = lane?.intervals ?? [];
          return [
            {
              id: model.id,
              url: url(treatyPath(model.id)),
              status: statusInIntervals(intervals, asOf),
              intervals: intervals.map(({ status, from, to }) => ({ status, from, to })),
              events: events.map((index) => ({
                index,
                date: model.data.events[index]!.date,
                type: model.data.events[index]!.type,
              })),
            },
          ];
        }),
      };
    }),
  };
}
