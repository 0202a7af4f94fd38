import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileChangeDays, lastChangeDay } from '../../src/node/git-dates.ts';
import { readReleases } from '../../src/node/releases.ts';
import { repositoryUrl } from '../../src/node/repository.ts';

/** A folder outside any git repository, with `files` in it. */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'act-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('lastChangeDay(root, path, asOf) and fileChangeDays(root, dir, asOf)', () => {
  it('lastChangeDay reads the day of the last commit touching content/ in this repository', () => {
    expect(lastChangeDay(process.cwd(), 'content', '2100-01-01')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lastChangeDay and fileChangeDays say nothing where git cannot (a folder outside any repository)', () => {
    const root = folder({ 'content/treaties/x.md': '' });
    expect(lastChangeDay(root, 'content', '2026-12-07')).toBeUndefined();
    expect(fileChangeDays(root, 'content/treaties', '2026-12-07').size).toBe(0);
  });

  it('fileChangeDays dates every instrument file of this repository', () => {
    const days = fileChangeDays(process.cwd(), 'content/treaties', '2100-01-01');
    expect(days.get('content/treaties/inf.md')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('readReleases(root, dir, contentDir)', () => {
  const CONTENT = 'content/treaties';

  it('readReleases reads each version folder, oldest first, and nothing when there are none', () => {
    const root = folder({
      'releases/2026-12-05-bbbbbbb/treaties.json': '{"b":1}',
      'releases/2026-12-05-bbbbbbb/events.csv': 'b',
      'releases/2026-12-01-aaaaaaa/treaties.json': '{"a":1}',
      'releases/2026-12-01-aaaaaaa/events.csv': 'a',
      'releases/README.md': 'What this folder is.',
    });
    expect(readReleases(root, 'releases', CONTENT)).toEqual([
      { version: '2026-12-01-aaaaaaa', treaties: '{"a":1}', events: 'a' },
      { version: '2026-12-05-bbbbbbb', treaties: '{"b":1}', events: 'b' },
    ]);
    expect(readReleases(root, 'nothing-here', CONTENT)).toEqual([]);
    expect(readReleases(root, 'releases', 'bench/out/content')).toEqual([]);
  });

  it('readReleases stops on a folder that is not a version, or a release missing a file', () => {
    expect(() => readReleases(folder({ 'releases/latest/treaties.json': '' }), 'releases', CONTENT)).toThrow(
      /^releases\/latest is not a release/,
    );
    expect(() =>
      readReleases(folder({ 'releases/2026-12-01-aaaaaaa/treaties.json': '{}' }), 'releases', CONTENT),
    ).toThrow(/^releases\/2026-12-01-aaaaaaa\/events\.csv is missing/);
  });
});

describe('repositoryUrl(env)', () => {
  it('repositoryUrl is REPOSITORY_URL without its trailing slash, or undefined when unset', () => {
    expect(repositoryUrl({ REPOSITORY_URL: 'https://example.org/owner/repo/' })).toBe('https://example.org/owner/repo');
    expect(repositoryUrl({})).toBeUndefined();
    expect(repositoryUrl({ REPOSITORY_URL: ' ' })).toBeUndefined();
  });

  it('repositoryUrl refuses an address readers could not open safely', () => {
    expect(() => repositoryUrl({ REPOSITORY_URL: 'http://example.org/repo' })).toThrow(/^REPOSITORY_URL: http:/);
  });
});
