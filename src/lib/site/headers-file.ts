/**
 * Netlify-style `_headers` files: path patterns (with `*` for any rest) and the headers sent for them.
 * As Netlify and Cloudflare Pages do, every rule that matches a path contributes its headers, and a
 * header set by two rules is sent with both values, joined by ", ".
 */

/** One rule of a _headers file. */
export interface HeaderRule {
  /** The path pattern as written, e.g. /embed/*. */
  path: string;
  /** The pattern as a regular expression over the whole path. */
  pattern: RegExp;
  /** Header names (lower case) and values. */
  headers: Record<string, string>;
}

/** Rules of a _headers file, in order; comments and blank lines are skipped. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const path = line.trim();
      const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ path, pattern: new RegExp(`^${escaped}$`), headers: {} });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers[name!.trim().toLowerCase()] = value.join(':').trim();
    }
  }
  return rules;
}

/** The headers a host sends for `path` (already decoded and normalised): those of every matching rule. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of Object.entries(rule.headers))
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return headers;
}

/** Whether a browser lets another site frame a response with these headers (frame-ancestors, when present, overrides X-Frame-Options). */
export function frameableByOthers(headers: Record<string, string>): boolean {
  const policies = (headers['content-security-policy'] ?? '').split(',');
  const ancestors = policies
    .map((policy) => /(?:^|;)\s*frame-ancestors\s+([^;]*)/i.exec(policy)?.[1]?.trim())
    .filter((value): value is string => value !== undefined);
  if (ancestors.length) return ancestors.every((sources) => sources.split(/\s+/).includes('*'));
  return !/^(deny|sameorigin)$/i.test((headers['x-frame-options'] ?? '').trim());
}
