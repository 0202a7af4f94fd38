import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblems, validateContent, type ContentProblem } from '../../src/lib/content/validate-content.ts';
import { readContentFiles } from '../../src/node/content-files.ts';

const AS_OF = '2026-11-22';
const DIR = 'tests/fixtures/mistakes';

/** A fixture is `name.md`, a file the site would not read (named in full), or a folder of files whose mistake lies between them. */
function fixtureFiles(name: string): string[] {
  if (existsSync(`${DIR}/${name}.md`)) return [`${DIR}/${name}.md`];
  if (statSync(`${DIR}/${name}`).isDirectory())
    return readdirSync(`${DIR}/${name}`)
      .sort()
      .map((file) => `${DIR}/${name}/${file}`);
  return [`${DIR}/${name}`];
}

function check(...names: string[]) {
  const files = names.flatMap(fixtureFiles).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  return validateContent(files, AS_OF);
}

/** Each fixture holds one mistake; these are the exact lines an author sees ("LINE  field  message"). */
const EXPECTED: Record<string, string[]> = {
  'date-after-as-of': [
    '36  events[3].date  2031-01-01 is after the as-of date 2026-11-22 — record only what has happened, and date it when it does',
  ],
  'date-not-quoted': [
    '36  events[3].date  the date is not in quotes, so YAML reads it as a timestamp or number — write it in quotes, e.g. "1990-11-19", "1990-11" or "1990"',
  ],
  'description-too-long': [
    '39  events[3].description  a one-sentence description is 1,159 characters long, more than the 1,000 allowed — shorten it to at most 1,000 characters',
  ],
  'duplicate-event': [
    '42  events[4]  this repeats events[3] (Suspended, 12 December 2007, RU) — delete one, and put all its sources under the other',
  ],
  'event-after-withdrawal': [
    '51  events[5].type  Suspended on 1 January 2024: Russia had already withdrawn; only a "statement" or a documented re-entry can follow — check the date, or record the re-entry first',
  ],
  'event-without-source': [
    '40  events[3].sources  the event has no source — add at least one source with title, publisher and an https url',
  ],
  'http-url': [
    '41  events[3].sources[0].url  http: addresses are not accepted — cite the https:// address of the page (most publishers serve one)',
  ],
  'impossible-date-not-quoted': [
    '36  events[3].date  2023-02-30 is not a day in the calendar — check the source and write the real date, or only "YYYY-MM" if the day is unknown',
  ],
  'impossible-date': [
    '36  events[3].date  2007-02-30 is not a day in the calendar — check the source and write the real date, or only "YYYY-MM" if the day is unknown',
  ],
  'invalid-kind': [
    '4  kind  "binding" is not a kind — write "treaty" (legally binding) or "political" (politically binding)',
  ],
  'invalid-yaml': [
    '8  (yaml)  the frontmatter is not valid YAML (bad indentation of a mapping entry) — check indentation and quote text that contains ": " or starts with a symbol',
  ],
  'javascript-url': [
    '41  events[3].sources[0].url  javascript: addresses are not accepted — cite the https:// address of the page (most publishers serve one)',
  ],
  'lineage-loop': [
    '6  lineage.supersededBy[0]  the lineage runs in a loop (loop-a → loop-b → loop-a, each recorded as coming after the one before) — an instrument cannot come both before and after another: keep only the direction that happened, with "supersedes" in the newer file and "supersededBy" in the older',
    '6  lineage.supersededBy[0]  the lineage runs in a loop (loop-a → loop-b → loop-a, each recorded as coming after the one before) — an instrument cannot come both before and after another: keep only the direction that happened, with "supersedes" in the newer file and "supersededBy" in the older',
  ],
  'malformed-date': [
    '36  events[3].date  "12/12/2007" is not a date — write YYYY-MM-DD, YYYY-MM or YYYY, e.g. "1990-11-19"',
  ],
  'markdown-extension.markdown': [
    '1  (file name)  markdown-extension.markdown is not read by the site, so its entry would vanish without a word — the site reads only files ending in ".md": rename it to markdown-extension.md, or move it out of the folder',
  ],
  'missing-name': ['1  name  the full name is missing — add a line such as name: "Treaty on Open Skies"'],
  'misspelt-field': [
    '1  summary  a one-paragraph summary is missing — add a line such as summary: "What it limits and how."',
    '5  sumary  "sumary" is not a field here — remove it, or check its spelling against CONTENT.md',
  ],
  'no-frontmatter': [
    '1  (file)  the file has no frontmatter — start it with a line "---", the fields, and another line "---" (see CONTENT.md)',
  ],
  'party-listed-but-idle': [
    '9  parties[4]  GB is listed but acts in no event — remove it from parties, or add its events',
  ],
  'party-not-listed': [
    "38  events[3].parties[0]  BY acts here but is not in the instrument's parties — add BY to parties at the top of the file",
  ],
  'ratification-revoked-without-ratification': [
    '37  events[3].type  Ratification revoked on 1 December 1990: United States had not ratified, so no ratification could be revoked — add the ratification first, or check the party',
  ],
  'ratified-after-instrument-ended': [
    '58  events[6].type  Ratified on 1 January 2024: the instrument had already terminated; only a "statement" can follow — check the date, or the instrument\'s own ending',
  ],
  'raw-html-in-body': [
    '46  (body)  <meta> is HTML, and the narrative is Markdown only — write the same in Markdown (**bold**, *italic*, [text](https://…)), or put a literal "<" in `code`',
    '48  (body)  <img> is HTML, and the narrative is Markdown only — write the same in Markdown (**bold**, *italic*, [text](https://…)), or put a literal "<" in `code`',
  ],
  'resumed-without-suspension': [
    '37  events[3].type  Resumed on 12 December 2007: Russia had not suspended the instrument, so it cannot resume — add the earlier "suspended" event, or check the event type',
  ],
  'several-bad-values': [
    '29  events[2].date  1992-02-30 is not a day in the calendar — check the source and write the real date, or only "YYYY-MM" if the day is unknown',
    '34  events[2].sources[0].url  ftp: addresses are not accepted — cite the https:// address of the page (most publishers serve one)',
    '36  events[3].date  2031-01-01 is after the as-of date 2026-11-22 — record only what has happened, and date it when it does',
  ],
  'source-without-publisher': [
    '41  events[3].sources[0].publisher  the publisher of the cited page is missing — add a line such as publisher: "U.S. Department of State"',
  ],
  'succession-without-predecessor': [
    '20  events[1].predecessor  a succession needs its predecessor — write predecessor: SU (the state whose place the party took)',
  ],
  'unknown-event-type': [
    '37  events[3].type  "suspend" is not an event type — write "suspended" or another type listed in CONTENT.md',
  ],
  'unknown-lineage-reference': [
    '10  lineage.supersededBy[0]  there is no content/treaties/new-strat.md — write the id of an existing file (unknown-lineage-reference), or add that instrument first',
  ],
  'unknown-party': [
    '38  events[3].parties[0]  "Russia" is not a known party — write "RU", or add the state to src/lib/model/parties.ts with its ISO 3166 code',
  ],
  'unsafe-link-in-body': [
    '46  (body)  the link "javascript:alert(1)" is refused: javascript: addresses are not accepted — cite the https:// address of the page (most publishers serve one)',
    '46  (body)  the link "http://example.org/old" is refused: http: addresses are not accepted — cite the https:// address of the page (most publishers serve one)',
    '46  (body)  the link "https://user:pass@example.org/" is refused: "example.org" is preceded by a user name or password — remove everything between "https://" and "@", and cite the page as any reader can open it',
  ],
  'uppercase-extension.MD': [
    '1  (file name)  uppercase-extension.MD is not read by the site, so its entry would vanish without a word — the site reads only files ending in ".md": rename it to uppercase-extension.md, or move it out of the folder',
  ],
  'url-with-credentials': [
    '41  events[3].sources[0].url  "example.org" is preceded by a user name or password — remove everything between "https://" and "@", and cite the page as any reader can open it',
  ],
  'url-without-scheme': [
    '41  events[3].sources[0].url  "www.example.org/suspended" is not a web address — write the full https:// address of the page you cited',
  ],
  'withdrawal-before-signature': [
    '37  events[3].type  Withdrawn on 12 December 1989: Russia had not signed, nor was the instrument in force for it, so it could not withdraw — add its signature or entry into force first, or check the date',
  ],
  'year-before-1800': [
    '36  events[3].date  0150-06 is before 1800, earlier than any arms-control instrument — check the year (it has four digits, e.g. "1990")',
  ],
};

