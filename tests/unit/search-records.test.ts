import { describe, expect, it } from 'vitest';
import { decadeOf, eventSearchRecords } from '../../src/lib/search/search-records.ts';
import { mergeResults, nextFocus, searchResultView } from '../../src/lib/search/search-result.ts';
import { event, model } from './hand-made.ts';

const examples = model(
  'examples',
  [
    event('1990-11-19', 'signed', ['US', 'SU'], { description: 'Signed in Paris.\nA second line.' }),
    event('2007-12-12', 'suspended', ['RU'], { description: 'Russia suspended it.' }),
  ],
  '2026-11-22',
);

describe('eventSearchRecords(instruments, language)', () => {
  it('eventSearchRecords([examples], "en") gives one record per event, leading to its permanent anchor', () => {
    const records = eventSearchRecords([examples], 'en');
    expect(records.map((r) => r.url)).toEqual([
      '/treaties/examples/#1990-11-19-signed-us-su',
      '/treaties/examples/#2007-12-12-suspended-ru',
    ]);
    expect(records[1]).toEqual({
      url: '/treaties/examples/#2007-12-12-suspended-ru',
      content: '12 December 2007 \nSuspended \n \nRussia \nTreaty on Examples \nExamples \nRussia suspended it.',
      language: 'en',
      meta: {
        title: '12 December 2007: Suspended — Russia',
        kind: 'event',
        date: '12 December 2007',
        instrument: 'Examples',
        type: 'Suspended',
        who: 'Russia',
        description: 'Russia suspended it.',
      },
      filters: { instrument: ['Examples'], type: ['Suspended'], state: ['Russia'], decade: ['2000s'] },
    });
  });

  it('eventSearchRecords shows the first line of a description and files every party under the state filter', () => {
    const [signed] = eventSearchRecords([examples], 'en');
    expect(signed!.meta.description).toBe('Signed in Paris.');
    expect(signed!.filters.state).toEqual(['United States', 'Soviet Union']);
  });
});

describe('decadeOf(date)', () => {
  it('decadeOf("1990") and decadeOf("1999-12-31") are "1990s"', () => {
    expect(decadeOf('1990')).toBe('1990s');
    expect(decadeOf('1999-12-31')).toBe('1990s');
    expect(decadeOf('2000-01')).toBe('2000s');
  });
});

describe('searchResultView(data)', () => {
  it('searchResultView of an event shows its line, its instrument and its description, not the excerpt', () => {
    expect(
      searchResultView({
        url: '/treaties/x/#e',
        excerpt: '<mark>Russia</mark>',
        meta: { kind: 'event', title: 'L', instrument: 'X', description: 'D' },
      }),
    ).toEqual({ href: '/treaties/x/#e', title: 'L', detail: 'X', description: 'D' });
  });

  it('searchResultView of a state’s page says it is a state and keeps the excerpt', () => {
    expect(
      searchResultView({
        url: '/parties/by/',
        excerpt: '<mark>Belarus</mark>',
        meta: { kind: 'state', title: 'Belarus (BY)' },
      }),
    ).toEqual({ href: '/parties/by/', title: 'Belarus (BY)', detail: 'State', excerpt: '<mark>Belarus</mark>' });
  });

  it('searchResultView of an instrument’s page says it is an instrument', () => {
    expect(
      searchResultView({ url: '/treaties/cfe/', excerpt: '', meta: { kind: 'treaty', title: 'CFE' } }).detail,
    ).toBe('Instrument');
  });
});

describe('nextFocus(key, current, count)', () => {
  it('nextFocus("ArrowDown", -1, 3) is the first result; at the last it stays there', () => {
    expect(nextFocus('ArrowDown', -1, 3)).toBe(0);
    expect(nextFocus('ArrowDown', 2, 3)).toBe(2);
  });
  it('nextFocus("ArrowUp", 0, 3) is the box (-1)', () => {
    expect(nextFocus('ArrowUp', 0, 3)).toBe(-1);
  });
  it('nextFocus("Home"/"End") jumps within the results but not from the box; no results, no move', () => {
    expect(nextFocus('End', 0, 3)).toBe(2);
    expect(nextFocus('Home', 2, 3)).toBe(0);
    expect(nextFocus('Home', -1, 3)).toBeUndefined();
    expect(nextFocus('ArrowDown', -1, 0)).toBeUndefined();
    expect(nextFocus('a', 0, 3)).toBeUndefined();
  });
});

describe('mergeResults(pages, events)', () => {
  it('mergeResults ranks a page above an event that scores less than twice as much, and below one that scores more', () => {
    const page = { score: 12, id: 'page' };
    expect(
      mergeResults(
        [page],
        [
          { score: 20, id: 'a' },
          { score: 30, id: 'b' },
        ],
      ).map((r) => r.id),
    ).toEqual(['b', 'page', 'a']);
  });
});
