/**
 * The build's as-of day: AS_OF=YYYY-MM-DD when set (for reproducible builds and tests), else today in
 * UTC. The one place that reads the clock; everything in src/lib takes the day as an argument.
 */
export function asOfDay(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.AS_OF;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fromEnv))
      throw new Error(`AS_OF=${fromEnv} is not a day — set AS_OF=YYYY-MM-DD, or unset it to use today`);
    return fromEnv;
  }
  return new Date().toISOString().slice(0, 10);
}