describe('validateContent(files, asOf)', () => {
  it('has an expectation for every mistake fixture, and at least 15 of them', () => {
    const fixtures = readdirSync(DIR)
      .map((name) => name.replace(/\.md$/, ''))
      .sort();
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtures);
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  for (const [name, lines] of Object.entries(EXPECTED)) {
    it(`validateContent([${name}.md]) reports exactly its mistake`, () => {
      const { problems, instruments } = check(name);
      expect(problems.map((p) => `${p.line}  ${p.field}  ${p.message}`)).toEqual(lines);
      for (const problem of problems) expect(fixtureFiles(name)).toContain(problem.file);
      expect(instruments).toEqual([]);
    });
  }

  it('validateContent(all fixtures) reports every problem of every file at once', () => {
    const { problems } = check(...Object.keys(EXPECTED));
    // Every fixture is named (a folder fixture by each of its files).
    expect(new Set(problems.map((p) => p.file.replace(/\/loop-[ab]\.md$/, ''))).size).toBe(
      Object.keys(EXPECTED).length,
    );
    expect(problems.length).toBe(Object.values(EXPECTED).flat().length);
  });

  it('validateContent(readContentFiles(folder)) names every entry the site would not read: other extensions, upper case, folders', () => {
    const { problems } = validateContent(readContentFiles(process.cwd(), DIR), AS_OF);
    const byFile = problems.filter((p) => p.field === '(file name)').map((p) => p.file);
    expect(byFile).toEqual([
      `${DIR}/lineage-loop/`,
      `${DIR}/markdown-extension.markdown`,
      `${DIR}/uppercase-extension.MD`,
    ]);
    expect(problems.find((p) => p.file === `${DIR}/lineage-loop/`)?.message).toMatch(
      /^lineage-loop\/ is a folder, and the site reads only the \.md files/,
    );
  });

  it('formatProblems(problems) prints one line per problem as file:LINE  field  message', () => {
    const { problems } = check('http-url');
    expect(formatProblems(problems)).toBe(
      'tests/fixtures/mistakes/http-url.md:41  events[3].sources[0].url  http: addresses are not accepted — cite the https:// address of the page (most publishers serve one)',
    );
  });

  it('validateContent([a valid file]) reports nothing and returns the instrument with its id', () => {
    const path = 'tests/fixtures/valid/example-bilateral.md';
    const { problems, instruments } = validateContent([{ path, text: readFileSync(path, 'utf8') }], AS_OF);
    expect(problems).toEqual([]);
    expect(instruments.map((i) => i.id)).toEqual(['example-bilateral']);
  });
});

/** A valid instrument file: `extra` lines go at the top level before its parties, `event` lines into its one event. */
function entry(id: string, extra: string[] = [], { event = [] as string[], body = '\nA narrative.\n' } = {}): string {
  return [
    '---',
    `name: "Treaty ${id}"`,
    `shortName: "${id}"`,
    'kind: treaty',
    'summary: "A treaty made by hand for one test."',
    'concluded:',
    '  place: "Geneva"',
    '  date: "1990-11-19"',
    ...extra,
    'parties: [US, RU]',
    'events:',
    `  - id: ${id}-1990-11-19-signed`,
    ...event,
    '    date: "1990-11-19"',
    '    type: signed',
    '    parties: [US, RU]',
    '    description: "Both signed."',
    '    sources:',
    `      - { title: "Source", publisher: "Publisher", url: "https://example.org/${id}" }`,
    '---',
    body,
  ].join('\n');
}

/** The file at content/treaties/<name>. */
const at = (name: string, text: string) => ({ path: `content/treaties/${name}`, text });

/** The 1-based line of `text` holding `needle` (the first). */
function lineWith(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`no line holds ${needle}`);
  return index + 1;
}

