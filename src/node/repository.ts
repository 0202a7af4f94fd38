/**
 * The project's public repository, where readers report errors: REPOSITORY_URL at build time, for
 * example https://github.com/owner/arms-control-timeline. The project records no address of its own
 * (package.json has no `repository`, the git remote is private), so without REPOSITORY_URL the pages
 * name the repository in words and link nowhere rather than to a guessed address.
 */
import { webAddressProblem } from '../lib/content/schema/web-address.ts';

/** The repository's address, without a trailing slash, or undefined when REPOSITORY_URL is unset. */
export function repositoryUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env.REPOSITORY_URL?.trim();
  if (!value) return undefined;
  const problem = webAddressProblem(value);
  if (problem) throw new Error(`REPOSITORY_URL: ${problem}`);
  return value.replace(/\/+$/, '');
}
