/**
 * When the content last changed, as git knows it: the data version's day and each instrument's "last
 * reviewed" day. A path with uncommitted changes changed on the build's day; without git (a copy of the
 * files, no git installed) the answer is undefined and the caller says what it does instead.
 */
import { execFileSync } from 'node:child_process';

/** Runs git in `root` and returns what it printed, or undefined when git is missing or fails. */
function git(root: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Paths under `path` with changes not yet committed (modified, added or untracked), relative to `root`. */
function uncommitted(root: string, path: string): string[] | undefined {
  const out = git(root, ['status', '--porcelain', '--untracked-files=all', '--', path]);
  return out
    ?.split('\n')
    .filter((line) => line.length > 3)
    .map((line) => line.slice(3).replace(/^.* -> /, ''));
}

/** Whether `path` has changes git has not committed; undefined when git cannot say. */
export function hasUncommittedChanges(root: string, path: string): boolean | undefined {
  const dirty = uncommitted(root, path);
  return dirty === undefined ? undefined : dirty.length > 0;
}

/**
 * The day (YYYY-MM-DD) `path` last changed: the build's day `asOf` when it has uncommitted changes, else
 * the committer's day of the last commit touching it (`git log -1 --format=%cs -- path`); undefined when
 * git cannot say. `root` is the repository's top folder.
 */
export function lastChangeDay(root: string, path: string, asOf: string): string | undefined {
  const dirty = uncommitted(root, path);
  if (dirty === undefined) return undefined;
  if (dirty.length > 0) return asOf;
  const day = git(root, ['log', '-1', '--format=%cs', '--', path])?.trim();
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/**
 * The day each file under `dir` last changed, by its path relative to `root`, read from one pass over
 * the history (a thousand files cost one git call, not a thousand); files with uncommitted changes changed
 * on `asOf`. Empty when git cannot say.
 */
export function fileChangeDays(root: string, dir: string, asOf: string): Map<string, string> {
  const days = new Map<string, string>();
  const dirty = uncommitted(root, dir);
  if (dirty === undefined) return days;
  for (const path of dirty) days.set(path, asOf);
  const log = git(root, ['log', '--format=%x00%cs', '--name-only', '--', dir]) ?? '';
  // Newest commit first: the first day seen for a path is its last change.
  for (const commit of log.split('\0').slice(1)) {
    const [day, ...paths] = commit.split('\n').filter(Boolean);
    for (const path of paths) if (!days.has(path)) days.set(path, day!);
  }
  return days;
}
