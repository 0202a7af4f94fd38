import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, eventsCsv, spreadsheetCell } from '../../src/lib/open-data/events-csv.ts';
import { event, model, SOURCE } from './hand-made.ts';

const AS_OF = '2026-01-01';
const ex = model(
  'ex',
  [
    event('1992-11', 'ratified', ['US'], {
      approximate: true,
      notAfter: true,
      document: 'Protocol',
      sources: [
        {
          ...SOURCE,
          date: '1992-11-02',
          claim: 'the date',
          copies: [
            { publisher: 'A copy', url: 'https://copy.example/a' },
            { publisher: 'Another copy', url: 'https://copy.example/b' },
          ],
        },
        SOURCE,
      ],
    }),
    event('1990-11-19', 'signed', ['US', 'SU'], { description: '-1 is not a formula' }),
  ],
  AS_OF,
  { shortName: 'Examples' },
);

describe('eventsCsv(models)', () => {
  const csv = eventsCsv([ex]);

  it('eventsCsv has the header of CSV_COLUMNS and ends each record with CRLF', () => {
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
  });

  it('eventsCsv writes one row per event and acting party, in chronological order, with the first source', () => {
    expect(parse(csv, { columns: true })).toEqual([
      {
        instrument: 'ex',
        instrument_name: 'Examples',
        event_id: '1990-11-19-signed-us-su',
        date: '1990-11-19',
        date_precision: 'day',
        approximate: 'false',
        not_after: 'false',
        type: 'signed',
        type_label: 'Signed',
        document: '',
        party: 'US',
        party_name: 'United States',
        description: "'-1 is not a formula",
        source_title: SOURCE.title,
        source_publisher: SOURCE.publisher,
        source_url: SOURCE.url,
        source_date: '',
        source_claim: '',
        source_copies: '',
        source_count: '1',
      },
      expect.objectContaining({ event_id: '1990-11-19-signed-us-su', party: 'SU', party_name: 'Soviet Union' }),
      expect.objectContaining({
        event_id: '1992-11-ratified-us',
        date: '1992-11',
        date_precision: 'month',
        approximate: 'true',
        not_after: 'true',
        document: 'Protocol',
        party: 'US',
        source_date: '1992-11-02',
        source_claim: 'the date',
        source_copies: 'https://copy.example/a https://copy.example/b',
        source_count: '2',
      }),
    ]);
  });

  it('eventsCsv([]) is the header alone', () => {
    expect(eventsCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('spreadsheetCell(value)', () => {
  it("spreadsheetCell('=1+1') is \"'=1+1\", and text that merely contains = or starts with a space is left alone", () => {
    expect(spreadsheetCell('=1+1')).toBe("'=1+1");
    expect(spreadsheetCell('1+1=2')).toBe('1+1=2');
    expect(spreadsheetCell(' =1')).toBe(' =1');
    expect(spreadsheetCell(7)).toBe(7);
  });
});
