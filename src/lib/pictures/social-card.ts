/**
 * The picture a shared link shows (og:image, 1200 × 630): the page's title, what it says first, and its
 * lanes drawn from the same intervals as its chart, with a year axis, a legend in words and the credit
 * line. Built as SVG text here; src/node/social-png.ts renders it with resvg at build time, with the
 * bundled fonts, so it looks the same on every machine. Colours are the status table's light palette.
 */
import { utcYear } from 'd3-time';
import { dateToTime, formatDate, type PartialDateString } from '../model/dates.ts';
import { element, fragment, type Markup } from '../site/markup.ts';
import { STATUS_COLORS, STATUSES, type Status, type StatusColor } from '../model/statuses.ts';
import { pt } from '../i18n/page-strings.ts';
import { wrapText } from './wrap-text.ts';

/** The picture's size, px: what Open Graph and X recommend for a large card. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The font the card is set in (src/node/fonts/). */
export const CARD_FONT = 'DejaVu Sans';

/** One lane of the card: a label and its intervals. */
export interface CardLane {
  label: string;
  intervals: readonly { status: Status; from: PartialDateString; to: PartialDateString | null }[];
}

/** What a card shows. */
export interface SocialCard {
  /** The page's title. */
  title: string;
  /** What the page says first (a treaty's status sentence). */
  sentence: string;
  /** A lane drawn tall above the others, where there is one (the treaty as a whole). */
  lead?: CardLane;
  /** Its lanes, top first; too many to label one by one, they are labelled together as `together`. */
  lanes: readonly CardLane[];
  /** Their label when each lane is too thin for its own ("30 states"). */
  together: string;
  /** The day the data describes (YYYY-MM-DD): open intervals end there. */
  asOf: string;
  /** The data version, for the credit line. */
  version: string;
  /** The page's address, for the credit line. */
  address: string;
}

const PAD = 48;
const LABEL_WIDTH = 230;
const CHART_BOTTOM = 496;
const INK = '#1b1f24';
const MUTED = '#5b6470';

function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  attrs: Record<string, string>,
): Markup {
  return fragment(
    lines.map((line, k) =>
      element('text', { x, y: y + k * size * 1.25, 'font-size': size, 'font-family': CARD_FONT, ...attrs }, line),
    ),
  );
}

/** Years to label on a span: about six, on round steps. */
function yearTicks(start: number, end: number): Date[] {
  const years = (end - start) / (365.25 * 86_400_000);
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => years / s <= 7) ?? 100;
  return utcYear.every(step)!.range(new Date(start), new Date(end));
}

