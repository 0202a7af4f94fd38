import { describe, expect, it } from 'vitest';
import { changesHeading, changesMarkup } from '../../src/lib/compare/changes-markup.ts';
import type { StatusChange } from '../../src/lib/compare/status-changes.ts';

const change: StatusChange = {
  instrument: 'cfe',
  instrumentName: 'CFE',
  party: 'RU',
  before: 'in-force',
  after: 'withdrawn',
  steps: [
    {
      date: '2007-12-12',
      text: 'suspended 12 December 2007',
      status: 'suspended',
      type: 'suspended',
      event: 5,
      sources: [
        { title: 'Decree', publisher: 'Kremlin', url: 'https://kremlin.ru/a?x=1&y=2' },
        { title: 'Note', publisher: 'OSCE', url: 'https://osce.org/b' },
      ],
    },
    {
      date: '2023-11-07',
      text: 'withdrawn 7 November 2023',
      status: 'withdrawn',
      type: 'withdrawn',
      event: 6,
      sources: [],
    },
  ],
  sentence: 'CFE — Russia: in force → withdrawn',
};

describe('changesMarkup(changes, from, to)', () => {
  it('changesMarkup(no changes) is one sentence with both days in words', () => {
    expect(changesMarkup([], '2000-01-01', '2026-11-22').html).toBe(
      '<p>No status changed between 1 January 2000 and 22 November 2026.</p>',
    );
  });

  it("changesMarkup lists each change's sentence, and below it every source of every step, linked", () => {
    expect(changesMarkup([change], '2000-01-01', '2026-11-22').html).toBe(
      '<ol class="changes"><li><p>CFE — Russia: in force → withdrawn</p><ul class="sources">' +
        '<li>suspended 12 December 2007: <a href="https://kremlin.ru/a?x=1&amp;y=2" rel="noopener external">Kremlin: Decree</a></li>' +
        '<li>suspended 12 December 2007: <a href="https://osce.org/b" rel="noopener external">OSCE: Note</a></li>' +
        '</ul></li></ol>',
    );
  });
});

describe('changesHeading(from, to)', () => {
  it("changesHeading('2000-01-01', '2026-11') writes both days in words at their precision", () => {
    expect(changesHeading('2000-01-01', '2026-11')).toBe('What changed between 1 January 2000 and November 2026');
  });
});
