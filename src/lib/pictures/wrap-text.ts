/** Characters of DejaVu Sans in a line `width` px wide, in `size` px type (it averages 0.58 em a character). */
const perLineOf = (size: number, width: number) => Math.max(1, Math.floor(width / (size * 0.58)));

/** `pieces` packed into lines of at most `perLine` characters, joined by `joiner`; a longer piece has a line of its own. */
function pack(pieces: string[], perLine: number, joiner: string): string[] {
  const lines: string[] = [];
  for (const piece of pieces) {
    const next = `${lines.at(-1)}${joiner}${piece}`;
    if (lines.length && next.length <= perLine) lines[lines.length - 1] = next;
    else lines.push(piece);
  }
  return lines;
}

/** Lines of at most `width` px of text in `size` px type, `max` lines, the last cut with "…". */
export function wrapText(text: string, size: number, width: number, max: number): string[] {
  const perLine = perLineOf(size, width);
  const lines = pack(text.split(/\s+/).filter(Boolean), perLine, ' ');
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  // The ellipsis takes a character: a last line with room keeps all its words, a full one loses its last.
  const last = kept[max - 1]!;
  kept[max - 1] = `${last.length < perLine ? last : last.slice(0, perLine - 1).replace(/\s+\S*$/, '')}…`;
  return kept;
}

/**
 * An address (and what follows it) in lines of at most `width` px, broken after its `/ ? & , =` and before
 * " · ", never cut: a reader must be able to type it back, so the lines joined with nothing are the text.
 */
export function wrapAddress(text: string, size: number, width: number): string[] {
  const perLine = perLineOf(size, width);
  const pieces = text
    .split(/(?<=[/?&,=])|(?= · )/)
    .flatMap((piece) => piece.match(RegExp(`[^]{1,${perLine}}`, 'g')) ?? []);
  return pack(pieces, perLine, '');
}
