/** Edit distance between two strings, case-insensitive (Levenshtein). */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[t.length]!;
}

/**
 * The valid value nearest to what an author wrote. Each candidate may carry aliases (a party's name
 * for its code), so "Russia" suggests "RU".
 */
export function nearest(
  written: string,
  candidates: ReadonlyArray<{ value: string; aliases?: readonly string[] }>,
): string {
  let best = candidates[0]!.value;
  let bestDistance = Infinity;
  for (const { value, aliases = [] } of candidates) {
    for (const form of [value, ...aliases]) {
      const distance = editDistance(written, form) / Math.max(form.length, 1);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = value;
      }
    }
  }
  return best;
}
