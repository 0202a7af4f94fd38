/**
 * A chart as a picture to take away (a slide, a print edition, a newsletter): the view as it stands —
 * its lanes, as-of day, filters and window from chartView(…) — laid out for the picture's full width by
 * the one layout function of every chart (layoutChart), drawn by the same SVG renderer, with its title,
 * as-of day, legend, source line with the data version, address and licence around it. One
 * self-contained SVG document (its colours in its own <style>, text as text, fonts named with a fallback
 * stack); the build renders it to PNG with resvg (src/node/social-png.ts) in the bundled DejaVu Sans.
 * The words around the chart come in `credit`, so that the browser, which draws a view with parameters
 * from this same function, carries none of the page strings (src/lib/i18n/page-strings.ts).
 */
import { formatDate, timeToDay } from '../model/dates.ts';
import { element, fragment, type Markup } from '../site/markup.ts';
import { STATUS_COLORS, STATUSES, STATUS_IDS } from '../model/statuses.ts';
import { chartLegend } from '../chart/chart-legend.ts';
import type { ChartView } from '../chart/chart-view.ts';
import { estimateTextWidth } from '../chart/label-placement.ts';
import { layoutChart, type LaneSpec } from '../chart/lifecycle-chart.ts';
import { lifecycleChartSvg, patternDefs } from '../chart/lifecycle-chart-svg.ts';
import { t } from '../i18n/strings.ts';
import { wrapAddress, wrapText } from './wrap-text.ts';

/** The picture's width in SVG user units (CSS px): the chart is laid out for it, less the margins. */
export const PICTURE_WIDTH = 1000;

/** The PNG's width, px: the SVG drawn 1.6 times over, sharp enough for a slide or a print column. */
export const PICTURE_PNG_WIDTH = 1600;

/** The fonts the picture names: the one the build renders with first, then what a reader's machine has. */
export const PICTURE_FONTS = "'DejaVu Sans', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/** What a picture says besides its chart. */
export interface PictureCredit {
  /** The view's title ("INF Treaty: lifecycle"). */
  title: string;
  /** The source line: the site and the data version. */
  source: string;
  /** The licence, after the address. */
  licence: string;
  /** The address of the view, absolute: the credit line names it, and the markers' links start from it. */
  address: string;
  /** What the chart shows, in a sentence (the chart's accessible summary), for <desc>. */
  summary: string;
}

const PAD = 24;
const INK = '#1a1a1a';
const MUTED = '#555b66';

/** The site's light colours, written out: a downloaded picture has no stylesheet around it. */
function pictureStyle(): string {
  const statuses = STATUS_IDS.map((s) => `.status-${s}{fill:${STATUS_COLORS[STATUSES[s].color][0]}}`);
  return [
    `text{fill:${INK}}`,
    '.lifecycle-chart{font-size:11px}',
    '.lane-label{font-weight:600;font-size:12px}',
    '.lane-rule{stroke:#d5d8de}',
    `.bar-fill{stroke:${INK};stroke-width:.5}`,
    '.bar-fill.contested{stroke-width:2;stroke-dasharray:5 3}',
    `.leader{stroke:${MUTED};stroke-width:.75}`,
    `.marker circle{fill:#fff;stroke:${INK};stroke-width:1.25}`,
    '.marker.contested circle{stroke-dasharray:3 2;stroke-width:2}',
    '.cluster .glyph{font-weight:700}',
    `.axis line{stroke:${MUTED}}`,
    `.axis text,.muted{fill:${MUTED}}`,
    '.as-of line{stroke:#0b57d0;stroke-width:1.5;stroke-dasharray:4 3}',
    `.pattern-stroke{stroke:${INK};stroke-width:1.2;opacity:.45}`,
    `.pattern-dot{fill:${INK};opacity:.45}`,
    ...statuses,
  ].join('');
}

/** The lanes with every link made absolute from `address`, so the picture's links work wherever it is saved. */
function absoluteLinks(lanes: readonly LaneSpec[], address: string): LaneSpec[] {
  const absolute = (href: string) => new URL(href, address).href;
  return lanes.map((lane) => ({
    ...lane,
    href: lane.href && absolute(lane.href),
    events: lane.events.map((e) => ({ ...e, href: absolute(e.href) })),
  }));
}

