import { formatDate } from '../model/dates.ts';
import { element, fragment, type Markup } from '../site/markup.ts';
import { STATUSES } from '../model/statuses.ts';
import { CHART_LAYOUT } from './chart-constants.ts';
import type { LifecycleChart } from './lifecycle-chart.ts';
import { t } from '../i18n/strings.ts';

/** The fill patterns that pair with status colours, so no status is told by colour alone. */
export function patternDefs(prefix: string): Markup {
  const pattern = (name: string, ...children: Markup[]) =>
    element(
      'pattern',
      {
        id: `${prefix}-pattern-${name}`,
        width: 6,
        height: 6,
        patternUnits: 'userSpaceOnUse',
        patternTransform: name === 'hatch' ? 'rotate(45)' : undefined,
      },
      ...children,
    );
  return element(
    'defs',
    {},
    pattern('hatch', element('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'pattern-stroke' })),
    pattern('dots', element('circle', { cx: 3, cy: 3, r: 1.1, class: 'pattern-dot' })),
    pattern('cross', element('path', { d: 'M0 0L6 6M6 0L0 6', class: 'pattern-stroke' })),
  );
}

/** Options of the SVG: link targets inside an embed, and the chart's accessible name. */
export interface SvgOptions {
  /** Open links in a new browsing context (inside an embed's frame). */
  linkTarget?: '_blank';
  /** The chart's accessible name. */
  summary: string;
  /** The widest of a view's width variants: shown above its own range too (src/lib/chart/chart-variants.ts). */
  widest?: boolean;
  /** Where the chart sits inside a larger SVG (a picture to download), at its own size. */
  at?: { x: number; y: number };
}

/**
 * A laid-out chart as SVG, one user unit per CSS pixel at the width it was laid out for. Markers are
 * links to their event, so they are reachable by keyboard and name the event in full.
 */
export function lifecycleChartSvg(chart: LifecycleChart, prefix: string, options: SvgOptions): Markup {
  const target = options.linkTarget;
  const rel = target ? 'noopener' : undefined;
  const L = CHART_LAYOUT;
  const clip = `${prefix}-clip`;
  const lanes = chart.lanes.map((lane) => {
    const barY = lane.y + L.lanePadding;
    const middle = barY + L.bar / 2;
    // Every element counts: a redraw's style and layout take time by the element. A bar is its fill, with
    // its pattern over it where its status has one; a marker is its link, grouped with its leader and
    // label where it has them.
    const bars = lane.bars.flatMap((bar) => {
      const pattern = STATUSES[bar.status].pattern;
      const attrs = { x: bar.x, y: barY, width: bar.width, height: L.bar };
      const fill = element(
        'rect',
        { ...attrs, class: `bar-fill status-${bar.status}${bar.contested ? ' contested' : ''}` },
        element('title', {}, bar.title),
      );
      return pattern === 'solid' || pattern === 'none'
        ? [fill]
        : [fill, element('rect', { ...attrs, class: 'bar-pattern', fill: `url(#${prefix}-pattern-${pattern})` })];
    });
    const markers = lane.markers.map((m) => {
      const labelY = barY + L.bar + (m.row + 1) * L.row;
      const link = element(
        'a',
        {
          href: m.href,
          target,
          rel,
          class: `marker type-${m.type}${m.events.length > 1 ? ' cluster' : ''}${m.contested ? ' contested' : ''}`,
          'aria-label': m.description,
          'data-last': m.last,
          // The events it stands for (their indices in the instrument's file): keyboard focus finds it by them.
          'data-events': m.events.join(' '),
          transform: `translate(${m.x} ${middle})`,
        },
        element('circle', { r: L.radius }),
        element('text', { class: 'glyph', 'text-anchor': 'middle', dy: '0.35em', 'aria-hidden': 'true' }, m.glyph),
      );
      if (m.label === undefined) return link;
      return element(
        'g',
        { class: 'event' },
        element('line', { class: 'leader', x1: m.x, x2: m.labelX, y1: barY + L.bar, y2: labelY - 10 }),
        element(
          'text',
          { class: 'marker-label', x: m.labelX, y: labelY, 'text-anchor': 'middle', 'aria-hidden': 'true' },
          m.label,
        ),
        link,
      );
    });
    const firstLine = middle - ((lane.lines.length - 1) * L.labelLine) / 2;
    const label = element(
      'text',
      { class: 'lane-label', x: chart.left - 8, y: firstLine, dy: '0.35em', 'text-anchor': 'end' },
      lane.lines.length > 1 || lane.lines[0] !== lane.label ? element('title', {}, lane.label) : undefined,
      ...lane.lines.map((line, n) =>
        element('tspan', { x: chart.left - 8, dy: n === 0 ? undefined : L.labelLine }, line),
      ),
    );
    return element(
      'g',
      { class: 'lane', 'data-lane': lane.key },
      element('line', {
        class: 'lane-rule',
        x1: 0,
        x2: chart.width,
        y1: lane.y + lane.height,
        y2: lane.y + lane.height,
      }),
      lane.href ? element('a', { href: lane.href, target, rel, class: 'lane-link' }, label) : label,
      element('g', { 'clip-path': `url(#${clip})` }, ...bars),
      ...markers,
    );
  });
  const ticks = chart.ticks.map((t) =>
    element(
      'g',
      { class: 'tick', transform: `translate(${t.x} 0)` },
      element('line', { y2: 6 }),
      element('text', { y: 18, 'text-anchor': 'middle' }, t.label),
    ),
  );
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      x: options.at?.x,
      y: options.at?.y,
      width: options.at && chart.width,
      height: options.at && chart.height,
      viewBox: `0 0 ${chart.width} ${chart.height}`,
      class: 'lifecycle-chart',
      role: 'group',
      'aria-label': options.summary,
      'data-width': chart.width,
      'data-widest': options.widest ? '' : undefined,
      // The time span drawn (ms) and the pixels it spans: the explorer moves this drawing in place for
      // its first zoom (src/client/shift-drawing.ts).
      'data-span': chart.domain.join(' '),
      'data-range': chart.range.join(' '),
    },
    patternDefs(prefix),
    element(
      'clipPath',
      { id: clip },
      element('rect', { x: chart.left, y: 0, width: chart.right - chart.left, height: chart.height }),
    ),
    fragment(lanes),
    element(
      'g',
      { class: 'axis', transform: `translate(0 ${chart.axisY})`, 'aria-hidden': 'true' },
      element('line', { class: 'domain', x1: chart.left, x2: chart.right }),
      ...ticks,
    ),
    chart.asOf.x !== null &&
      element(
        'g',
        { class: 'as-of', transform: `translate(${chart.asOf.x} 0)` },
        element(
          'line',
          { y1: 0, y2: chart.axisY },
          element('title', {}, t('chart.asOfLine', { day: formatDate(chart.asOf.day) })),
        ),
      ),
  );
}
