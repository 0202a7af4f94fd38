import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  eventNames,
  formatProblems,
  PUBLISHED_IDS_FILE,
  validateContent,
  type ContentProblem,
} from '../../src/lib/content/validate-content.ts';
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

describe('validateContent: file names', () => {
  /** The name a "not read" or "folder" message tells the author to use instead. */
  const suggested = (message: string) => /(?:rename it to|e\.g\.) ([^\s,)]+)/.exec(message)?.[1];

  it('the name suggested for a file the site would not read is one it reads, with a valid id, whatever the name', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 24 }).filter((name) => !name.includes('/') && !name.endsWith('.md')),
        fc.boolean(),
        (name, folder) => {
          const { problems } = validateContent([at(folder ? `${name}/` : name, entry('a'))], AS_OF);
          expect(problems).toHaveLength(1);
          const name2 = suggested(problems[0]!.message);
          expect(name2).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
          expect(validateContent([at(name2!, entry('a'))], AS_OF).problems).toEqual([]);
        },
      ),
    );
  });

  it('suggests the words of the name, lower case, joined by single hyphens, without its last extension', () => {
    const suggestions = ['Open  Skies (1992).markdown', 'inf.md.bak', 'New_START.TXT', '___.txt'].map((name) =>
      suggested(validateContent([at(name, entry('a'))], AS_OF).problems[0]!.message),
    );
    expect(suggestions).toEqual(['open-skies-1992.md', 'inf-md-bak.md', 'new-start.md', 'instrument.md']);
  });

  it('names a folder, and asks for each entry in it to move up as its own file', () => {
    const { problems } = validateContent([at('New START/', '')], AS_OF);
    expect(seen(problems)).toEqual([
      [
        'content/treaties/New START/',
        1,
        '(file name)',
        'New START/ is a folder, and the site reads only the .md files directly in the content folder — move each ' +
          'entry up as its own file (e.g. new-start.md), and anything else out',
      ],
    ]);
  });

  it('refuses an .md file whose name is not an id, suggesting one, and still checks the rest of the file', () => {
    for (const [name, id] of [
      ['New_START.md', 'new-start'],
      ['Inf.md', 'inf'],
      ['cfe-.md', 'cfe'],
      ['cfe.mdx.md', 'cfe-mdx'],
    ] as const) {
      const text = entry('a').replace('https://example.org/a', 'http://example.org/a');
      const { problems, instruments } = validateContent([at(name, text)], AS_OF);
      expect(seen(problems)).toEqual([
        [
          `content/treaties/${name}`,
          1,
          '(file name)',
          `"${name}" cannot be an id — name the file in lowercase words joined by hyphens, e.g. ${id}.md`,
        ],
        [
          `content/treaties/${name}`,
          lineWith(text, 'http://'),
          'events[0].sources[0].url',
          expect.stringMatching(/^http: addresses are not accepted/),
        ],
      ]);
      expect(instruments).toEqual([]);
    }
  });
});

