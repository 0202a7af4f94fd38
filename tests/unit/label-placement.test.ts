import { describe, expect, it } from 'vitest';
import { estimateTextWidth, placeLabels } from '../../src/lib/chart/label-placement.ts';

describe('placeLabels(labels, gap)', () => {
  it('placeLabels keeps two labels on one row when exactly the gap (6 px by default) lies between them', () => {
    expect(
      placeLabels([
        { x: 10, width: 10 },
        { x: 26, width: 10 },
      ]),
    ).toEqual([0, 0]);
    expect(
      placeLabels([
        { x: 10, width: 10 },
        { x: 25.9, width: 10 },
      ]),
    ).toEqual([0, 1]);
  });

  it('placeLabels(labels, 0) lets labels touch; placeLabels(labels, 20) keeps them 20 px apart', () => {
    const labels = [
      { x: 10, width: 10 },
      { x: 20, width: 10 },
    ];
    expect(placeLabels(labels, 0)).toEqual([0, 0]);
    expect(
      placeLabels(
        [
          { x: 10, width: 10 },
          { x: 40, width: 10 },
        ],
        20,
      ),
    ).toEqual([0, 0]);
    expect(
      placeLabels(
        [
          { x: 10, width: 10 },
          { x: 39, width: 10 },
        ],
        20,
      ),
    ).toEqual([0, 1]);
  });

  it('placeLabels puts a label back on the first row as soon as it fits there again', () => {
    expect(
      placeLabels([
        { x: 10, width: 20 },
        { x: 20, width: 20 },
        { x: 30, width: 20 },
        { x: 60, width: 20 },
      ]),
    ).toEqual([0, 1, 2, 0]);
  });

  it('placeLabels takes labels at the same place in their given order', () => {
    expect(
      placeLabels([
        { x: 10, width: 10 },
        { x: 10, width: 10 },
        { x: 10, width: 10 },
      ]),
    ).toEqual([0, 1, 2]);
  });

  it('placeLabels([]) is []', () => {
    expect(placeLabels([])).toEqual([]);
  });
});

describe('estimateTextWidth(text, fontSize, bold)', () => {
  it("estimateTextWidth('Signed') is 40 px at 11 px, 44 px bold, and counts characters, not code units", () => {
    expect(estimateTextWidth('Signed')).toBe(40); // 6 × 11 × 0.6 = 39.6
    expect(estimateTextWidth('Signed', 11, true)).toBe(44); // 6 × 11 × 0.66 = 43.56
    expect(estimateTextWidth('Signed', 20)).toBe(72);
    expect(estimateTextWidth('𝔸𝔹')).toBe(14); // 2 × 11 × 0.6 = 13.2
    expect(estimateTextWidth('')).toBe(0);
  });
});
