import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { lifecycleInput, overviewInput, partyInput } from '../../src/lib/chart/chart-lanes.ts';
import { chartView, type ChartView } from '../../src/lib/chart/chart-view.ts';
import { estimateTextWidth } from '../../src/lib/chart/label-placement.ts';
import { layoutChart } from '../../src/lib/chart/lifecycle-chart.ts';
import { formatDate, timeToDay } from '../../src/lib/model/dates.ts';
import { EVENT_TYPES } from '../../src/lib/model/event-types.ts';
import { STATUS_COLORS, STATUSES, type Status } from '../../src/lib/model/statuses.ts';
import {
  chartPictureSvg,
  PICTURE_PNG_WIDTH,
  PICTURE_WIDTH,
  type PictureCredit,
} from '../../src/lib/pictures/chart-picture.ts';
import { partyPictureSvg, pictureWords, treatyPictureSvg } from '../../src/lib/pictures/page-pictures.ts';
import { picturePath } from '../../src/lib/site/routes.ts';
import type { ViewState } from '../../src/lib/site/view-parameters.ts';
import { renderPng } from '../../src/node/social-png.ts';
import { AS_OF, contentInstruments, contentModel } from './content-model.ts';
import { contrast, num, overlap, rectBox, shapes, strayText, textBox, type Box } from './svg-shapes.ts';

