import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pt } from '../../src/lib/i18n/page-strings.ts';
import { dateToTime, DAY_MS, formatDate, timeToDay } from '../../src/lib/model/dates.ts';
import { PARTY_IDS } from '../../src/lib/model/parties.ts';
import { STATUS_COLORS, STATUS_IDS, STATUSES, type Status, type StatusColor } from '../../src/lib/model/statuses.ts';
import { cardAlt, partySocialCard, siteSocialCard, treatySocialCard } from '../../src/lib/pictures/page-cards.ts';
import { CARD_SIZE, socialCardSvg, type CardLane, type SocialCard } from '../../src/lib/pictures/social-card.ts';
import { renderPng } from '../../src/node/social-png.ts';
import { AS_OF, contentInstruments, contentModel } from './content-model.ts';
import { contrast, num, overlap, rectBox, shapes, strayText, textBox, type Box, type Shape } from './svg-shapes.ts';

const SITE = new URL('https://example.org/');
const CONTEXT = { asOf: AS_OF, version: '2026-11-22-abcdef0' };
const models = contentInstruments.map((i) => contentModel(i.id));

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};
/** The text of every <text> element, in order. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

/** The statuses a card leaves out of its lanes, as the chart does: not signing (the lane left empty), and a state that no longer exists. */
const UNDRAWN: readonly Status[] = ['not-signed', 'dissolved'];
const WHITE = '#ffffff';
/** The family of the font the PNG is rendered in (src/node/fonts/DejaVuSans.ttf): the one every word names. */
const BUNDLED_FONT = 'DejaVu Sans';
const MARGIN = 48;

/**
 * Checks what a reader of `card`'s picture depends on: every word inside the card and clear of every other
 * word and of the bars; the parts in reading order (title, sentence, rows, years, legend, credit); the bars
 * where their days fall on the span; the rows named one by one where a label can be read, together where not;
 * a gridline and a centred label for each year, on round steps; every colour drawn named in the legend.
 */
