import { describe, expect, it } from 'vitest';
import { formatCensus, sourceCensus, sourceKind } from '../../src/lib/content/sources/source-kinds.ts';

describe('sourceKind(url)', () => {
  it("sourceKind() calls depositaries, governments and organisations 'record', on any subdomain", () => {
    expect(sourceKind('https://verdragenbank.overheid.nl/nl/Verdrag/Details/004920_p.html')).toBe('record');
    expect(sourceKind('https://2009-2017.state.gov/t/avc/trty/101888.htm')).toBe('record');
    expect(sourceKind('https://press.un.org/en/2026/sgsm23007.doc.htm')).toBe('record');
    expect(sourceKind('https://www.ctbto.org/our-mission/states-signatories')).toBe('record');
  });

  it("sourceKind() calls ACA 'reference' and news 'other', and is not fooled by a look-alike host", () => {
    expect(sourceKind('https://www.armscontrol.org/factsheets/cfe')).toBe('reference');
    expect(sourceKind('https://tass.com/world/1773061')).toBe('other');
    expect(sourceKind('https://un.org.example.com/x')).toBe('other');
    expect(sourceKind('https://notstate.gov.example/x')).toBe('other');
  });
});

describe('sourceCensus(instruments)', () => {
  const source = (url: string) => ({ title: 't', publisher: 'p', url });
  const events = [
    { sources: [source('https://tass.com/a'), source('https://www.osce.org/b')] },
    { sources: [source('https://tass.com/c')] },
  ];

  it('sourceCensus() counts an event once when any of its sources is of record', () => {
    expect(sourceCensus([{ id: 'x', data: { events } as never }])).toEqual([{ id: 'x', events: 2, record: 1 }]);
  });

  it('formatCensus() prints each instrument and the total as a share', () => {
    expect(formatCensus([{ id: 'x', events: 2, record: 1 }]).split('\n')[1]).toMatch(/^ {2}x +1 of +2 {2}50 %$/);
  });
});

describe('sourceKind(url) and formatCensus(lines) in detail', () => {
  it("sourceKind() strips only a leading 'www.', so 'un.www.org' is not the UN's", () => {
    expect(sourceKind('https://un.www.org/x')).toBe('other');
    expect(sourceKind('https://www.un.org/x')).toBe('record');
  });

  it('formatCensus() aligns the ids, counts and shares, and ends with the total of all lines', () => {
    const lines = formatCensus([
      { id: 'cfe', events: 10, record: 7 },
      { id: 'new-start', events: 4, record: 1 },
    ]).split('\n');
    expect(lines[0]).toMatch(/^Events with a source of record/);
    expect(lines.slice(1)).toEqual([
      '  cfe          7 of  10  70 %',
      '  new-start    1 of   4  25 %',
      '  total        8 of  14  57 %',
    ]);
  });

  it('formatCensus() keeps the id column at least as wide as "total", and counts an instrument without events as 0 %', () => {
    expect(
      formatCensus([{ id: 'x', events: 0, record: 0 }])
        .split('\n')
        .slice(1),
    ).toEqual(['  x        0 of   0  0 %', '  total    0 of   0  0 %']);
  });
});
