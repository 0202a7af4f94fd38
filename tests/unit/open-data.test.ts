import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { oembedResponse } from '../../src/lib/embed/oembed.ts';
import { instrumentModel } from '../../src/lib/model/instrument-summary.ts';
import { atomFeed } from '../../src/lib/open-data/atom-feed.ts';
import { CSV_COLUMNS, eventsCsv, spreadsheetCell } from '../../src/lib/open-data/events-csv.ts';
import { exportData } from '../../src/lib/open-data/export-data.ts';
import { exportJsonSchema } from '../../src/lib/open-data/export-schema.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { readContentFiles } from '../../src/node/content-files.ts';
import { CONTENT_CHECKED_ON } from './content-model.ts';

const AS_OF = '2026-11-22';
const SITE = 'https://example.org/';
const VERSION = '2026-11-22-abcdef0';

/** The real content and the valid fixtures (one of which has markup, quotes and & in a source title). */
const files = [...readContentFiles(process.cwd()), ...readContentFiles(process.cwd(), 'tests/fixtures/valid')];
const { instruments, problems } = validateContent(files, CONTENT_CHECKED_ON);
const models = instruments.map((i) => instrumentModel(i.id, i.data, AS_OF));
const eventPartyPairs = models.flatMap((m) =>
  m.data.events.flatMap((e) => e.parties.map((party) => `${m.id}|${e.id}|${party}`)),
);