function expectReadableCard(card: SocialCard): void {
  const svg = socialCardSvg(card);
  const all = shapes(svg);
  const { width, height } = CARD_SIZE;
  const [root, background] = all;
  expect(root!.attrs).toMatchObject({ width: `${width}`, height: `${height}`, viewBox: `0 0 ${width} ${height}` });
  // The first thing drawn is a white sheet under everything, so the PNG has no transparent corner.
  expect(background!.tag).toBe('rect');
  expect(rectBox(background!)).toEqual({ x0: 0, x1: width, y0: 0, y1: height });
  expect(background!.attrs.fill).toBe(WHITE);
  expect(strayText(svg)).toBe('');

  const canvas = { x0: 0, x1: width, y0: 0, y1: height };
  const inside = (box: Box, within: Box = canvas) =>
    box.x0 >= within.x0 - 0.01 &&
    box.x1 <= within.x1 + 0.01 &&
    box.y0 >= within.y0 - 0.01 &&
    box.y1 <= within.y1 + 0.01;
  const texts = all.filter((s) => s.tag === 'text');
  const rects = all.filter((s) => s.tag === 'rect' && s !== background);
  const lines = all.filter((s) => s.tag === 'line');
  const inLane = (s: Shape) => s.parents.some((p) => p.tag === 'g');

  // Every word: in the card's font, at a readable size, in a colour that reads on white, inside the card;
  // what is set from the left keeps the card's margins on both sides.
  for (const text of texts) {
    expect(text.attrs['font-family'], text.text).toBe(BUNDLED_FONT);
    expect(num(text, 'font-size'), text.text).toBeGreaterThanOrEqual(13);
    expect(contrast(text.attrs.fill ?? '', WHITE), text.text).toBeGreaterThanOrEqual(4.5);
    const box = textBox(text);
    expect(inside(box), `${text.text} ${JSON.stringify(box)}`).toBe(true);
    if (!text.attrs['text-anchor'])
      expect(inside(box, { ...canvas, x0: MARGIN, x1: width - MARGIN }), `${text.text} in the margins`).toBe(true);
  }
  for (const rect of rects) {
    expect(inside(rectBox(rect)), JSON.stringify(rect.attrs)).toBe(true);
    expect(num(rect, 'width')).toBeGreaterThan(0);
    expect(num(rect, 'height')).toBeGreaterThan(0);
  }
  // No word overlaps another, nor a bar, swatch or gridline.
  const lineBox = (l: Shape): Box => ({ x0: num(l, 'x1'), x1: num(l, 'x2'), y0: num(l, 'y1'), y1: num(l, 'y2') });
  const clashes: string[] = [];
  const [textBoxes, rectBoxes, lineBoxes] = [texts.map((t) => textBox(t)), rects.map(rectBox), lines.map(lineBox)];
  for (const [k, box] of textBoxes.entries()) {
    const text = texts[k]!.text;
    for (const [n, other] of textBoxes.entries())
      if (n > k && overlap(box, other)) clashes.push(`${text} / ${texts[n]!.text}`);
    for (const [n, rect] of rectBoxes.entries())
      if (overlap(box, rect)) clashes.push(`${text} / rect ${JSON.stringify(rects[n]!.attrs)}`);
    for (const l of lineBoxes)
      if (l.x0 > box.x0 && l.x0 < box.x1 && l.y1 > box.y0 && l.y0 < box.y1) clashes.push(`${text} / gridline`);
  }
  expect(clashes).toEqual([]);

  // The title, in bold, and the sentence: the words each begins with, cut with "…" where they run long.
  // Told apart by their size, outside the rows (where a label may take any size from 13 to 18 px).
  const free = (size: number) => texts.filter((t) => !inLane(t) && num(t, 'font-size') === size);
  const title = texts.filter((t) => t.attrs['font-weight'] === 'bold');
  const sentence = free(24);
  for (const [part, said] of [
    [title, card.title],
    [sentence, card.sentence],
  ] as const) {
    expect(part.length).toBeGreaterThan(0);
    const words = part.map((t) => t.text).join(' ');
    expect(said.startsWith(words.replace(/…$/, '')), words).toBe(true);
    if (!words.endsWith('…')) expect(words).toBe(said);
  }
  // The credit: site, data version, as-of day, address and licence, in two lines at the foot.
  const credit = free(14);
  expect(credit.map((t) => t.text)).toEqual([
    `Arms Control Timeline · data version ${card.version}, as of ${formatDate(card.asOf)}`,
    `${card.address} · CC BY 4.0`,
  ]);

  // The rows: one group each, the lead first; each a track across the plot, its bars on it.
  const groups = all.filter((s) => s.tag === 'g');
  const lanes = card.lead ? [card.lead, ...card.lanes] : card.lanes;
  expect(groups).toHaveLength(lanes.length);
  const rows = groups.map((g, k) => {
    const [track, ...bars] = rects.filter((r) => r.parents.includes(g));
    const label = texts.find((t) => t.parents.includes(g));
    return { lane: lanes[k]!, track: rectBox(track!), bars, label };
  });
  const end = dateToTime(card.asOf);
  const drawn = (lane: CardLane) => lane.intervals.filter((i) => !UNDRAWN.includes(i.status));
  const start = Math.min(end - 365 * DAY_MS, ...lanes.flatMap((l) => drawn(l).map((i) => dateToTime(i.from))));
  const plot = { x0: MARGIN + 230, x1: width - MARGIN };
  // The plot runs from the span's first day (the earliest step drawn, or a year before the as-of day) at its
  // left edge to the as-of day at its right edge, where open intervals end.
  const x = (time: number) => plot.x0 + ((Math.min(time, end) - start) / (end - start)) * (plot.x1 - plot.x0);
  for (const [k, { lane, track, bars }] of rows.entries()) {
    expect(track).toMatchObject(plot);
    if (k > 0) expect(track.y0, lane.label).toBeGreaterThan(rows[k - 1]!.track.y1);
    const intervals = drawn(lane);
    expect(bars.map((b) => b.attrs.fill)).toEqual(intervals.map((i) => STATUS_COLORS[STATUSES[i.status].color][0]));
    // Each bar over its interval's days (to a tenth of a pixel); a step of a day still seen, 1.5 px wide.
    const misplaced = bars.filter((bar, n) => {
      const interval = intervals[n]!;
      const [from, to] = [x(dateToTime(interval.from)), x(interval.to ? dateToTime(interval.to) : end)];
      const box = rectBox(bar);
      return (
        box.y0 !== track.y0 ||
        box.y1 !== track.y1 ||
        Math.abs(box.x0 - from) > 0.051 ||
        Math.abs(box.x1 - box.x0 - Math.max(to - from, 1.5)) > 0.051
      );
    });
    expect(misplaced).toEqual([]);
  }
  // Rows not drawn tall enough for a 13 px label are named together, beside them; otherwise each by its own.
  const states = card.lead ? rows.slice(1) : rows;
  const pitch = states.length > 1 ? states[1]!.track.y0 - states[0]!.track.y0 : undefined;
  const together = texts.filter((t) => t.text === card.together);
  // The lead row is named whatever the others' height.
  if (card.lead) expect(rows[0]!.label).toBeDefined();
  for (const row of rows) {
    const { lane, label, track } = row;
    if (!label) continue;
    expect(lane.label.startsWith(label.text.replace(/…$/, '')), label.text).toBe(true);
    const box = textBox(label);
    expect(box.x1).toBeLessThanOrEqual(plot.x0);
    // Centred on its bar.
    expect(Math.abs((box.y0 + box.y1) / 2 - (track.y0 + track.y1) / 2)).toBeLessThan(1);
    if (pitch && states.includes(row)) expect(num(label, 'font-size')).toBeLessThanOrEqual(0.8 * pitch);
  }
  if (states.some((r) => !r.label)) {
    expect(states.every((r) => !r.label)).toBe(true);
    expect(Math.floor(0.8 * pitch!)).toBeLessThan(13);
    expect(together).toHaveLength(1);
    const box = textBox(together[0]!);
    const middle = (states[0]!.track.y0 + states.at(-1)!.track.y1) / 2;
    expect(Math.abs((box.y0 + box.y1) / 2 - middle)).toBeLessThan(5);
    expect(box.x1).toBeLessThanOrEqual(plot.x0);
  } else expect(together).toHaveLength(0);
  // Rows stand apart, by a gap that leaves most of each row to its bar.
  for (const [k, row] of states.slice(1).entries()) {
    const gap = row.track.y0 - states[k]!.track.y1;
    expect(gap).toBeGreaterThanOrEqual(1 - 1e-9);
    expect(gap).toBeLessThanOrEqual((pitch! > 12 ? 8 : 1) + 1e-9);
  }

  // The years: a gridline and a label for each, centred on it, on a round step; two or more on a span of
  // two years or more, at most eight.
  const years = texts.filter((t) => t.attrs['text-anchor'] === 'middle');
  expect(lines).toHaveLength(years.length);
  const spanYears = (end - start) / (365.25 * DAY_MS);
  expect(years.length).toBeLessThanOrEqual(8);
  expect(years.length).toBeGreaterThanOrEqual(Math.min(2, Math.floor(spanYears)));
  const labelled = years.map((t) => Number(t.text));
  const step = labelled.length > 1 ? labelled[1]! - labelled[0]! : 1;
  expect([1, 2, 5, 10, 20, 25, 50, 100]).toContain(step);
  for (const [k, year] of labelled.entries()) {
    expect(year % step).toBe(0);
    if (k > 0) expect(year - labelled[k - 1]!).toBe(step);
    const time = Date.UTC(year, 0, 1);
    expect(time).toBeGreaterThanOrEqual(start);
    expect(time).toBeLessThanOrEqual(end);
    const [label, line] = [years[k]!, lines[k]!];
    expect(num(label, 'x')).toBeCloseTo(x(time), 6);
    expect(line.attrs.stroke).toMatch(/^#[0-9a-f]{6}$/);
    expect([num(line, 'x1'), num(line, 'x2')]).toEqual([num(label, 'x'), num(label, 'x')]);
    // From above the first row to below the last, short of its label.
    if (rows.length) {
      expect(num(line, 'y1')).toBeLessThan(rows[0]!.track.y0);
      expect(num(line, 'y2')).toBeGreaterThanOrEqual(rows.at(-1)!.track.y1);
    }
    expect(num(line, 'y2')).toBeLessThan(textBox(label).y0);
  }

  // The legend: a swatch for each colour the bars are drawn in, and no other, each named in words beside it.
  const swatches = rects.filter((r) => !inLane(r) && r.attrs.stroke);
  const barColours = new Set(rows.flatMap((r) => r.bars.map((b) => b.attrs.fill)));
  expect(new Set(swatches.map((s) => s.attrs.fill))).toEqual(barColours);
  expect(swatches).toHaveLength(barColours.size);
  const legendTexts = free(15);
  expect(legendTexts).toHaveLength(swatches.length);
  const COLOUR_OF = Object.fromEntries(Object.entries(STATUS_COLORS).map(([name, [light]]) => [light, name]));
  for (const [k, swatch] of swatches.entries()) {
    const [box, words] = [rectBox(swatch), textBox(legendTexts[k]!)];
    expect(legendTexts[k]!.text).toBe(pt(`card.colour.${COLOUR_OF[swatch.attrs.fill!] as StatusColor}`));
    expect(words.x0).toBeGreaterThan(box.x1);
    expect(words.x0 - box.x1).toBeLessThan(12);
    expect(words.y0 < (box.y0 + box.y1) / 2 && words.y1 > (box.y0 + box.y1) / 2).toBe(true);
    expect(contrast(swatch.attrs.stroke!, WHITE)).toBeGreaterThanOrEqual(4.5);
  }

  // In reading order, top to bottom: title, sentence, rows, years, legend, credit.
  const band = rects.filter((r) => !inLane(r) && !r.attrs.stroke);
  expect(band).toHaveLength(1);
  const parts: Box[][] = [
    band.map(rectBox),
    title.map((t) => textBox(t)),
    sentence.map((t) => textBox(t)),
    [...rows.map((r) => r.track), ...texts.filter(inLane).map((t) => textBox(t)), ...together.map((t) => textBox(t))],
    years.map((t) => textBox(t)),
    [...swatches.map(rectBox), ...legendTexts.map((t) => textBox(t))],
    credit.map((t) => textBox(t)),
  ].filter((part) => part.length);
  for (const [k, part] of parts.slice(1).entries())
    expect(Math.max(...parts[k]!.map((b) => b.y1)), `part ${k + 1}`).toBeLessThanOrEqual(
      Math.min(...part.map((b) => b.y0)),
    );
  expect(texts).toHaveLength(
    title.length +
      sentence.length +
      rows.filter((r) => r.label).length +
      together.length +
      years.length +
      legendTexts.length +
      credit.length,
  );
}

const day = (time: number) => timeToDay(time);
/** Words of all lengths, some with characters markup would take for its own. */
const WORDS = ['a', 'of', 'the', 'Treaty', 'Nuclear', 'Intermediate-Range', 'Conventional', 'Herzegovina', 'x'];
const words = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(...WORDS, '&', '<b>', '"quoted"', "it's", '1,234'), { minLength: min, maxLength: max })
    .map((w) => w.join(' '));
