import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/model/dates.ts';
import { chartWidths } from '../../src/lib/chart/chart-variants.ts';
import { asOfSentence, asOfSummary } from '../../src/lib/explorer/as-of-summary.ts';
import { eventTable } from '../../src/lib/explorer/event-table.ts';
import { explorerData, splitForBrowser } from '../../src/lib/explorer/explorer-data.ts';
import { explorerChartInput, explorerPage } from '../../src/lib/explorer/explorer-page.ts';
import { lanePages } from '../../src/lib/explorer/lane-pages.ts';
import { partyName } from '../../src/lib/model/parties.ts';
import { BILATERAL, event, model } from './hand-made.ts';

const AS_OF = '2026-01-01';
const ex = model('ex', BILATERAL, AS_OF);
const fr = model('fr', [event('2024-03', 'signed', ['FR']), event('2025', 'ratified', ['FR'])], AS_OF, {
  shortName: 'FR pact',
});
const pages = lanePages(
  [
    { id: 'ex', concluded: '1990' },
    { id: 'fr', concluded: '2024' },
  ],
  1,
);

describe('explorerPage(page, models, asOf, earliest, total)', () => {
  const page = explorerPage(pages[0]!, [ex, fr], AS_OF, '1972-05-26', 2);

  it("explorerPage hands the browser the instruments' data from the earliest day of all the content, and where the events' words are", () => {
    const whole = explorerData([ex, fr], AS_OF, '1972-05-26');
    expect(page.data).toEqual(splitForBrowser(whole).data);
    expect(page.rows).toEqual(eventTable(whole));
    expect(page.textsPath).toBe('/data/explorer/1.json');
    expect(page.range).toEqual({ first: 1, last: 1, total: 2 });
  });

  it('explorerPage offers as filters the event types that occur, in vocabulary order, and the states, by name', () => {
    expect(page.types.map((t) => t.id)).toEqual([
      'signed',
      'ratified',
      'entered-into-force',
      'succeeded',
      'suspended',
      'withdrawn',
    ]);
    expect(page.types[0]!.label).toBe('Signed');
    // The content names all-parties too: a group, not offered (the list's own first choice is every party).
    const ids = ['FR', 'RU', 'SU', 'US'] as const;
    expect(page.parties).toEqual(
      [...ids].map((id) => ({ id, name: partyName(id) })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    );
  });

  it('explorerPage answers what stood where on the as-of day', () => {
    expect(page.summary).toEqual(asOfSummary(page.data.instruments, AS_OF));
    expect(page.answer).toBe(asOfSentence(page.summary));
    // One short line stands for it above the timeline; the answer opens under it.
    expect(page.fold).toBe(`Each instrument on ${formatDate(AS_OF)}`);
  });

  it('explorerPage lists what changed over the five years before the as-of year', () => {
    expect([page.compare.from, page.compare.to, page.compare.min]).toEqual(['2021-01-01', AS_OF, '1990-11-18']);
  });

  it('explorerPage draws its static chart from explorerChartInput, the lanes its zoom fetches from chartPath', () => {
    expect(page.chartInput).toEqual(explorerChartInput([ex, fr], AS_OF));
    expect(page.chartPath).toBe('/data/explorer/chart/1.json');
    expect(page.chartHtml).toContain(`aria-label="${page.chartInput.summary}"`);
  });

  it("explorerPage draws the static chart at every width a page's column reaches, and its legend", () => {
    expect(page.chartHtml.match(/<svg /g)).toHaveLength(chartWidths('page').length);
    expect(page.chartHtml).toContain('id="overview-280-clip"');
    expect(page.legendHtml.startsWith('<ul class="legend"')).toBe(true);
    // Party lanes open under each instrument: the legend names Russia's suspension too.
    expect(page.legendHtml).toContain('status-suspended');
  });

  it('explorerPage titles a later page by the instruments it draws', () => {
    const second = explorerPage(pages[1]!, [fr], AS_OF, '1972-05-26', 2);
    expect(second.title).not.toBe(page.title);
    expect(second.title).toContain('2');
    expect(second.range).toEqual({ first: 2, last: 2, total: 2 });
  });
});