describe('exportData(models, asOf, site)', () => {
  it('the content and fixtures are valid', () => expect(problems).toEqual([]));

  it('exportData validates against the JSON Schema generated from the zod schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(exportJsonSchema(SITE));
    const data = JSON.parse(JSON.stringify(exportData(models, AS_OF, SITE, VERSION)));
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('exportData JSON that breaks the schema is refused by it', () => {
    const validate = new Ajv2020({ strict: false }).compile(exportJsonSchema(SITE));
    const data = JSON.parse(JSON.stringify(exportData(models, AS_OF, SITE, VERSION)));
    data.instruments[0].events[0].type = 'vanished';
    expect(validate(data)).toBe(false);
  });

  it('exportData carries every event of the content exactly once, with its sources', () => {
    const data = exportData(models, AS_OF, SITE, VERSION);
    expect(data.instruments.map((i) => i.events.length)).toEqual(models.map((m) => m.data.events.length));
    expect(data.instruments.flatMap((i) => i.events.map((e) => e.sources))).toEqual(
      models.flatMap((m) => m.data.events.map((e) => e.sources)),
    );
  });
});

describe('eventsCsv(models)', () => {
  const rows = parse<Record<(typeof CSV_COLUMNS)[number], string>>(eventsCsv(models), { columns: true });

  it('eventsCsv has one row per event and acting party: nothing lost, nothing doubled', () => {
    const pairs = rows.map((r) => `${r.instrument}|${r.event_id}|${r.party}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect([...pairs].sort()).toEqual([...eventPartyPairs].sort());
  });

  it('eventsCsv round-trips commas, quotes, markup and newlines through a CSV parser', () => {
    const tricky = rows.find((r) => r.source_title.includes('<b>markup</b>'))!;
    expect(tricky.source_title).toBe('Example source with <b>markup</b> & "quotes"');
    expect(tricky.source_url).toBe('https://example.org/revoked?a=1&b=2');
    for (const model of models) {
      for (const event of model.data.events) {
        for (const row of rows.filter((r) => r.instrument === model.id && r.event_id === event.id)) {
          expect(row.description).toBe(event.description);
          expect(row.date).toBe(event.date);
        }
      }
    }
  });

  it('eventsCsv keeps the date precision', () => {
    expect(rows.find((r) => r.date === '1999-10')?.date_precision).toBe('month');
  });
});

describe('atomFeed(models, asOf, site)', () => {
  const xml = atomFeed(models, AS_OF, SITE, VERSION);
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(
    xml,
  ).feed;

  it('atomFeed is well-formed XML', () => expect(XMLValidator.validate(xml)).toBe(true));

  it('atomFeed has the elements Atom requires, for the feed and each entry', () => {
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const key of ['id', 'title', 'updated', 'author']) expect(feed[key]).toBeDefined();
    expect(feed.entry.length).toBeGreaterThan(0);
    for (const entry of feed.entry) for (const key of ['id', 'title', 'updated']) expect(entry[key]).toBeDefined();
  });

  it('atomFeed lists entries newest first', () => {
    const updated = feed.entry.map((e: { updated: string }) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  it('atomFeed escapes markup in content', () => {
    expect(readFileSync('tests/fixtures/valid/never-in-force-multilateral.md', 'utf8')).toContain('<b>markup</b>');
    expect(xml).not.toContain('<b>');
  });
});

describe('eventsCsv(models) with hostile text', () => {
  const hostileFiles = readContentFiles(process.cwd(), 'tests/fixtures/hostile');
  const hostile = validateContent(hostileFiles, AS_OF);
  const hostileModels = hostile.instruments.map((i) => instrumentModel(i.id, i.data, AS_OF));
  const FORMULA = /^[=+\-@\t\r]/;

  it('the hostile fixture (spreadsheet-formulas.md) is valid content', () => expect(hostile.problems).toEqual([]));

  it('eventsCsv, parsed by a CSV parser, has no cell a spreadsheet would run as a formula', () => {
    const rows: string[][] = parse(eventsCsv(hostileModels));
    const cells = rows.flat();
    expect(cells.some((cell) => cell.startsWith("'="))).toBe(true);
    expect(cells.filter((cell) => FORMULA.test(cell))).toEqual([]);
  });

  it('spreadsheetCell(text) prefixes a single quote to =, +, -, @, tab and CR, and leaves numbers and other text alone', () => {
    expect(['=1', '+1', '-1', '@A1', '\tx', '\rx', 'a=1', '1990', ''].map(spreadsheetCell)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@A1",
      "'\tx",
      "'\rx",
      'a=1',
      '1990',
      '',
    ]);
    expect(spreadsheetCell(-3)).toBe(-3);
  });

  it('eventsCsv keeps the text behind the quote: removing it gives the content exactly', () => {
    const rows = parse<Record<(typeof CSV_COLUMNS)[number], string>>(eventsCsv(hostileModels), {
      columns: true,
    });
    const event = hostileModels[0]!.data.events[0]!;
    const row = rows.find((r) => r.event_id === event.id)!;
    expect(row.description).toBe(`'${event.description}`);
    expect(row.source_publisher).toBe(`'${event.sources[0]!.publisher}`);
    expect(row.instrument_name).toBe(`'${hostileModels[0]!.data.shortName}`);
  });

  it('exportData, atomFeed and oembedResponse carry the hostile text exactly, unprefixed', () => {
    const model = hostileModels[0]!;
    const event = model.data.events[0]!;
    expect(event.description.startsWith('=HYPERLINK(')).toBe(true);
    const data = exportData(hostileModels, AS_OF, SITE, VERSION);
    expect(data.instruments[0]!.events[0]!.description).toBe(event.description);
    expect(data.instruments[0]!.shortName).toBe('=1+1');
    const feed = new XMLParser({ isArray: (name) => name === 'entry' }).parse(
      atomFeed(hostileModels, AS_OF, SITE, VERSION),
    ).feed;
    expect(JSON.stringify(feed)).toContain(JSON.stringify(event.description).slice(1, -1));
    expect(JSON.stringify(feed)).not.toContain(`'${event.description}`);
    expect(
      oembedResponse(
        SITE,
        { embedPath: `/embed/treaties/${model.id}/`, pagePath: `/treaties/${model.id}/`, asOf: AS_OF },
        model.data.shortName,
      ).title,
    ).toBe('=1+1');
  });
});