/** A lane: steps one after another from a day before the as-of day, the last open or closed. */
const lane = (asOf: number) =>
  fc
    .record({
      label: words(1, 4),
      first: fc.integer({ min: 0, max: 120 * 365 }),
      steps: fc.array(
        fc.record({ status: fc.constantFrom(...STATUS_IDS), days: fc.integer({ min: 1, max: 30 * 365 }) }),
        {
          maxLength: 4,
        },
      ),
      open: fc.boolean(),
    })
    .map(({ label, first, steps, open }): CardLane => {
      // As the lifecycle model gives them: nothing after the as-of day.
      let from = asOf - first * DAY_MS;
      const intervals: CardLane['intervals'][number][] = [];
      for (const [k, { status, days }] of steps.entries()) {
        if (from >= asOf) break;
        const to = Math.min(from + days * DAY_MS, asOf);
        intervals.push({
          status,
          from: day(from),
          to: open && (k === steps.length - 1 || to === asOf) ? null : day(to),
        });
        from = to;
      }
      return { label, intervals };
    });
const cards = fc.integer({ min: Date.UTC(1960, 0, 1) / DAY_MS, max: Date.UTC(2040, 0, 1) / DAY_MS }).chain((asOfDay) =>
  fc.record({
    title: words(1, 16),
    sentence: words(1, 60),
    lead: fc.option(lane(asOfDay * DAY_MS), { nil: undefined }),
    lanes: fc.array(lane(asOfDay * DAY_MS), { maxLength: 60 }),
    together: fc.constantFrom(pt('card.statesLane'), pt('card.instrumentsLane')),
    asOf: fc.constant(day(asOfDay * DAY_MS)),
    version: fc.constant('2026-11-22-abcdef0'),
    address: fc.constantFrom('https://example.org/', 'https://example.org/treaties/new-start/'),
  }),
);

