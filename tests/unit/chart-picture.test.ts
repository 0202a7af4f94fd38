import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { lifecycleInput, overviewInput } from '../../src/lib/chart/chart-lanes.ts';
import { chartView } from '../../src/lib/chart/chart-view.ts';
import { layoutChart } from '../../src/lib/chart/lifecycle-chart.ts';
import { EVENT_TYPES } from '../../src/lib/model/event-types.ts';
import { chartPictureSvg, PICTURE_PNG_WIDTH, PICTURE_WIDTH } from '../../src/lib/pictures/chart-picture.ts';
import { partyPictureSvg, pictureWords, treatyPictureSvg } from '../../src/lib/pictures/page-pictures.ts';
import { picturePath } from '../../src/lib/site/routes.ts';
import { renderPng } from '../../src/node/social-png.ts';
import { AS_OF, contentInstruments, contentModel } from './content-model.ts';

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
