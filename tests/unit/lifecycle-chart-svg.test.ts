import { describe, expect, it } from 'vitest';
import type { ChartLane, LifecycleChart } from '../../src/lib/chart/lifecycle-chart.ts';
import { lifecycleChartSvg, patternDefs } from '../../src/lib/chart/lifecycle-chart-svg.ts';

const lane: ChartLane = {
  key: 'RU',
  lines: ['Russia'],
  label: 'Russia',
  y: 6,
  height: 53,
  bars: [
    { x: 75, width: 64, status: 'in-force', title: 'Russia: In force', contested: false },
    { x: 139, width: 118, status: 'suspended', title: 'Russia: Suspended', contested: true },
  ],
  markers: [
    {
      x: 75,
      events: [0],
      type: 'signed',
      types: ['signed'],
      glyph: '✍',
      label: 'Signed',
      labelX: 80,
      row: 0,
      description: 'L0',
      href: '#e0',
      last: '2000-01-01',
      contested: false,
    },
    {
      x: 139,
      events: [1, 2],
      type: 'suspended',
      types: ['suspended', 'resumed'],
      glyph: '2',
      labelX: 139,
      row: -1,
      description: '2 events: L1; L2',
      href: '#e1',
      last: '2000-03-05',
      contested: true,
    },
  ],
};

const chart: LifecycleChart = {
  width: 400,
  height: 129,
  left: 64,
  right: 396,
  domain: [0, 1],
  range: [75, 385],
  asOf: { day: '2000-07-01', x: 257 },
  ticks: [{ time: 0, label: 'Jan 2000', x: 75 }],
  axisY: 101,
  lanes: [lane],
};

describe('patternDefs(prefix)', () => {
  it("patternDefs('c') defines the hatch (rotated), dots and cross patterns under ids of its prefix", () => {
    expect(patternDefs('c').html).toBe(
      '<defs>' +
        '<pattern id="c-pattern-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" class="pattern-stroke"></line></pattern>' +
        '<pattern id="c-pattern-dots" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.1" class="pattern-dot"></circle></pattern>' +
        '<pattern id="c-pattern-cross" width="6" height="6" patternUnits="userSpaceOnUse"><path d="M0 0L6 6M6 0L0 6" class="pattern-stroke"></path></pattern>' +
        '</defs>',
    );
  });
});