describe('socialCardSvg(card) and renderPng(svg)', () => {
  const card = treatySocialCard(contentModel('cfe'), SITE, CONTEXT);
  const svg = socialCardSvg(card);

  it("a treaty's card says its name, its status on the day, the data version and its address", () => {
    const words = texts(svg).join(' ');
    expect(words).toContain('CFE Treaty');
    expect(words).toContain('Status on 22 November 2026: In force for 4 of the 31 states drawn here');
    expect(words).toContain('data version 2026-11-22-abcdef0, as of 22 November 2026');
    expect(words).toContain('https://example.org/treaties/cfe/ · CC BY 4.0');
    // Every colour it draws is named in words.
    expect(words).toContain('Suspended, or suspension notified');
  });

  it('the card is an SVG of 1,200 × 630 whose text is escaped, and renders to a PNG of that size under 100 KB', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    const hostile = socialCardSvg({ ...card, title: '<script>alert(1)</script>' });
    expect(hostile).not.toContain('<script>');
    const png = renderPng(svg);
    expect(pngSize(png)).toEqual(CARD_SIZE);
    expect(png.byteLength).toBeLessThan(100_000);
  });

  it("a state's card and the site's card draw a row for each instrument, and name what they show in their alt text", () => {
    const russia = partySocialCard(models, 'RU', new Set(['RU']), SITE, CONTEXT);
    expect(russia.lanes.length).toBe(models.filter((m) => m.lifecycle.lanes.some((l) => l.party === 'RU')).length);
    expect(cardAlt(russia)).toMatch(
      /^Chart of Russia: arms-control instruments: Russia has steps of its own recorded in \d+ of the 18 /,
    );
    expect(siteSocialCard(models, SITE, CONTEXT).lanes).toHaveLength(models.length);
  });
});

