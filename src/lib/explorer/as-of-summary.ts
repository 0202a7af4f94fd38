import { formatDate } from '../dates.ts';
import { intervalAt, statusInIntervals, type StatusInterval } from '../lifecycle.ts';
import { ALL_PARTIES, partyName, type PartyId } from '../parties.ts';
import { STATUS_GROUPS, STATUSES, statusGroup, type Status, type StatusGroup } from '../statuses.ts';
import { listOf, t, tn } from '../i18n/strings.ts';
import { treatyPath } from '../routes.ts';

/** What the as-of summary needs of an instrument: its lanes' intervals, as the explorer JSON carries them. */
export interface InstrumentLanes {
  /** Instrument id. */
  id: string;
  /** Short name. */
  shortName: string;
  /** Treaty or political document. */
  kind: 'treaty' | 'political';
  /** The instrument lane first, then one per acting party. */
  lanes: { party: PartyId; intervals: (Pick<StatusInterval, 'status' | 'from'> & { contestedBy?: string })[] }[];
}

/** One instrument's line in the summary. */
export interface AsOfEntry {
  /** Instrument id. */
  id: string;
  /** Short name. */
  shortName: string;
  /** Its status that day. */
  status: Status;
  /** The parties in another status that day (not those not signed or dissolved), each since when, in lane order. */
  others: { party: PartyId; status: Status; since: string; contestedBy?: string }[];
}

/**
 * Which instruments were in force, suspended by whom, ended, or not (yet) in force on a day, by the
 * status groups of src/lib/statuses.ts; an instrument in force that a party suspended counts as suspended.
 */
export interface AsOfSummary {
  /** The day, YYYY-MM-DD. */
  day: string;
  /** The instruments of each group, in the table's order. */
  groups: Record<StatusGroup, AsOfEntry[]>;
}

/** Summarises every instrument's status on `day` from the lanes' intervals. */
export function asOfSummary(instruments: readonly InstrumentLanes[], day: string): AsOfSummary {
  const groups = Object.fromEntries(Object.keys(STATUS_GROUPS).map((g) => [g, []])) as unknown as AsOfSummary['groups'];
  for (const instrument of instruments) {
    const [whole, ...parties] = instrument.lanes;
    const status = statusInIntervals(whole!.intervals, day);
    const others = parties
      .filter((lane) => lane.party !== ALL_PARTIES)
      .map((lane) => {
        const interval = intervalAt(lane.intervals, day);
        return {
          party: lane.party,
          status: statusInIntervals(lane.intervals, day),
          since: interval?.from ?? day,
          // A step another party contests is stated as claimed, with who contests it.
          ...(interval?.contestedBy ? { contestedBy: interval.contestedBy } : {}),
        };
      })
      .filter((p) => p.status !== status && p.status !== 'not-signed' && p.status !== 'dissolved');
    const entry: AsOfEntry = { id: instrument.id, shortName: instrument.shortName, status, others };
    const group = statusGroup(status);
    const suspended = others.some((p) => statusGroup(p.status) === 'suspended');
    groups[group === 'in-force' && suspended ? 'suspended' : group].push(entry);
  }
  return { day, groups };
}

/** More parties than this in one status are counted, not named, in the sentence beside the control. */
const NAMED_AT_MOST = 3;

/**
 * An entry's detail in words: who had suspended it and since when, then each other status and who
 * was in it ("suspended by Russia since 12 December 2007; United States: withdrawn"). With
 * `namedAtMost`, a status shared by more parties counts them ("suspended by 8 parties").
 */
function detailOf(entry: AsOfEntry, namedAtMost = Infinity): string {
  const suspended = entry.others.filter((p) => p.status === 'suspended');
  const byStatus = new Map<Status, AsOfEntry['others']>();
  for (const p of entry.others.filter((o) => o.status !== 'suspended'))
    byStatus.set(p.status, [...(byStatus.get(p.status) ?? []), p]);
  const claimed = (text: string, contestedBy?: string) =>
    contestedBy ? t('asOf.contested', { text, parties: contestedBy }) : text;
  const named = (p: AsOfEntry['others'][number]) =>
    claimed(t('asOf.partyStatus', { party: partyName(p.party), status: STATUSES[p.status].inSentence }), p.contestedBy);
  return [
    ...(suspended.length === 0
      ? []
      : suspended.length > namedAtMost
        ? [tn('asOf.suspendedByCount', suspended.length)]
        : [
            t('asOf.suspendedBy', {
              parties: listOf(
                suspended.map((p) =>
                  claimed(t('asOf.partySince', { party: partyName(p.party), day: formatDate(p.since) }), p.contestedBy),
                ),
              ),
            }),
          ]),
    ...[...byStatus].flatMap(([status, parties]) =>
      parties.length > namedAtMost
        ? [tn('asOf.partiesStatus', parties.length, { status: STATUSES[status].inSentence })]
        : parties.map(named),
    ),
  ].join(t('asOf.detailSeparator'));
}

/**
 * The summary as titled groups of lines, ready to show (the page and the browser render the same).
 * `brief` counts the parties that share a status when there are many, for the sentence beside the control.
 */
export function asOfGroups(
  summary: AsOfSummary,
  brief = false,
): { title: string; entries: { id: string; shortName: string; href: string; detail: string }[] }[] {
  return (Object.keys(STATUS_GROUPS) as StatusGroup[])
    .map((group) => [STATUS_GROUPS[group].label, summary.groups[group]] as const)
    .filter(([, entries]) => entries.length > 0)
    .map(([title, entries]) => ({
      title,
      entries: entries.map((e) => ({
        id: e.id,
        shortName: e.shortName,
        href: treatyPath(e.id),
        detail: detailOf(e, brief ? NAMED_AT_MOST : Infinity),
      })),
    }));
}

/** The answer to "what stood where on that day?" in one sentence per group, for the line beside the as-of control. */
export function asOfSentence(summary: AsOfSummary): string {
  const groups = asOfGroups(summary, true).map((group) =>
    t('asOf.group', {
      title: group.title,
      entries: listOf(
        group.entries.map((e) =>
          e.detail ? t('asOf.entryWithDetail', { name: e.shortName, detail: e.detail }) : e.shortName,
        ),
      ),
    }),
  );
  return t('asOf.sentence', { day: formatDate(summary.day), groups: groups.join(' ') });
}