describe('lifecycleChartSvg(chart, prefix, options)', () => {
  const svg = lifecycleChartSvg(chart, 'c', { summary: 'A chart' }).html;

  it('lifecycleChartSvg opens an SVG of the laid-out size, named by the summary, with its clip path', () => {
    expect(
      svg.startsWith(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 129" class="lifecycle-chart" role="group" aria-label="A chart" data-width="400" data-span="0 1" data-range="75 385"><defs>',
      ),
    ).toBe(true);
    expect(svg).toContain('<clipPath id="c-clip"><rect x="64" y="0" width="332" height="129"></rect></clipPath>');
  });

  it('lifecycleChartSvg draws a lane with its rule and its label beside the plot', () => {
    expect(svg).toContain(
      '<g class="lane" data-lane="RU"><line class="lane-rule" x1="0" x2="400" y1="59" y2="59"></line>' +
        '<text class="lane-label" x="56" y="25" dy="0.35em" text-anchor="end"><tspan x="56">Russia</tspan></text>',
    );
  });

  it('lifecycleChartSvg paints each bar by its status, with a pattern only for hatched, dotted or crossed statuses', () => {
    expect(svg).toContain(
      '<g clip-path="url(#c-clip)">' +
        '<rect x="75" y="16" width="64" height="18" class="bar-fill status-in-force"><title>Russia: In force</title></rect>' +
        '<rect x="139" y="16" width="118" height="18" class="bar-fill status-suspended contested"><title>Russia: Suspended</title></rect>' +
        '<rect x="139" y="16" width="118" height="18" class="bar-pattern" fill="url(#c-pattern-hatch)"></rect>' +
        '</g>',
    );
  });

  it('lifecycleChartSvg draws a labelled marker with its leader line and label, as a link named by its events', () => {
    expect(svg).toContain(
      '<g class="event"><line class="leader" x1="75" x2="80" y1="34" y2="39"></line>' +
        '<text class="marker-label" x="80" y="49" text-anchor="middle" aria-hidden="true">Signed</text>' +
        '<a href="#e0" class="marker type-signed" aria-label="L0" data-last="2000-01-01" data-events="0" transform="translate(75 25)">' +
        '<circle r="9"></circle><text class="glyph" text-anchor="middle" dy="0.35em" aria-hidden="true">✍</text></a></g>',
    );
  });

  it('lifecycleChartSvg marks a counted marker as a cluster, and a contested one, without a label when it has none', () => {
    expect(svg).toContain(
      '</g><a href="#e1" class="marker type-suspended cluster contested" aria-label="2 events: L1; L2" data-last="2000-03-05" data-events="1 2" transform="translate(139 25)">',
    );
  });

  it('lifecycleChartSvg draws the axis with its ticks, and the as-of line with the day in words', () => {
    expect(svg).toContain(
      '<g class="axis" transform="translate(0 101)" aria-hidden="true"><line class="domain" x1="64" x2="396"></line>' +
        '<g class="tick" transform="translate(75 0)"><line y2="6"></line><text y="18" text-anchor="middle">Jan 2000</text></g></g>' +
        '<g class="as-of" transform="translate(257 0)"><line y1="0" y2="101"><title>As of 1 July 2000</title></line></g></svg>',
    );
  });

  it('lifecycleChartSvg leaves the as-of line out when it lies outside the span', () => {
    const outside = lifecycleChartSvg({ ...chart, asOf: { day: '2001-01-01', x: null } }, 'c', {
      summary: 'A chart',
    }).html;
    expect(outside).not.toContain('as-of');
    expect(outside.endsWith('</g></g></svg>')).toBe(true);
  });

  it("lifecycleChartSvg(chart, prefix, { linkTarget: '_blank' }) opens the lane's and the markers' links apart, with noopener", () => {
    const linked = { ...chart, lanes: [{ ...lane, href: '/parties/ru/' }] };
    const embedded = lifecycleChartSvg(linked, 'c', { summary: 'A chart', linkTarget: '_blank' }).html;
    expect(embedded).toContain(
      '<a href="/parties/ru/" target="_blank" rel="noopener" class="lane-link"><text class="lane-label"',
    );
    expect(embedded).toContain('<a href="#e0" target="_blank" rel="noopener" class="marker type-signed"');
    expect(lifecycleChartSvg(linked, 'c', { summary: 'A chart' }).html).toContain(
      '<a href="/parties/ru/" class="lane-link"><text',
    );
  });

  it('lifecycleChartSvg writes a wrapped or shortened lane label line by line, with the full label as its title', () => {
    const wrapped = { ...chart, lanes: [{ ...lane, lines: ['Whole', 'treaty'], label: 'Whole treaty' }] };
    expect(lifecycleChartSvg(wrapped, 'c', { summary: 'A chart' }).html).toContain(
      '<text class="lane-label" x="56" y="18.5" dy="0.35em" text-anchor="end"><title>Whole treaty</title>' +
        '<tspan x="56">Whole</tspan><tspan x="56" dy="13">treaty</tspan></text>',
    );
    const short = { ...chart, lanes: [{ ...lane, lines: ['RU'], label: 'Russia' }] };
    expect(lifecycleChartSvg(short, 'c', { summary: 'A chart' }).html).toContain(
      '<text class="lane-label" x="56" y="25" dy="0.35em" text-anchor="end"><title>Russia</title><tspan x="56">RU</tspan></text>',
    );
  });

  it('lifecycleChartSvg fills dotted and crossed statuses with their own patterns, and none for a status without one', () => {
    const bars = (['signed', 'withdrawn', 'dissolved'] as const).map((status) => ({
      x: 0,
      width: 1,
      status,
      title: status,
      contested: false,
    }));
    const html = lifecycleChartSvg({ ...chart, lanes: [{ ...lane, bars }] }, 'c', { summary: 'A chart' }).html;
    expect([...html.matchAll(/class="bar-pattern" fill="url\(#c-pattern-(\w+)\)"/g)].map((m) => m[1])).toEqual([
      'dots',
      'cross',
    ]);
  });
});
