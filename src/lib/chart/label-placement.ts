/** A label to place: centred on `x`, `width` pixels wide. */
export interface LabelRequest {
  /** Centre of the label, in pixels. */
  x: number;
  /** Estimated width, in pixels. */
  width: number;
}

/**
 * Assigns each label a row (0, 1, 2…) so that no two labels in a row overlap, keeping `gap` pixels
 * between them: labels are taken left to right and each goes in the first row where it fits.
 */
export function placeLabels(labels: readonly LabelRequest[], gap = 6): number[] {
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.x - labels[b]!.x || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(labels.length);
  for (const i of order) {
    const { x, width } = labels[i]!;
    const left = x - width / 2;
    let row = rowEnds.findIndex((end) => end + gap <= left);
    if (row < 0) row = rowEnds.push(-Infinity) - 1;
    rowEnds[row] = x + width / 2;
    rows[i] = row;
  }
  return rows;
}

/**
 * Width of a label in pixels at a font size, generous enough for the usual system fonts that no two
 * labels placed apart by it touch on screen.
 */
export function estimateTextWidth(text: string, fontSize = 11, bold = false): number {
  return Math.ceil([...text].length * fontSize * (bold ? 0.66 : 0.6));
}
