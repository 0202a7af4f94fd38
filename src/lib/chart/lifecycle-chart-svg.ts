import { formatDate } from '../dates.ts';
import { element, fragment, type Markup } from '../markup.ts';
import { STATUSES } from '../statuses.ts';
import { CHART_LAYOUT, type LifecycleChart } from './lifecycle-chart.ts';

/** The fill patterns that pair with status colours, so no status is told by colour alone. */
export function patternDefs(prefix: string): Markup {
  const pattern = (name: string, ...children: Markup[]) =>
    element('pattern', { id: `${prefix}-pattern-${name}`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: name === 'hatch' ? 'rotate(45)' : undefined }, ...children);
  return element(
    'defs',
    {},
    pattern('hatch', element('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'pattern-stroke' })),
    pattern('dots', element('circle', { cx: 3, cy: 3, r: 1.1, class: 'pattern-dot' })),
    pattern('cross', element('path', { d: 'M0 0L6 6M6 0L0 6', class: 'pattern-stroke' })),
  );
}

/**
 * The lifecycle chart as SVG: lanes with status bars and labelled event markers, an axis and the as-of
 * line. Markers are links to the event in the list below, so they are reachable by keyboard; data-*
 * attributes carry the times the browser needs to zoom.
 */
export function lifecycleChartSvg(chart: LifecycleChart, prefix: string, options: { linkTarget?: '_blank' } = {}): Markup {
  const target = options.linkTarget;
  const rel = target ? 'noopener' : undefined;
  const L = CHART_LAYOUT;
  const clip = `${prefix}-clip`;
  const lanes = chart.lanes.map((lane) => {
    const barY = lane.y + L.lanePadding;
    const bars = lane.bars.map((bar) => {
      const pattern = STATUSES[bar.status].pattern;
      const attrs = { x: bar.x, y: barY, width: bar.width, height: L.bar, 'data-from': bar.from, 'data-to': bar.to };
      return element(
        'g',
        { class: 'bar' },
        element('rect', { ...attrs, class: `bar-fill status-${bar.status}` }, element('title', {}, bar.title)),
        pattern === 'solid' || pattern === 'none' ? undefined : element('rect', { ...attrs, class: 'bar-pattern', fill: `url(#${prefix}-pattern-${pattern})` }),
      );
    });
    const markers = lane.markers.map((m) => {
      const labelY = barY + L.bar + 4 + (m.row + 1) * L.row - 4;
      return element(
        'g',
        { class: 'event', 'data-time': m.time, 'data-parties': m.parties.join(',') },
        m.row >= 0 && element('line', { class: 'leader', x1: m.x, x2: m.labelX, y1: barY + L.bar, y2: labelY - 10 }),
        m.row >= 0 && element('text', { class: 'marker-label', x: m.labelX, y: labelY, 'text-anchor': 'middle', 'data-offset': Math.round((m.labelX - m.x) * 10) / 10 }, m.label),
        element(
          'a',
          { href: m.href, target, rel, class: `marker type-${m.type}`, 'aria-label': m.description, transform: `translate(${m.x} ${barY + L.bar / 2})` },
          element('circle', { r: 8 }),
          element('text', { class: 'glyph', 'text-anchor': 'middle', dy: '0.35em', 'aria-hidden': 'true' }, m.glyph),
          element('title', {}, m.description),
        ),
      );
    });
    return element(
      'g',
      { class: 'lane', 'data-lane': lane.key, 'data-party': lane.party, 'data-height': lane.height },
      element('line', { class: 'lane-rule', x1: 0, x2: chart.width, y1: lane.y + lane.height, y2: lane.y + lane.height }),
      lane.href
        ? element('a', { href: lane.href, target, rel, class: 'lane-link' }, element('text', { class: 'lane-label', x: chart.left - 10, y: barY + L.bar / 2, dy: '0.35em', 'text-anchor': 'end' }, lane.label))
        : element('text', { class: 'lane-label', x: chart.left - 10, y: barY + L.bar / 2, dy: '0.35em', 'text-anchor': 'end' }, lane.label),
      element('g', { 'clip-path': `url(#${clip})` }, ...bars, ...markers),
    );
  });
  const ticks = chart.ticks.map((t) =>
    element('g', { class: 'tick', 'data-time': t.time, transform: `translate(${t.x} 0)` }, element('line', { y2: 6 }), element('text', { y: 18, 'text-anchor': 'middle' }, t.label)),
  );
  return element(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${chart.width} ${chart.height}`, class: 'lifecycle-chart', role: 'group', 'aria-label': chart.summary, 'data-domain': chart.domain.join(','), 'data-left': chart.left, 'data-right': chart.right },
    patternDefs(prefix),
    element('clipPath', { id: clip }, element('rect', { x: chart.left - 10, y: 0, width: chart.right - chart.left + 20, height: chart.height })),
    fragment(lanes),
    element('g', { class: 'axis', transform: `translate(0 ${chart.axisY})`, 'aria-hidden': 'true' }, element('line', { class: 'domain', x1: chart.left, x2: chart.right }), element('g', { 'clip-path': `url(#${clip})` }, ...ticks)),
    element(
      'g',
      { class: 'as-of', 'data-time': chart.asOf.time, transform: `translate(${chart.asOf.x} 0)` },
      element('line', { y1: 0, y2: chart.axisY }, element('title', {}, `As of ${formatDate(chart.asOf.day)}`)),
    ),
  );
}