/** What an author sees of each problem: file, line, field, message. */
const seen = (problems: readonly ContentProblem[]) => problems.map((p) => [p.file, p.line, p.field, p.message]);

describe('validateContent: messages an author can act on', () => {
  it('says a missing "concluded" is missing, and what to write, rather than that it has the wrong shape', () => {
    const text = entry('a').replace('concluded:\n  place: "Geneva"\n  date: "1990-11-19"\n', '');
    expect(seen(validateContent([at('a.md', text)], AS_OF).problems)).toEqual([
      [
        'content/treaties/a.md',
        1,
        'concluded',
        'concluded is missing — write concluded: { place: "Paris", date: "1990-11-19" }',
      ],
    ]);
  });

  it('names the file line of a problem in the body, whatever ends the lines and the closing "---"', () => {
    const body = '\nA narrative.\n\n<img src="x.png">\n';
    const variants = {
      LF: entry('a', [], { body }),
      CRLF: entry('a', [], { body }).replace(/\n/g, '\r\n'),
      'spaces after the closing ---': entry('a', [], { body }).replace(/\n---\n/, '\n---  \n'),
      'no blank line after it': entry('a', [], { body: body.slice(1) }),
    };
    for (const [name, text] of Object.entries(variants)) {
      const { problems } = validateContent([at('a.md', text)], AS_OF);
      expect(
        problems.map((p) => [p.line, p.field]),
        name,
      ).toEqual([[lineWith(text, '<img'), '(body)']]);
    }
  });
});
