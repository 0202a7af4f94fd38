import { stringify } from 'csv-stringify/sync';
import { precisionOf } from '../model/dates.ts';
import { EVENT_TYPES } from '../model/event-types.ts';
import type { InstrumentModel } from '../model/instrument-summary.ts';
import { partyName } from '../model/parties.ts';

/** The columns of /data/events.csv, in order. */
export const CSV_COLUMNS = [
  'instrument',
  'instrument_name',
  'event_id',
  'date',
  'date_precision',
  'approximate',
  'not_after',
  'type',
  'type_label',
  'document',
  'party',
  'party_name',
  'description',
  'source_title',
  'source_publisher',
  'source_url',
  'source_date',
  'source_claim',
  'source_copies',
  'source_count',
] as const;

/** What a spreadsheet reads as the start of a formula (OWASP, CSV injection): =, +, -, @, tab and carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet shows as text: one that would start a formula gets a leading single quote, as
 * OWASP advises, so `=HYPERLINK(…)` in a description is read, never run. Numbers pass unchanged. Only the
 * CSV does this; the JSON, the feed and oEmbed carry the content's exact text.
 */
export function spreadsheetCell(value: string | number): string | number {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** One row per event and acting party, in chronological order, with the first source; no cell starts a formula. */
export function eventsCsv(models: readonly InstrumentModel[]): string {
  const rows = models.flatMap((model) =>
    model.lifecycle.chronology.flatMap((index) => {
      const event = model.data.events[index]!;
      const source = event.sources[0]!;
      return event.parties.map((party) =>
        [
          model.id,
          model.data.shortName,
          event.id,
          event.date,
          precisionOf(event.date),
          event.approximate ? 'true' : 'false',
          event.notAfter ? 'true' : 'false',
          event.type,
          EVENT_TYPES[event.type].label,
          event.document ?? '',
          party,
          partyName(party),
          event.description,
          source.title,
          source.publisher,
          source.url,
          source.date ?? '',
          source.claim ?? '',
          source.copies?.map((copy) => copy.url).join(' ') ?? '',
          event.sources.length,
        ].map(spreadsheetCell),
      );
    }),
  );
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: '\r\n' });
}
