/**
 * The pseudo-locale en-XA: every letter accented and every vowel doubled, the whole in ⟦ ⟧. Strings
 * grow by about a third, as German and Russian ones do, and any English left on a page of the en-XA
 * build is a string that never went through the table.
 */

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, n) => [
    letter,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][n]!,
  ]),
);
const VOWELS = new Set([...'aeiouyAEIOUY']);

/** A string in the pseudo-locale; `{placeholders}` stay as they are, to be filled in afterwards. */
export function pseudoLocalize(text: string): string {
  const parts = text.split(/(\{\w+\})/);
  const accented = parts
    .map((part, n) =>
      n % 2 === 1
        ? part
        : [...part].map((c) => (ACCENTED[c] ? (VOWELS.has(c) ? ACCENTED[c].repeat(2) : ACCENTED[c]) : c)).join(''),
    )
    .join('');
  return `⟦${accented}⟧`;
}