describe('socialCardSvg(card): what a reader of the picture depends on', () => {
  it("every treaty's card, the site's and every state's keeps its words inside, apart and in reading order", () => {
    for (const model of models) expectReadableCard(treatySocialCard(model, SITE, CONTEXT));
    expectReadableCard(siteSocialCard(models, SITE, CONTEXT));
    const acting = new Set(PARTY_IDS);
    for (const party of PARTY_IDS) {
      const card = partySocialCard(models, party, acting, SITE, CONTEXT);
      if (card.lanes.length) expectReadableCard(card);
    }
  });

  /** A card of one-line title and sentence, with `lanes`, as of AS_OF. */
  const handMade = (lanes: CardLane[], lead?: CardLane): SocialCard => ({
    title: 'A treaty',
    sentence: 'In force.',
    lead,
    lanes,
    together: pt('card.statesLane'),
    asOf: AS_OF,
    version: CONTEXT.version,
    address: 'https://example.org/treaties/a/',
  });
  const inForceSince = (from: string, label = 'A state'): CardLane => ({
    label,
    intervals: [{ status: 'in-force', from, to: null }],
  });
  const read = (card: SocialCard) => {
    expectReadableCard(card);
    const all = shapes(socialCardSvg(card));
    const rows = all.filter((s) => s.tag === 'g');
    return {
      all,
      bars: rows.map((g) => all.filter((s) => s.tag === 'rect' && s.parents.includes(g))),
      labels: all.filter((s) => s.tag === 'text' && s.parents.some((p) => p.tag === 'g')),
      years: all.filter((s) => s.attrs['text-anchor'] === 'middle').map((s) => Number(s.text)),
      swatches: all.filter((s) => s.tag === 'rect' && s.attrs.stroke),
    };
  };

  it('seven colours, in whatever order the rows first draw them, are named in two rows above the credit', () => {
    // First drawn in this order, the names took three rows, the third over the credit line.
    const statuses: Status[] = [
      'withdrawn',
      'ratified',
      'in-force',
      'suspended',
      'signed',
      'provisionally-applied',
      'negotiating',
    ];
    const { swatches } = read(
      handMade(statuses.map((status) => ({ label: status, intervals: [{ status, from: '2000-01-01', to: null }] }))),
    );
    expect(swatches).toHaveLength(7);
    expect(new Set(swatches.map((s) => s.attrs.y)).size).toBe(2);
  });

  it('the years a state had not signed, and those after it ceased to exist, are left empty and out of the span', () => {
    const { bars, years, swatches } = read(
      handMade([
        {
          label: 'Signed late',
          intervals: [
            { status: 'not-signed', from: '1950-01-01', to: '1990-01-01' },
            { status: 'in-force', from: '1990-01-01', to: null },
          ],
        },
        {
          label: 'Dissolved',
          intervals: [
            { status: 'in-force', from: '1995-01-01', to: '2010-01-01' },
            { status: 'dissolved', from: '2010-01-01', to: null },
          ],
        },
      ]),
    );
    expect(bars.map((b) => b.length)).toEqual([2, 2]);
    expect(num(bars[0]![1]!, 'x')).toBe(num(bars[0]![0]!, 'x'));
    expect(years[0]).toBeGreaterThanOrEqual(1990);
    expect(swatches.map((s) => s.attrs.fill)).toEqual([STATUS_COLORS['in-force'][0]]);
  });

  it('a card whose steps all fall in its last year still spans a year, its bar starting part way across', () => {
    const { bars, years } = read(handMade([inForceSince('2026-09-01')]));
    const [track, bar] = bars[0]!;
    const share = (num(bar!, 'x') - num(track!, 'x')) / num(track!, 'width');
    expect(share).toBeCloseTo((365 - 82) / 365, 2);
    expect(years).toEqual([2026]);
  });

  it('rows are named one by one down to 13 px labels, and together once they would be smaller', () => {
    const lanes = (n: number) => Array.from({ length: n }, (_, k) => inForceSince('1990-01-01', `State ${k + 1}`));
    const seventeen = read(handMade(lanes(17)));
    expect(seventeen.labels.map((l) => num(l, 'font-size'))).toEqual(Array(17).fill(13));
    const eighteen = read(handMade(lanes(18)));
    expect(eighteen.labels).toHaveLength(0);
    expect(eighteen.all.filter((s) => s.text === pt('card.statesLane'))).toHaveLength(1);
    // Rows with room stand 8 px apart; rows 12 px apart or closer keep all but a pixel for their bars.
    const gap = (n: number) => {
      const [first, second] = read(handMade(lanes(n))).bars.map(([track]) => rectBox(track!));
      return second!.y0 - first!.y1;
    };
    expect(gap(17)).toBeCloseTo(8, 6);
    expect(gap(24)).toBeCloseTo(1, 6);
    expect(gap(40)).toBeCloseTo(1, 6);
  });

  it('any card, of any number of rows, any span and any words, keeps to the same rules', () => {
    fc.assert(fc.property(cards, expectReadableCard), { numRuns: 100 });
  });
});
