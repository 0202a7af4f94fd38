import { describe, expect, it } from 'vitest';
import { httpsUrlSchema, sourceSchema } from '../../src/lib/content/schema/source-schema.ts';

const source = { title: 'Treaty text', publisher: 'Depositary', url: 'https://example.org/treaty' };
const messages = (input: unknown) => {
  const result = sourceSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('httpsUrlSchema', () => {
  it('httpsUrlSchema accepts an https address and refuses http, naming the problem as webAddressProblem does', () => {
    expect(httpsUrlSchema.parse('https://example.org/')).toBe('https://example.org/');
    const result = httpsUrlSchema.safeParse('http://example.org/');
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/^http: addresses are not accepted/);
  });

  it('httpsUrlSchema says a missing url is missing', () => {
    expect(httpsUrlSchema.safeParse(undefined).error!.issues[0]!.message).toMatch(/^the url is missing/);
  });
});

describe('sourceSchema', () => {
  it('sourceSchema accepts a title, a publisher, an https url and an optional partial date', () => {
    expect(sourceSchema.parse(source)).toEqual(source);
    expect(sourceSchema.parse({ ...source, date: '1990-11' })).toEqual({ ...source, date: '1990-11' });
  });

  it('sourceSchema refuses a bad date, a missing title and an unknown field', () => {
    expect(messages({ ...source, date: '1990-13' })).toEqual([
      ['date', expect.stringMatching(/not a day in the calendar/)],
    ]);
    expect(messages({ ...source, title: undefined })).toEqual([
      ['title', expect.stringMatching(/^the title of the cited page is missing/)],
    ]);
    expect(messages({ ...source, author: 'X' })).toHaveLength(1);
  });

  it('sourceSchema takes what a source is cited for and the copies read, and refuses an empty list of copies', () => {
    const full = {
      ...source,
      claim: 'the date',
      copies: [{ publisher: 'Global-Regulation', url: 'https://copy.example/law' }],
    };
    expect(sourceSchema.parse(full)).toEqual(full);
    expect(messages({ ...source, copies: [] })).toEqual([['copies', expect.stringMatching(/^copies is empty/)]]);
    expect(messages({ ...source, copies: [{ publisher: 'X', url: 'http://copy.example/' }] })).toEqual([
      ['copies.0.url', expect.stringMatching(/^http: addresses are not accepted/)],
    ]);
  });

  it('sourceSchema refuses a working note in a title or a publisher, and says to move it to copies', () => {
    for (const [field, value] of [
      ['title', 'Federal Law No. 56-FZ (copy read at Studylib)'],
      ['publisher', 'U.S. Department of State (copy read at usinfo.org)'],
      ['publisher', 'Zahoribo (copy of the Boletín Oficial del Estado)'],
      ['title', 'Statement (Copy, English translation)'],
    ] as const)
      expect(messages({ ...source, [field]: value })).toEqual([
        [field, expect.stringMatching(new RegExp(`^the ${field} carries a working note .* under \`copies:\``))],
      ]);
    // A title that merely speaks of a copy is the title.
    expect(messages({ ...source, title: 'On the copy held in the archives, read at the summit' })).toEqual([]);
  });
});

describe('sourceSchema says which field is wrong and what to write', () => {
  it('names the missing or empty title, publisher, claim and copy publisher, with an example of each', () => {
    expect(messages({ ...source, title: undefined })).toEqual([
      ['title', 'the title of the cited page is missing — add a line such as title: "Treaty text"'],
    ]);
    expect(messages({ ...source, publisher: '' })).toEqual([
      ['publisher', 'the publisher of the cited page is empty — write it, as in publisher: "U.S. Department of State"'],
    ]);
    expect(messages({ ...source, claim: ' ' })).toEqual([
      ['claim', 'what the source is cited for is empty — write it, as in claim: "the date"'],
    ]);
    expect(messages({ ...source, copies: [{ url: 'https://example.org/copy' }] })).toEqual([
      [
        'copies.0.publisher',
        'the publisher of the copy is missing — add a line such as publisher: "Global-Regulation"',
      ],
    ]);
  });

  it('hands on the address problem webAddressProblem names, for the url and a copy’s', () => {
    expect(messages({ ...source, url: 'https://user:pass@example.org/' })).toEqual([
      ['url', expect.stringMatching(/^"example\.org" is preceded by a user name or password — remove everything/)],
    ]);
    expect(messages({ ...source, copies: [{ publisher: 'Copy', url: 'http://example.org/' }] })).toEqual([
      ['copies.0.url', expect.stringMatching(/^http: addresses are not accepted/)],
    ]);
  });
});
