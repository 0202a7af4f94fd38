/**
 * Everything the explorer page shows, derived once from the instruments of its page of lanes: the data
 * its browser code reads, the static chart and legend, the event table, the filters' choices, the as-of
 * answer and its title. Explorer.astro only lays it out.
 */
import { lifecycleInput, overviewInput, type ChartInput } from '../chart/chart-lanes.ts';
import { legendMarkup } from '../chart/chart-legend.ts';
import { chartVariants } from '../chart/chart-variants.ts';
import { chartView } from '../chart/chart-view.ts';
import { layoutChart } from '../chart/lifecycle-chart.ts';
import { compareView, type CompareView } from '../compare/compare-view.ts';
import { EVENT_TYPES, EVENT_TYPE_IDS } from '../model/event-types.ts';
import { LOCALE, LOCALES } from '../i18n/locale.ts';
import { pt } from '../i18n/page-strings.ts';
import type { InstrumentModel } from '../model/instrument-summary.ts';
import { PARTIES, partyName, type PartyId } from '../model/parties.ts';
import { asOfFold, asOfSentence, viewSummary, type AsOfSummary } from './as-of-summary.ts';
import { eventTable, type EventRow } from './event-table.ts';
import { explorerData, splitForBrowser, type ExplorerData } from './explorer-data.ts';
import type { LanePage } from './lane-pages.ts';
import { explorerChartPath, explorerTextsPath, treatyEventPath } from '../site/routes.ts';

/** The model of one explorer page. */
export interface ExplorerPage {
  /** The page's title. */
  title: string;
  /** What the browser code reads (embedded as JSON): the events without their words and sources. */
  data: ExplorerData;
  /** Where the browser fetches the events' words and sources when the reader opens one. */
  textsPath: string;
  /** Where its static timeline's lanes are fetched from when the reader first zooms or pans. */
  chartPath: string;
  /** The static chart at every width variant, and its legend, as escaped markup. */
  chartHtml: string;
  /** What the static chart's own zoom draws from (src/client/chart-zoom.ts), until vis-timeline comes. */
  chartInput: ChartInput & { prefix: string; where: 'page' };
  legendHtml: string;
  /** Every event of the page's instruments, in order. */
  rows: EventRow[];
  /** The filters' choices: the event types and parties that occur, each with its label. */
  types: { id: string; label: string }[];
  parties: { id: PartyId; name: string }[];
  /** Status on the as-of day, as groups and as the sentence beside the control, folded under one line. */
  summary: AsOfSummary;
  answer: string;
  fold: string;
  /** The "what changed" section, over the last five years by default. */
  compare: CompareView;
  /** For the paged explorer: which instruments of how many this page draws. */
  range: { first: number; last: number; total: number };
}

/** The lanes of an explorer page's static timeline: what its SVG is drawn from and its zoom fetches. */
export function explorerChartInput(
  models: readonly InstrumentModel[],
  asOf: string,
): ChartInput & { prefix: string; where: 'page' } {
  // Without JavaScript a marker leads to its event on the instrument's page; with it, the panel opens it.
  return { ...overviewInput(models, asOf, treatyEventPath), prefix: 'overview', where: 'page' };
}

/** The title of the explorer's page `page` of `total` instruments in all. */
export function explorerTitle(page: LanePage, total: number): string {
  return page.number === 1
    ? pt('explorer.title')
    : pt('explorer.titlePaged', { first: page.first, last: page.last, total });
}

/**
 * The explorer page of `page`, whose instruments are `models`, as of `asOf`; `earliest` is the first
 * day of all the content (the as-of control's lower bound), `total` the number of instruments in all.
 */
export function explorerPage(
  page: LanePage,
  models: readonly InstrumentModel[],
  asOf: string,
  earliest: string,
  total: number,
): ExplorerPage {
  const whole = explorerData(models, asOf, earliest);
  const { data } = splitForBrowser(whole);
  const input = explorerChartInput(models, asOf);
  const view = chartView(input, {}, 'page');
  // The legend covers what the interactive timeline draws too: the party lanes that open under each instrument.
  const partyLanes = models.flatMap((model) => lifecycleInput(model, asOf).lanes.slice(1));
  const rows = eventTable(whole);
  const range = { first: page.first, last: page.last, total };
  const { summary } = viewSummary(data, {});
  return {
    title: explorerTitle(page, total),
    data,
    textsPath: explorerTextsPath(page.number),
    chartPath: explorerChartPath(page.number),
    chartInput: input,
    chartHtml: chartVariants(view.lanes, view.options, 'overview', { summary: input.summary }, 'page').html,
    legendHtml: legendMarkup(layoutChart([...view.lanes, ...partyLanes], { ...view.options, width: 320 })).html,
    rows,
    types: EVENT_TYPE_IDS.filter((type) => rows.some((r) => r.type === type)).map((id) => ({
      id,
      label: EVENT_TYPES[id].label,
    })),
    // States only: "All parties" is the list's first choice already, and a group is no one a reader can follow.
    parties: [...new Set(rows.flatMap((r) => r.partyIds))]
      .filter((id) => PARTIES[id].kind === 'state')
      .map((id) => ({ id, name: partyName(id) }))
      .sort((a, b) => a.name.localeCompare(b.name, LOCALES[LOCALE].intl)),
    summary,
    answer: asOfSentence(summary),
    fold: asOfFold(summary),
    compare: compareView(models, undefined, asOf, `${Number(asOf.slice(0, 4)) - 5}-01-01`),
    range,
  };
}