/** Lines of text, one <text> each, `size` px apart by 1.3. */
function lines(texts: readonly string[], y: number, size: number, attrs: Record<string, string | number> = {}): Markup {
  return fragment(
    texts.map((text, n) => element('text', { x: PAD, y: y + n * size * 1.3, 'font-size': size, ...attrs }, text)),
  );
}

/** The picture of a chart view as an SVG document, `width` user units wide. */
export function chartPictureSvg(view: ChartView, credit: PictureCredit, width: number = PICTURE_WIDTH): string {
  const inner = width - 2 * PAD;
  const title = wrapText(credit.title, 22, inner, 2);
  const [from, to] = view.options.span!;
  const asOf = t('chart.asOfLine', { day: formatDate(view.options.asOf) });
  const shown = t('chart.showing', { from: formatDate(timeToDay(from)), to: formatDate(timeToDay(to)) });
  const subtitle = `${asOf}. ${shown}.`;
  // The instruments a chosen party leaves out are named under it, as the page says them under its chart.
  const leftOut = view.leftOut ? wrapText(view.leftOut, 14, inner, 3) : [];
  let y = PAD + 22;
  const heading = fragment([
    lines(title, y, 22, { 'font-weight': 700 }),
    lines([subtitle, ...leftOut], y + title.length * 22 * 1.3, 14, { class: 'muted' }),
  ]);
  y += title.length * 22 * 1.3 + 14 + leftOut.length * 14 * 1.3;

  const chart = layoutChart(absoluteLinks(view.lanes, credit.address), { ...view.options, width: inner });
  const drawing = lifecycleChartSvg(chart, 'picture', { summary: credit.summary, at: { x: PAD, y } });
  y += chart.height + 14;

  // The legend: only what the chart draws, swatch (colour and pattern) or glyph, then its words, in rows.
  const legend = chartLegend(chart);
  const size = 12;
  const items: { mark: (x: number, y: number) => Markup; label: string }[] = [
    ...legend.statuses.map((s) => ({
      label: s.label,
      mark: (x: number, top: number) => {
        const pattern = STATUSES[s.status].pattern;
        const box = { x, y: top, width: 22, height: 12 };
        return element(
          'g',
          {},
          element('rect', { ...box, class: `bar-fill status-${s.status}` }),
          pattern !== 'solid' &&
            pattern !== 'none' &&
            element('rect', { ...box, fill: `url(#legend-pattern-${pattern})` }),
        );
      },
    })),
    ...legend.types.map((type) => ({
      label: type.label,
      mark: (x: number, top: number) =>
        element('text', { x: x + 11, y: top + 10, 'font-size': size, 'text-anchor': 'middle' }, type.glyph),
    })),
  ];
  let [at, row] = [PAD, y];
  const legendMarks = items.map((item) => {
    const room = 28 + estimateTextWidth(item.label, size) + 18;
    if (at + room > width - PAD && at > PAD) [at, row] = [PAD, row + 20];
    const mark = fragment([
      item.mark(at, row),
      element('text', { x: at + 28, y: row + 10, 'font-size': size }, item.label),
    ]);
    at += room;
    return mark;
  });
  y = row + 20 + 16;

  const footer = [
    ...wrapText(credit.source, 12, inner, 2),
    ...wrapAddress(`${credit.address} · ${credit.licence}`, 12, inner),
  ];
  const footerMarkup = lines(footer, y, 12, { class: 'muted' });
  const height = Math.ceil(y + (footer.length - 1) * 12 * 1.3 + PAD);

  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': PICTURE_FONTS,
      role: 'img',
      'aria-labelledby': 'picture-title picture-desc',
    },
    element('title', { id: 'picture-title' }, credit.title),
    element(
      'desc',
      { id: 'picture-desc' },
      [credit.summary, subtitle, view.leftOut, ...footer].filter(Boolean).join(' '),
    ),
    element('style', {}, pictureStyle()),
    patternDefs('legend'),
    element('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
    heading,
    drawing,
    fragment(legendMarks),
    footerMarkup,
  ).html;
}
