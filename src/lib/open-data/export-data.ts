import type { InstrumentModel } from '../model/instrument-summary.ts';
import { headlineSummary, statusHeadline } from '../model/status-headline.ts';
import { FORMAT_VERSION, type ExportData } from './export-schema.ts';
import { treatyPath } from '../site/routes.ts';

/** The licence the data is published under. */
export const DATA_LICENSE = 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); cite "Arms Control Timeline"';

/** The whole data set as published at /data/treaties.json, as of `asOf`, in data version `version`. */
export function exportData(
  models: readonly InstrumentModel[],
  asOf: string,
  siteUrl: string,
  version: string,
): ExportData {
  return {
    version,
    formatVersion: FORMAT_VERSION,
    generatedAt: asOf,
    license: DATA_LICENSE,
    instruments: models.map((model) => ({
      id: model.id,
      url: new URL(treatyPath(model.id), siteUrl).href,
      ...model.data,
      status: model.status,
      headline: headlineSummary(statusHeadline(model.data, model.lifecycle, asOf, model.neverInForce), asOf),
      lanes: model.lifecycle.lanes.map((lane) => ({
        party: lane.party,
        intervals: lane.intervals.map(({ status, from, to }) => ({ status, from, to })),
      })),
    })),
  };
}

/** A published JSON file's text: indented, with a final newline, as every release keeps it. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
