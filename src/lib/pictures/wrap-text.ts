/** Lines of at most `width` px of text in `size` px type (DejaVu Sans averages 0.58 em a character), `max` lines, the last cut with "…". */
export function wrapText(text: string, size: number, width: number, max: number): string[] {
  const perLine = Math.floor(width / (size * 0.58));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
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
  const perLine = Math.max(1, Math.floor(width / (size * 0.58)));
  const pieces = text
    .split(/(?<=[/?&,=])|(?= · )/)
    .flatMap((piece) => piece.match(new RegExp(`[^]{1,${perLine}}`, 'g')) ?? []);
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + piece.length <= perLine) lines[last] += piece;
    else lines.push(piece);
  }
  return lines;
}