const SITE = new URL('https://example.org/');
const VERSION = '2026-11-22-abcdef0';
const models = contentInstruments.map((i) => contentModel(i.id));

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};
/** The text of every <text> and <tspan>, in order. */
const texts = (svg: string) => [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map((m) => m[1]!);

const PAD = 24;
const WHITE = '#ffffff';

/** CSS rules as selector → declarations (property → value, spaces and leading zeros normalised). */
function cssRules(css: string, vars: Record<string, string> = {}): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  const value = (v: string) =>
    v
      .trim()
      .replace(/var\((--[\w-]+)\)/g, (_, name: string) => vars[name] ?? name)
      .replace(/#([0-9a-f])([0-9a-f])([0-9a-f])\b/gi, '#$1$1$2$2$3$3')
      .replace(/\b0\./g, '.')
      .replace(/\s+/g, ' ');
  for (const [, selectors, body] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = Object.fromEntries(
      body!
        .split(';')
        .filter((d) => d.includes(':'))
        .map((d) => [d.slice(0, d.indexOf(':')).trim(), value(d.slice(d.indexOf(':') + 1))]),
    );
    for (const selector of selectors!.split(','))
      rules.set(selector.trim(), { ...rules.get(selector.trim()), ...declarations });
  }
  return rules;
}

/** The site's stylesheet's rules for a chart, in its light theme, as a picture has them (the `.lifecycle-chart ` before each dropped). */
const siteChartRules = (() => {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const light = Object.fromEntries(
    [...css.matchAll(/(--[\w-]+):\s*light-dark\(([^,]+),/g)].map(([, name, colour]) => [name!, colour!.trim()]),
  );
  const rules = new Map<string, Record<string, string>>();
  for (const [selector, declarations] of cssRules(css, light)) {
    if (selector.includes(':')) continue; // a reader's focus or hover: nothing to point at in a picture
    if (selector === '.lifecycle-chart') {
      const { 'font-family': _font, ...rest } = declarations; // the picture names its fonts on its root
      rules.set(selector, rest);
    } else if (selector.startsWith('.lifecycle-chart '))
      rules.set(selector.slice('.lifecycle-chart '.length), declarations);
    else if (selector.startsWith('.pattern-')) rules.set(selector, declarations);
  }
  // A glyph's 11 px is the chart's own size, which it takes from the chart.
  rules.delete('.glyph');
  // A lane's name is set as a name, not as a blue link: a PNG cannot be followed.
  rules.delete('.lane-link text');
  return rules;
})();

/**
 * Checks what a reader of a chart's picture depends on: named by its title and description; every word
 * around the chart inside the picture's margins and clear of the chart, of the legend's marks and of
 * each other; in reading order (title, as-of line and what is left out, chart, legend, source line with
 * address and licence); the chart at the size it was laid out for; the legend's marks like the bars and
 * markers they name; and the chart's look carried in the picture's own style, as the site draws it.
 */
function expectReadablePicture(view: ChartView, credit: PictureCredit): void {
  const svg = chartPictureSvg(view, credit);
  expect(XMLValidator.validate(svg)).toBe(true);
  const all = shapes(svg);
  const root = all[0]!;
  const [width, height] = [PICTURE_WIDTH, num(root, 'height')];
  expect(root.attrs).toMatchObject({ width: `${width}`, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  expect(strayText(svg)).toBe('');
  // Named by its title and description, which say what it shows and whence.
  const named = root.attrs['aria-labelledby']!.split(' ').map((id) => all.filter((s) => s.attrs.id === id));
  expect(named.map((found) => found.map((s) => s.tag))).toEqual([['title'], ['desc']]);
  const [title, desc] = named.map(([s]) => s!.text);
  expect(title).toBe(credit.title);
  expect(desc).not.toMatch(/ {2}|undefined|^ | $/);
  // Its sentences one after another: what the chart shows, then its as-of line.
  expect(desc).toContain(`${credit.summary} As of ${formatDate(view.options.asOf)}.`);

  // The picture's own style: the chart as the site draws it, readable words, each status in its colour.
  const style = cssRules(all.find((s) => s.tag === 'style')!.text);
  // A rule for a kind of bar or marker (".bar-fill.contested") adds to the rule for them all (".bar-fill").
  const look = (selector: string) => ({
    ...style.get(selector.replace(/(\.[\w-]+)(?:\.[\w-]+)+/, '$1')),
    ...style.get(selector),
  });
  for (const [selector, declarations] of siteChartRules) expect(look(selector), selector).toMatchObject(declarations);
  expect(contrast(style.get('text')!.fill!, WHITE)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(style.get('.muted')!.fill!, WHITE)).toBeGreaterThanOrEqual(4.5);
  const statuses = new Set(svg.match(/(?<=class="bar-fill status-)[\w-]+/g));
  expect(statuses.size).toBeGreaterThan(0);
  for (const status of statuses as Set<Status>)
    expect(style.get(`.status-${status}`)?.fill, status).toBe(STATUS_COLORS[STATUSES[status].color][0]);

  // The white sheet under everything, then the chart at its own size, inside the margins.
  const chart = all.filter((s) => s.tag === 'svg' && s !== root);
  expect(chart).toHaveLength(1);
  const background = all.find((s) => s.tag === 'rect' && s.parents.length === 1)!;
  expect(rectBox(background)).toEqual({ x0: 0, x1: width, y0: 0, y1: height });
  expect(background.attrs.fill).toBe(WHITE);
  const chartBox = rectBox(chart[0]!);
  expect(chart[0]!.attrs.viewBox).toBe(`0 0 ${chart[0]!.attrs.width} ${chart[0]!.attrs.height}`);
  expect(chartBox).toMatchObject({ x0: PAD, x1: width - PAD });
  // Every link, a lane's name or a marker, leads to the site from wherever the file is saved.
  const links = all.filter((s) => s.tag === 'a');
  expect(links.filter((a) => a.attrs.class === 'lane-link')).toHaveLength(view.lanes.filter((l) => l.href).length);
  for (const link of links) expect(link.attrs.href).toMatch(new RegExp(`^${new URL(credit.address).origin}/`));
  // Every pattern a mark fills with is defined in the picture.
  for (const [, id] of svg.matchAll(/fill="url\(#([^)]+)\)"/g))
    expect(
      all.some((s) => s.attrs.id === id),
      id,
    ).toBe(true);

  // The words around the chart, and the legend's marks.
  const outside = all.filter((s) => !s.parents.includes(chart[0]!) && s !== chart[0]);
  const texts = outside.filter((s) => s.tag === 'text');
  const swatches = outside.filter((s) => s.tag === 'rect' && s.attrs.class?.startsWith('bar-fill'));
  const glyphs = texts.filter((t) => t.attrs['text-anchor'] === 'middle');
  const words = texts.filter((t) => !glyphs.includes(t));
  const canvas = { x0: PAD, x1: width - PAD, y0: 0, y1: height };
  const inside = (b: Box) => b.x0 >= canvas.x0 - 0.01 && b.x1 <= canvas.x1 + 0.01 && b.y0 >= 0 && b.y1 <= height;
  const marks = [...swatches.map(rectBox), ...glyphs.map((g) => textBox(g))];
  const boxes = [...words.map((t) => textBox(t)), ...marks];
  for (const [k, box] of boxes.entries()) {
    expect(inside(box), `${JSON.stringify(box)} ${texts[k]?.text}`).toBe(true);
    expect(overlap(box, chartBox), JSON.stringify(box)).toBe(false);
    for (const other of boxes.slice(k + 1))
      expect(overlap(box, other), `${JSON.stringify(box)} / ${JSON.stringify(other)}`).toBe(false);
  }
  for (const text of texts) expect(num(text, 'font-size')).toBeGreaterThanOrEqual(12);

  // In reading order: the title in bold, the as-of line (and what is left out), the chart, the legend, the
  // source line with the address and licence.
  const heading = words.filter((t) => t.attrs['font-weight'] === '700');
  const muted = words.filter((t) => t.attrs.class === 'muted');
  const above = muted.filter((t) => num(t, 'y') < chartBox.y0);
  const footer = muted.filter((t) => num(t, 'y') > chartBox.y1);
  const labels = words.filter((t) => !heading.includes(t) && !muted.includes(t));
  expect(
    heading
      .map((t) => t.text)
      .join(' ')
      .replace(/…$/, ''),
  ).toBe(
    credit.title.slice(
      0,
      heading
        .map((t) => t.text)
        .join(' ')
        .replace(/…$/, '').length,
    ),
  );
  const [from, to] = view.options.span!;
  expect(above.map((t) => t.text).join(' ')).toBe(
    [
      `As of ${formatDate(view.options.asOf)}. Showing ${formatDate(timeToDay(from))} to ${formatDate(timeToDay(to))}.`,
      view.leftOut,
    ]
      .filter(Boolean)
      .join(' '),
  );
  // The address is never cut: its lines, joined, are the address and the licence.
  const addressAt = footer.findIndex((t) => t.text.startsWith(credit.address.slice(0, 12)));
  expect(
    footer
      .slice(addressAt)
      .map((t) => t.text)
      .join(''),
  ).toBe(`${credit.address} · ${credit.licence}`);
  expect(
    footer
      .slice(0, addressAt)
      .map((t) => t.text)
      .join(' '),
  ).toBe(credit.source);
  expect(muted).toHaveLength(above.length + footer.length);
  for (const part of [heading, above, footer])
    for (const [k, line] of part.slice(1).entries())
      expect(textBox(line).y0).toBeGreaterThanOrEqual(textBox(part[k]!).y1);
  const parts: Box[][] = [
    heading.map((t) => textBox(t)),
    above.map((t) => textBox(t)),
    [chartBox],
    [...marks, ...labels.map((t) => textBox(t))],
    footer.map((t) => textBox(t)),
  ];
  for (const [k, part] of parts.slice(1).entries())
    expect(Math.max(...parts[k]!.map((b) => b.y1)), `part ${k + 1}`).toBeLessThanOrEqual(
      Math.min(...part.map((b) => b.y0)),
    );
  // The picture ends a margin below its last line.
  expect(height - num(footer.at(-1)!, 'y')).toBeGreaterThanOrEqual(PAD - 1);
  expect(height - num(footer.at(-1)!, 'y')).toBeLessThanOrEqual(PAD + 1);

  // The legend names every status the bars are drawn in, by a swatch of their colour and pattern, and
  // every kind of marker drawn, by its glyph.
  const swatchLook = (status: string) => `${STATUSES[status as Status].color} ${STATUSES[status as Status].pattern}`;
  const legendLooks = new Set(swatches.map((s) => swatchLook(s.attrs.class!.replace('bar-fill status-', ''))));
  for (const status of statuses) expect(legendLooks, status).toContain(swatchLook(status));
  const glyphsDrawn = new Set(
    all.filter((s) => s.parents.includes(chart[0]!) && s.attrs.class?.split(' ').includes('glyph')).map((s) => s.text),
  );
  for (const glyph of glyphsDrawn) if (!/\d/.test(glyph)) expect(glyphs.map((g) => g.text)).toContain(glyph);
  // Its rows full: an item begins a row only where it would not fit at the end of the one before.
  // (Each takes its mark's 28 px, its name as the chart's layout reckons it, and 18 px after.)
  const items = labels.map((label) => {
    const x0 = num(label, 'x') - 28;
    const room = 28 + estimateTextWidth(label.text, 12) + 18;
    return { x0, room, end: x0 + room };
  });
  for (const [k, item] of items.slice(1).entries())
    if (item.x0 === PAD) expect(items[k]!.end + item.room).toBeGreaterThan(width - PAD);
  // The legend: each mark named just after it, on its line; a status's swatch coloured and patterned as its bars.
  // A glyph takes a swatch's 22 px, centred in it.
  const legendMarks = [
    ...swatches.map((s) => ({ box: rectBox(s), shape: s })),
    ...glyphs.map((g) => ({ box: { ...textBox(g), x0: num(g, 'x') - 11, x1: num(g, 'x') + 11 }, shape: g })),
  ];
  expect(labels).toHaveLength(legendMarks.length);
  for (const { box, shape } of legendMarks) {
    const middle = (box.y0 + box.y1) / 2;
    const label = labels.find((l) => {
      const b = textBox(l);
      return b.y0 < middle && b.y1 > middle && b.x0 > box.x1 - 0.01 && b.x0 - box.x1 < 12;
    });
    expect(label, JSON.stringify(shape.attrs)).toBeDefined();
    if (shape.tag === 'rect') {
      const status = shape.attrs.class!.replace('bar-fill status-', '') as Status;
      const pattern = STATUSES[status].pattern;
      const overlay = outside.filter(
        (s) => s.tag === 'rect' && s.parents.at(-1) === shape.parents.at(-1) && s !== shape,
      );
      expect(overlay.map((o) => o.attrs.fill)).toEqual(
        pattern === 'solid' || pattern === 'none' ? [] : [`url(#legend-pattern-${pattern})`],
      );
      expect(overlay.map(rectBox)).toEqual(overlay.map(() => box));
    } else {
      // A glyph stands where a swatch would: centred in the 22 px before its name.
      const centre = (box.x0 + box.x1) / 2;
      expect(centre).toBeGreaterThan(num(label!, 'x') - 28);
      expect(centre).toBeLessThan(num(label!, 'x') - 6);
    }
  }
}

describe('chartPictureSvg(view, credit): what a reader of the picture depends on', () => {
  const words = pictureWords(VERSION);
  const credit = (input: { summary: string }, address: string, title = 'A chart: lifecycle'): PictureCredit => ({
    title,
    ...words,
    address,
    summary: input.summary,
  });

  it("every treaty's picture, every state's and the timeline's keeps its words inside, apart and in reading order", () => {
    for (const model of models) {
      const input = lifecycleInput(model, AS_OF);
      expectReadablePicture(chartView(input, {}, 'page'), credit(input, `https://example.org/treaties/${model.id}/`));
    }
    for (const party of ['RU', 'US', 'UA', 'BY', 'DE'] as const) {
      const input = partyInput(models, party, AS_OF);
      expectReadablePicture(chartView(input, {}, 'page'), credit(input, `https://example.org/parties/${party}/`));
    }
    const overview = overviewInput(models, AS_OF);
    expectReadablePicture(chartView(overview, {}, 'page'), credit(overview, 'https://example.org/timeline/'));
  });

  it('a view of a window, an earlier day or one state, and long words around it, keep to the same rules', () => {
    const inf = lifecycleInput(contentModel('inf'), AS_OF);
    const long =
      'The Treaty between the United States and the Soviet Union on the Elimination of Their Intermediate-Range and Shorter-Range Missiles & <all> "its" lifecycle';
    const views: ViewState[] = [
      { asof: '1990-06-01' },
      { from: '1987', to: '1992', types: ['signed', 'entered-into-force'] },
    ];
    for (const state of views)
      expectReadablePicture(
        chartView(inf, state, 'page'),
        credit(inf, 'https://example.org/treaties/inf/?from=1987', long),
      );
    // An address as long as the explorer's parameters make it: wrapped at its punctuation, whole.
    expectReadablePicture(
      chartView(inf, { from: '1987', to: '1992' }, 'page'),
      credit(
        inf,
        'https://example.org/treaties/inf/?from=1987-12-08&to=1992-01-01&types=signed,ratified,entered-into-force,' +
          'withdrawal-notified,withdrawn,statement&party=US,SU,RU,BY,KZ,UA&asof=2019-08-02',
      ),
    );
    const overview = overviewInput(models, AS_OF);
    const russia = chartView(overview, { party: ['RU'] }, 'page');
    expect(russia.leftOut).not.toBe('');
    expectReadablePicture(russia, {
      ...credit(overview, 'https://example.org/timeline/?party=RU'),
      source: `${words.source} ${words.source}`,
    });
  });
});

describe('chartPictureSvg(view, credit) for the INF Treaty at three views', () => {
  const input = lifecycleInput(contentModel('inf'), AS_OF);
  const credit = {
    title: 'INF Treaty: lifecycle',
    ...pictureWords(VERSION),
    address: 'https://example.org/treaties/inf/?asof=2019-01-01',
    summary: input.summary,
  };
  const views = {
    whole: chartView(input, {}, 'page'),
    asOf2019: chartView(input, { asof: '2019-01-01' }, 'page'),
    window: chartView(input, { from: '1987', to: '1992', types: ['signed', 'entered-into-force'] }, 'page'),
  };

  for (const [name, view] of Object.entries(views)) {
    it(`chartPictureSvg(${name}) is one parsing SVG document with its title, desc, as-of day, version, address and licence`, () => {
      const svg = chartPictureSvg(view, credit);
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).toMatch(
        new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="\\d+"`),
      );
      expect(svg).toContain('<title id="picture-title">INF Treaty: lifecycle</title>');
      expect(svg).toMatch(/<desc id="picture-desc">Lifecycle of the [^<]+<\/desc>/);
      const words = texts(svg).join(' ');
      expect(words).toContain(`As of ${name === 'asOf2019' ? '1 January 2019' : '22 November 2026'}`);
      expect(words).toContain(`data version ${VERSION}`);
      expect(words).toContain('https://example.org/treaties/inf/?asof=2019-01-01 · CC BY 4.0');
      // Self-contained: no stylesheet, font or image fetched from elsewhere; fonts named with a fallback.
      expect(svg).not.toMatch(/<image|@import|@font-face|url\((?!#)/);
      expect(svg).toContain('font-family="&#39;DejaVu Sans&#39;, system-ui');
      // Every marker's link leads to its event on the site, wherever the file is saved.
      for (const [, href] of svg.matchAll(/<a href="([^"]+)"/g)) expect(href).toMatch(/^https:\/\/example\.org\//);
    });
  }

  it('the chart in the picture is laid out by layoutChart for the picture’s width: the same lanes, bars and markers', () => {
    const view = views.asOf2019;
    const chart = layoutChart(view.lanes, { ...view.options, width: PICTURE_WIDTH - 48 });
    const svg = chartPictureSvg(view, credit);
    expect(svg).toContain(`viewBox="0 0 ${chart.width} ${chart.height}"`);
    // A bar of the chart carries its title; the legend's swatches do not.
    expect([...svg.matchAll(/class="bar-fill status-[^"]*"[^>]*><title>/g)]).toHaveLength(
      chart.lanes.reduce((n, l) => n + l.bars.length, 0),
    );
    expect([...svg.matchAll(/<a [^>]*class="marker /g)]).toHaveLength(
      chart.lanes.reduce((n, l) => n + l.markers.length, 0),
    );
    for (const lane of chart.lanes)
      for (const marker of lane.markers) if (marker.label) expect(texts(svg)).toContain(marker.label);
    // As of 2019 nothing after that day is drawn: no termination marker.
    expect(texts(svg)).not.toContain(EVENT_TYPES.terminated.label);
    expect(texts(chartPictureSvg(views.whole, credit))).toContain(EVENT_TYPES.terminated.label);
  });

  it('the window and filter change what is drawn: only 1987 to 1992, only the types asked for', () => {
    const svg = chartPictureSvg(views.window, credit);
    expect(texts(svg).join(' ')).toContain('Showing 1 January 1987 to 31 December 1992');
    expect(texts(svg)).not.toContain(EVENT_TYPES.statement.label);
    expect(svg).not.toBe(chartPictureSvg(views.whole, credit));
  });

  it('chartPictureSvg of the timeline for a party names, under its as-of line, the instruments it leaves out', () => {
    const overview = overviewInput(models, AS_OF);
    const svg = chartPictureSvg(chartView(overview, { party: ['RU'] }, 'page'), {
      ...credit,
      summary: overview.summary,
    });
    const line = texts(svg).join(' ');
    expect(line).toMatch(/instruments left out, which record no step by Russia up to 22 November 2026: .*Ottawa/);
    expect(svg).toMatch(/<desc id="picture-desc">[^<]*instruments left out[^<]*<\/desc>/);
    expect(svg).not.toMatch(/<g [^>]*data-lane="mine-ban-convention"/);
    expect(texts(chartPictureSvg(chartView(overview, {}, 'page'), credit)).join(' ')).not.toContain('left out');
  });

  it('renderPng(picture, PICTURE_PNG_WIDTH) is at least 1,600 px wide, in proportion', () => {
    for (const view of Object.values(views)) {
      const svg = chartPictureSvg(view, credit);
      const height = Number(/height="(\d+)"/.exec(svg)![1]);
      const size = pngSize(renderPng(svg, PICTURE_PNG_WIDTH));
      expect(size.width).toBeGreaterThanOrEqual(1600);
      expect(size.height).toBe(Math.round((height * PICTURE_PNG_WIDTH) / PICTURE_WIDTH));
    }
  });

  it('chartPictureSvg escapes what it is given: a title cannot become markup', () => {
    const svg = chartPictureSvg(views.whole, { ...credit, title: '<script>alert(1)</script>' });
    expect(svg).not.toContain('<script>');
    expect(XMLValidator.validate(svg)).toBe(true);
  });
});

describe('treatyPictureSvg(model) and partyPictureSvg(models, party)', () => {
  const context = { asOf: AS_OF, version: VERSION, site: SITE };

  it("a treaty's picture draws every lane of its page, folded ones too, and names the page's address", () => {
    const svg = treatyPictureSvg(contentModel('cfe'), context);
    const lanes = lifecycleInput(contentModel('cfe'), AS_OF).lanes;
    expect([...svg.matchAll(/<g class="lane" data-lane=/g)]).toHaveLength(lanes.length);
    expect(svg).toContain('<title id="picture-title">CFE Treaty: lifecycle</title>');
    expect(texts(svg).join(' ')).toContain(
      `${new URL(picturePath({ treaty: 'cfe' }, 'png'), SITE).origin}/treaties/cfe/`,
    );
  });

  it("a state's picture draws one lane for each instrument it acted in", () => {
    const svg = partyPictureSvg(models, 'RU', context);
    const acted = models.filter((m) => m.lifecycle.lanes.some((l) => l.party === 'RU')).length;
    expect([...svg.matchAll(/<g class="lane" data-lane=/g)]).toHaveLength(acted);
    expect(texts(svg).join(' ')).toContain('https://example.org/parties/ru/ · CC BY 4.0');
  });
});
