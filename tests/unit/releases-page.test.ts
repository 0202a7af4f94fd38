import { describe, expect, it } from 'vitest';
import { versionedCsvName } from '../../src/lib/releases/release-files.ts';
import { releaseRows } from '../../src/lib/releases/releases-page.ts';
import { issuesUrl, releaseFilePath } from '../../src/lib/site/routes.ts';

describe('releaseRows(committed, current, compared)', () => {
  it('releaseRows lists the committed versions and the current one, newest first, with their files', () => {
    const rows = releaseRows(['2026-12-01-aaaaaaa', '2026-12-05-bbbbbbb'], '2026-12-07-ccccccc', [
      '2026-12-05-bbbbbbb',
    ]);
    expect(rows.map((r) => [r.version, r.current, r.committed, r.changesHref])).toEqual([
      ['2026-12-07-ccccccc', true, false, undefined],
      ['2026-12-05-bbbbbbb', false, true, '/changes/#version-2026-12-05-bbbbbbb'],
      ['2026-12-01-aaaaaaa', false, true, undefined],
    ]);
    expect(rows[0]!.day).toBe('7 December 2026');
    expect(rows[0]!.files).toEqual([
      { name: 'treaties.json', href: '/data/releases/2026-12-07-ccccccc/treaties.json' },
      { name: 'events.csv', href: '/data/releases/2026-12-07-ccccccc/events.csv' },
    ]);
  });

  it('releaseRows lists a current version that is already committed once, and puts it first on its day', () => {
    const rows = releaseRows(['2026-12-07-aaaaaaa', '2026-12-07-bbbbbbb'], '2026-12-07-bbbbbbb', []);
    expect(rows.map((r) => [r.version, r.current, r.committed])).toEqual([
      ['2026-12-07-bbbbbbb', true, true],
      ['2026-12-07-aaaaaaa', false, true],
    ]);
  });
});

describe('releaseFilePath, versionedCsvName and issuesUrl', () => {
  it('name the release files, the saved CSV and the issue tracker', () => {
    expect(releaseFilePath('2026-12-07-3f9a1c2', 'events.csv')).toBe('/data/releases/2026-12-07-3f9a1c2/events.csv');
    expect(versionedCsvName('2026-12-07-3f9a1c2')).toBe('arms-control-timeline-events-2026-12-07-3f9a1c2.csv');
    expect(issuesUrl('https://example.org/owner/repo/')).toBe('https://example.org/owner/repo/issues');
  });
});