describe('validateContent: where the frontmatter is', () => {
  it('finds no frontmatter when text comes before the first "---", as the site would not either', () => {
    const { problems } = validateContent([at('a.md', `# The treaty\n${entry('a')}`)], AS_OF);
    expect(seen(problems)).toEqual([
      [
        'content/treaties/a.md',
        1,
        '(file)',
        'the file has no frontmatter — start it with a line "---", the fields, and another line "---" (see CONTENT.md)',
      ],
    ]);
  });

  it('reads frontmatter after a byte-order mark or blank lines, and counts those lines in every line it names', () => {
    const broken = entry('a').replace('https://example.org/a', 'http://example.org/a');
    for (const before of ['\uFEFF', '\n', '  \n', '\n\n\n', ' \t\n  \n\n']) {
      const text = before + broken;
      const { problems } = validateContent([at('a.md', text)], AS_OF);
      expect(problems.map((p) => [p.line, p.field])).toEqual([[lineWith(text, 'http://'), 'events[0].sources[0].url']]);
    }
    const yamlError = `\n\n${entry('a').replace('kind: treaty', 'kind: treaty\n  bad: indent')}`;
    expect(validateContent([at('a.md', yamlError)], AS_OF).problems.map((p) => [p.line, p.field])).toEqual([
      [lineWith(yamlError, 'bad: indent'), '(yaml)'],
    ]);
  });

  it('returns the body from the line after the closing "---"', () => {
    const { instruments } = validateContent([at('a.md', entry('a', [], { body: 'A narrative.\n\nMore.\n' }))], AS_OF);
    expect(instruments.map((i) => i.body)).toEqual(['A narrative.\n\nMore.\n']);
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

describe('validateContent: what a generic schema message becomes', () => {
  const shape = 'must be a set of "field: value" lines — see CONTENT.md for the fields it takes';

  it('asks for "field: value" lines where the frontmatter is a list or a single value', () => {
    for (const text of ['---\n- name\n- kind\n---\n', '---\nTreaty on Open Skies\n---\n']) {
      expect(seen(validateContent([at('a.md', text)], AS_OF).problems)).toEqual([
        ['content/treaties/a.md', 1, '(file)', `the frontmatter ${shape}`],
      ]);
    }
  });

  it('asks for "field: value" lines where an event, a source or the lineage is a single value, on its line', () => {
    const texts = [
      entry('a').replace('  - id: a-1990', '  - "signed in Geneva"\n  - id: a-1990'),
      entry('a').replace('      - { title', '      - "https://example.org/x"\n      - { title'),
      entry('a', ['lineage: b']),
    ];
    expect(texts.map((text) => seen(validateContent([at('a.md', text)], AS_OF).problems))).toEqual([
      [['content/treaties/a.md', lineWith(texts[0]!, 'signed in Geneva'), 'events[0]', `this entry ${shape}`]],
      [['content/treaties/a.md', lineWith(texts[1]!, 'example.org/x'), 'events[0].sources[0]', `this entry ${shape}`]],
      [['content/treaties/a.md', lineWith(texts[2]!, 'lineage: b'), 'lineage', `this entry ${shape}`]],
    ]);
  });

  it("keeps the field's own message for a value of the wrong type, saying what to write", () => {
    const text = entry('a', ['lineage:', '  supersedes: b'], { event: ['    approximate: "yes"'] }).replace(
      'parties: [US, RU]\n',
      'parties: US\n',
    );
    expect(seen(validateContent([at('a.md', text)], AS_OF).problems)).toEqual([
      [
        'content/treaties/a.md',
        lineWith(text, 'supersedes:'),
        'lineage.supersedes',
        'write a list of instrument ids, e.g. [start-i]',
      ],
      [
        'content/treaties/a.md',
        lineWith(text, 'parties: US'),
        'parties',
        'parties must be a list — write parties: [US, RU]',
      ],
      [
        'content/treaties/a.md',
        lineWith(text, 'approximate:'),
        'events[0].approximate',
        'approximate must be true or false — write approximate: true, or leave it out',
      ],
    ]);
  });

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
});

describe('validateContent: unquoted dates', () => {
  const quote =
    'the date is not in quotes, so YAML reads it as a timestamp or number — write it in quotes, e.g. "1990-11-19", "1990-11" or "1990"';

  it('names every plain value YAML 1.1 reads as a date and time, whatever the field', () => {
    const text = entry('a')
      .replace('shortName: "a"', 'shortName: 1990-11-19T10:00:00Z')
      .replace('summary: "A treaty made by hand for one test."', 'summary: 1990-11-19  10:30')
      .replace('place: "Geneva"', 'place: 1990-11-19 10:00')
      .replace('description: "Both signed."', 'description: 1990-11-19t9:5');
    expect(seen(validateContent([at('a.md', text)], AS_OF).problems)).toEqual(
      ['shortName', 'summary', 'place', 'description'].map((field) => [
        'content/treaties/a.md',
        lineWith(text, `${field}:`),
        field === 'place' ? 'concluded.place' : field === 'description' ? 'events[0].description' : field,
        quote,
      ]),
    );
  });

  it('leaves alone a date within other text: an id ending in its date, a sentence or a value starting with one', () => {
    const text = entry('a', ['depositary: 1990-11-19x1'])
      .replace('a-1990-11-19-signed', 'a-signed-1990-11-19')
      .replace('description: "Both signed."', 'description: 1990-11-19 was the day both signed.')
      .replace('place: "Geneva"', 'place: 1990-11-19 Geneva');
    expect(validateContent([at('a.md', text)], AS_OF).problems).toEqual([]);
  });
});

describe('validateContent: references between instruments', () => {
  it('names each reference to a missing file on its line, in every list, and lists the ids there are, sorted', () => {
    const lists = [
      'lineage:',
      '  supersedes: [old-a]',
      '  supersededBy: [new-a]',
      '  adaptedBy: [adapted-a]',
      '  updatedBy: [updated-a]',
      'related: [b, other-a]',
    ];
    const a = entry('a', lists);
    const files = [at('c.md', entry('c')), at('a.md', a), at('b.md', entry('b')), at('notes.txt', 'Notes.')];
    const missing = (ref: string) =>
      `there is no content/treaties/${ref}.md — write the id of an existing file (a, b, c), or add that instrument first`;
    expect(seen(validateContent(files, AS_OF).problems.filter((p) => p.file.endsWith('a.md')))).toEqual([
      ['content/treaties/a.md', lineWith(a, 'old-a'), 'lineage.supersedes[0]', missing('old-a')],
      ['content/treaties/a.md', lineWith(a, 'new-a'), 'lineage.supersededBy[0]', missing('new-a')],
      ['content/treaties/a.md', lineWith(a, 'adapted-a'), 'lineage.adaptedBy[0]', missing('adapted-a')],
      ['content/treaties/a.md', lineWith(a, 'updated-a'), 'lineage.updatedBy[0]', missing('updated-a')],
      ['content/treaties/a.md', lineWith(a, 'other-a'), 'related[1]', missing('other-a')],
    ]);
  });

  it('refuses a reference to the instrument itself, once, and not as a loop', () => {
    for (const [lines, field] of [
      [['lineage:', '  supersededBy: [a]'], 'lineage.supersededBy[0]'],
      [['lineage:', '  supersedes: [b, a]'], 'lineage.supersedes[1]'],
      [['related: [a]'], 'related[0]'],
    ] as const) {
      const a = entry('a', [...lines]);
      expect(seen(validateContent([at('a.md', a), at('b.md', entry('b'))], AS_OF).problems)).toEqual([
        [
          'content/treaties/a.md',
          lineWith(a, lines.at(-1)!),
          field,
          'an instrument cannot refer to itself — remove "a"',
        ],
      ]);
    }
  });
});

describe('validateContent: lineage loops', () => {
  /** The lineage fields that name a newer instrument; "supersedes" names an older one. */
  const NEWER = ['supersededBy', 'adaptedBy', 'updatedBy'];
  const loop = (route: string) =>
    `the lineage runs in a loop (${route}, each recorded as coming after the one before) — an instrument cannot ` +
    'come both before and after another: keep only the direction that happened, with "supersedes" in the newer ' +
    'file and "supersededBy" in the older';

  it('reports a loop on both its links exactly where two files each put the other on the same side in time', () => {
    for (const inA of ['supersedes', ...NEWER])
      for (const inB of ['supersedes', ...NEWER]) {
        const a = entry('a', ['lineage:', `  ${inA}: [b]`]);
        const b = entry('b', ['depositary: "Government of the United States"', 'lineage:', `  ${inB}: [a]`]);
        // Given b first: the route still starts at the first id in alphabetical order.
        const { problems } = validateContent([at('b.md', b), at('a.md', a)], AS_OF);
        expect(seen(problems), `a ${inA} b, b ${inB} a`).toEqual(
          NEWER.includes(inA) === NEWER.includes(inB)
            ? [
                ['content/treaties/a.md', lineWith(a, `${inA}:`), `lineage.${inA}[0]`, loop('a → b → a')],
                ['content/treaties/b.md', lineWith(b, `${inB}:`), `lineage.${inB}[0]`, loop('a → b → a')],
              ]
            : [],
        );
      }
  });

  it('names only the links of the loop, not those of an instrument that leads into it', () => {
    const a = entry('a', ['lineage:', '  supersededBy: [b]']);
    const b = entry('b', ['lineage:', '  supersededBy: [c]']);
    const c = entry('c', ['lineage:', '  supersededBy: [b]']);
    const { problems } = validateContent([at('a.md', a), at('b.md', b), at('c.md', c)], AS_OF);
    expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
      ['content/treaties/b.md', 'lineage.supersededBy[0]', loop('b → c → b')],
      ['content/treaties/c.md', 'lineage.supersededBy[0]', loop('b → c → b')],
    ]);
  });
});

describe('validateContent: event ids', () => {
  const taken = (id: string, where: string) =>
    `the id "${id}" is already taken (${where}) — an id names one event across all files: write another, e.g. with ` +
    "the party's code at the end";

  it('eventNames(instruments) lists every name an event answers to, and every removed id, with where it is written', () => {
    const a = entry('a', ['removedEvents:', '  - id: a-gone', '    note: "Recorded twice."'], {
      event: ['    aliases: [a-old, a-older]'],
    });
    const { instruments, problems } = validateContent([at('a.md', a), at('b.md', entry('b'))], AS_OF);
    expect(problems).toEqual([]);
    expect(eventNames(instruments)).toEqual([
      { name: 'a-1990-11-19-signed', instrument: 'a', index: 0, path: ['events', 0, 'id'] },
      { name: 'a-old', instrument: 'a', index: 0, path: ['events', 0, 'aliases', 0] },
      { name: 'a-older', instrument: 'a', index: 0, path: ['events', 0, 'aliases', 1] },
      { name: 'a-gone', instrument: 'a', index: undefined, path: ['removedEvents', 0, 'id'] },
      { name: 'b-1990-11-19-signed', instrument: 'b', index: 0, path: ['events', 0, 'id'] },
    ]);
  });

  it('refuses an id that an alias or a removed event of another file already takes, naming where', () => {
    const a = entry('a', [], { event: ['    aliases: [b-1990-11-19-signed]'] });
    const b = entry('b');
    const c = entry('c', ['removedEvents:', '  - id: a-1990-11-19-signed', '    note: "Moved to a."']);
    const { problems } = validateContent([at('a.md', a), at('b.md', b), at('c.md', c)], AS_OF);
    expect(seen(problems)).toEqual([
      [
        'content/treaties/b.md',
        lineWith(b, 'id: b-1990'),
        'events[0].id',
        taken('b-1990-11-19-signed', 'content/treaties/a.md, events[0].aliases[0]'),
      ],
      [
        'content/treaties/c.md',
        lineWith(c, 'id: a-1990'),
        'removedEvents[0].id',
        taken('a-1990-11-19-signed', 'content/treaties/a.md, events[0].id'),
      ],
    ]);
  });

  it('names each published id that no longer resolves on its line of the published list', () => {
    const a = entry('a', ['removedEvents:', '  - id: a-gone', '    note: "Recorded twice."'], {
      event: ['    aliases: [a-old]'],
    });
    const published = { 'a-1990-11-19-signed': 'a', 'a-gone': 'a', 'a-lost': 'a', 'a-old': 'a', 'b-lost': 'b' };
    const json = `${JSON.stringify(published, null, 2)}\n`;
    const lost = (id: string) =>
      `the published event id "${id}" no longer resolves — links to it would break: give it back to its event, keep ` +
      `it as an alias of the event it became (aliases: [${id}]), or list it under removedEvents with a note saying ` +
      'why it is gone';
    expect(seen(validateContent([at('a.md', a)], AS_OF, published).problems)).toEqual([
      [PUBLISHED_IDS_FILE, lineWith(json, '"a-lost"'), 'a-lost', lost('a-lost')],
      [PUBLISHED_IDS_FILE, lineWith(json, '"b-lost"'), 'b-lost', lost('b-lost')],
    ]);
    expect(PUBLISHED_IDS_FILE).toBe('content/ids/published.json');
  });

  it('holds the content to the published ids only when every entry passed its own checks', () => {
    const published = { 'a-1990-11-19-signed': 'a', 'b-1990-11-19-signed': 'b' };
    const b = entry('b').replace('name: "Treaty b"\n', '');
    // b's ids are unknown while it is broken: only its own problem is named.
    expect(
      validateContent([at('a.md', entry('a')), at('b.md', b)], AS_OF, published).problems.map((p) => p.field),
    ).toEqual(['name']);
    // A file the site does not read is no entry: it does not stop the check.
    expect(
      validateContent([at('a.md', entry('a')), at('notes.txt', 'Notes.')], AS_OF, published).problems.map(
        (p) => p.field,
      ),
    ).toEqual(['b-1990-11-19-signed', '(file name)']);
  });
});

describe('validateContent: the whole report', () => {
  it('names the empty folder when there is no file at all', () => {
    expect(validateContent([], AS_OF)).toEqual({
      instruments: [],
      problems: [
        {
          file: 'content/treaties/',
          line: 1,
          field: '(folder)',
          message: 'there are no instrument files — add one Markdown file per instrument (see CONTENT.md)',
        },
      ],
    });
  });

  it('lists the problems by file, then line, whatever the order of the files and of the checks that found them', () => {
    const a = entry('a')
      .replace('shortName: "a"', 'shortName: 1990-11-19 10:00')
      .replace('https://example.org/a', 'http://example.org/a');
    const b = entry('b').replace('kind: treaty', 'kind: binding');
    const { problems } = validateContent([at('b.md', b), at('a.md', a)], AS_OF);
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['content/treaties/a.md', lineWith(a, 'shortName:')],
      ['content/treaties/a.md', lineWith(a, 'http://')],
      ['content/treaties/b.md', lineWith(b, 'kind:')],
    ]);
    expect(formatProblems(problems).split('\n')).toEqual(
      problems.map((p) => `${p.file}:${p.line}  ${p.field}  ${p.message}`),
    );
  });
});