/** The card as an SVG document. */
export function socialCardSvg(card: SocialCard): string {
  const { width, height } = CARD_SIZE;
  const visible = (lane: CardLane): CardLane => ({
    ...lane,
    intervals: lane.intervals.filter((i) => i.status !== 'not-signed' && i.status !== 'dissolved'),
  });
  const lead = card.lead && visible(card.lead);
  const drawn = card.lanes.map(visible);
  const all = lead ? [lead, ...drawn] : drawn;
  const end = dateToTime(card.asOf);
  const starts = all.flatMap((l) => l.intervals.map((i) => dateToTime(i.from)));
  const start = Math.min(end - 365 * 86_400_000, ...starts);
  const left = PAD + LABEL_WIDTH;
  const right = width - PAD;
  const x = (t: number) => left + ((Math.min(t, end) - start) / (end - start)) * (right - left);
  const title = wrapText(card.title, 40, width - 2 * PAD, 2);
  const sentenceTop = 84 + title.length * 50 + 20;
  const sentence = wrapText(card.sentence, 24, width - 2 * PAD, 4);
  const chartTop = sentenceTop + sentence.length * 30 + 24;
  const leadHeight = lead ? 44 : 0;
  const top = chartTop + leadHeight;
  const pitch = Math.min(44, (CHART_BOTTOM - top) / Math.max(drawn.length, 1));
  // Each row named where its label can be read at 13 px or more; otherwise the rows are named together.
  const labelSize = Math.min(18, Math.floor(pitch * 0.8));
  const labelled = labelSize >= 13;

  const laneAt = (lane: CardLane, y: number, bar: number, label: number | false): Markup =>
    element(
      'g',
      {},
      element('rect', { x: left, y, width: right - left, height: bar, fill: STATUS_COLORS.none[0] }),
      ...lane.intervals.map((i) => {
        const from = x(dateToTime(i.from));
        const to = x(i.to === null ? end : dateToTime(i.to));
        return element('rect', {
          x: from.toFixed(1),
          y,
          width: Math.max(to - from, 1.5).toFixed(1),
          height: bar,
          fill: STATUS_COLORS[STATUSES[i.status].color][0],
        });
      }),
      label !== false &&
        textLines(wrapText(lane.label, label, LABEL_WIDTH - 16, 1), PAD, y + bar / 2 + label / 3, label, { fill: INK }),
    );
  const bar = Math.max(2, pitch - (pitch > 12 ? 8 : 1));
  const lanes = [
    ...(lead ? [laneAt(lead, chartTop, 32, 18)] : []),
    ...drawn.map((lane, k) => laneAt(lane, top + k * pitch, bar, labelled && labelSize)),
    !labelled &&
      drawn.length > 0 &&
      textLines([card.together], PAD, top + (drawn.length * pitch) / 2 + 6, 18, { fill: INK }),
  ];
  const axisY = top + drawn.length * pitch + 24;
  const ticks = yearTicks(start, end).map((year) =>
    fragment([
      element('line', { x1: x(+year), x2: x(+year), y1: chartTop - 6, y2: axisY - 20, stroke: '#c4c9d0' }),
      element(
        'text',
        { x: x(+year), y: axisY, 'font-size': 18, 'font-family': CARD_FONT, fill: MUTED, 'text-anchor': 'middle' },
        String(year.getUTCFullYear()),
      ),
    ]),
  );
  // Colour never alone: each colour drawn is named, in rows that wrap. In the palette's order (the order of a
  // lifecycle), which fits all seven in two rows above the credit; in the order first drawn it could take three.
  const drawnColours = new Set(all.flatMap((l) => l.intervals.map((i) => STATUSES[i.status].color)));
  const colours = (Object.keys(STATUS_COLORS) as StatusColor[]).filter((colour) => drawnColours.has(colour));
  let [legendX, legendY] = [PAD, axisY + 14];
  const legend = colours.map((colour) => {
    const label = pt(`card.colour.${colour}`);
    const itemWidth = 28 + label.length * 15 * 0.58 + 24;
    if (legendX + itemWidth > width - PAD) [legendX, legendY] = [PAD, legendY + 26];
    const [at, y] = [legendX, legendY];
    legendX += itemWidth;
    return fragment([
      element('rect', {
        x: at,
        y,
        width: 18,
        height: 18,
        fill: STATUS_COLORS[colour][0],
        stroke: INK,
        'stroke-width': 1,
      }),
      element('text', { x: at + 26, y: y + 15, 'font-size': 15, 'font-family': CARD_FONT, fill: INK }, label),
    ]);
  });
  const credit = [
    pt('card.credit', { site: pt('site.name'), version: card.version, day: formatDate(card.asOf) }),
    pt('card.creditAddress', { address: card.address }),
  ];
  return element(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}` },
    element('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
    element('rect', { x: 0, y: 0, width, height: 10, fill: STATUS_COLORS['in-force'][0] }),
    textLines(title, PAD, 84, 40, { fill: INK, 'font-weight': 'bold' }),
    textLines(sentence, PAD, sentenceTop, 24, { fill: INK }),
    ...lanes,
    ...ticks,
    ...legend,
    textLines(credit, PAD, 594, 14, { fill: MUTED }),
  ).html;
}
