/**
 * The explorer's answer to "what stood where on that day?": each instrument's headline on that day — the
 * sentence the treaty page opens with (src/lib/model/status-headline.ts) — grouped by how its own lane is drawn.
 * The server hands every headline an instrument has had (`headlineChanges`); on the server and in the
 * browser alike this picks the one that held (pinned-headline.ts), so no view words a status apart.
 */
import { formatDate } from '../model/dates.ts';
import { headlineOn, type HeadlineChange } from '../model/pinned-headline.ts';
import { STATUS_GROUPS, statusGroup, type Status, type StatusGroup } from '../model/statuses.ts';
import { listOf, t } from '../i18n/strings.ts';
import { treatyPath } from '../site/routes.ts';
import type { ViewState } from '../site/view-parameters.ts';
import type { ExplorerData } from './explorer-data.ts';
import { instrumentDrawn, instrumentsLeftOut, leftOutLine } from './explorer-filter.ts';
import { te } from '../i18n/explorer-strings.ts';

/** What the as-of summary needs of an instrument: every headline it has had, as the explorer JSON carries them. */
export interface InstrumentHeadlines {
  /** Instrument id. */
  id: string;
  /** Short name. */
  shortName: string;
  /** Its headlines, oldest first (headlineChanges). */
  headlines: readonly HeadlineChange[];
}

/** One instrument's line in the summary. */
export interface AsOfEntry {
  /** Instrument id. */
  id: string;
  /** Short name. */
  shortName: string;
  /** How its own lane is drawn that day: the group it is listed under. */
  drawn: Status;
  /** Its headline that day. */
  sentence: string;
}

/** Which instruments were in force, suspended, ended, or not (yet) in force on a day, by the status groups of src/lib/model/statuses.ts. */
export interface AsOfSummary {
  /** The day, YYYY-MM-DD. */
  day: string;
  /** The instruments of each group, in the table's order. */
  groups: Record<StatusGroup, AsOfEntry[]>;
}

/** Every instrument's headline on `day`, under the group of its lane as drawn. */
export function asOfSummary(instruments: readonly InstrumentHeadlines[], day: string): AsOfSummary {
  const groups = Object.fromEntries(Object.keys(STATUS_GROUPS).map((g) => [g, []])) as unknown as AsOfSummary['groups'];
  for (const { id, shortName, headlines } of instruments) {
    const { drawn, sentence } = headlineOn(headlines, day);
    groups[statusGroup(drawn)].push({ id, shortName, drawn, sentence });
  }
  return { day, groups };
}

/**
 * The summary of a view of the explorer: the instruments its timeline draws (instrumentDrawn, the rule
 * every renderer follows), on its as-of day, and the line that names those a chosen party leaves out.
 */
export function viewSummary(
  data: Pick<ExplorerData, 'asOf' | 'instruments'>,
  view: Pick<ViewState, 'instruments' | 'party' | 'asof'>,
): { summary: AsOfSummary; leftOut: string } {
  const day = view.asof ?? data.asOf;
  return {
    summary: asOfSummary(
      data.instruments.filter((i) => instrumentDrawn(view, i.id, i.events)),
      day,
    ),
    leftOut: leftOutLine(
      view,
      instrumentsLeftOut(view, data.instruments).map((i) => i.shortName),
      day,
    ),
  };
}

/** The summary as titled groups of lines, ready to show (the page and the browser render the same). */
export function asOfGroups(
  summary: AsOfSummary,
): { title: string; entries: { id: string; shortName: string; href: string; detail: string }[] }[] {
  return (Object.keys(STATUS_GROUPS) as StatusGroup[])
    .filter((group) => summary.groups[group].length > 0)
    .map((group) => ({
      title: STATUS_GROUPS[group].label,
      entries: summary.groups[group].map((e) => ({
        id: e.id,
        shortName: e.shortName,
        href: treatyPath(e.id),
        detail: e.sentence,
      })),
    }));
}

/** The one line that stands for the answer above the timeline, folded over it (the answer itself opens under it). */
export const asOfFold = (summary: Pick<AsOfSummary, 'day'>): string =>
  te('asOf.fold', { day: formatDate(summary.day) });

/**
 * The answer in one sentence per group, for the line beside the as-of control: an instrument whose headline
 * says only its status ("In force" under "In force or in effect") is named alone, so that the line stays short.
 */
export function asOfSentence(summary: AsOfSummary): string {
  const groups = asOfGroups(summary).map((group) =>
    te('asOf.group', {
      title: group.title,
      entries: listOf(
        group.entries.map((e) =>
          e.detail.includes(t('asOf.detailSeparator'))
            ? te('asOf.entryWithDetail', { name: e.shortName, detail: e.detail })
            : e.shortName,
        ),
      ),
    }),
  );
  return te('asOf.sentence', { day: formatDate(summary.day), groups: groups.join(' ') });
}
