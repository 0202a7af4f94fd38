import { statusInIntervals, type StatusInterval } from '../lifecycle.ts';
import { ALL_PARTIES, partyName, type PartyId } from '../parties.ts';
import { STATUSES, type Status } from '../statuses.ts';

/** What the as-of summary needs of an instrument: its lanes' intervals, as the explorer JSON carries them. */
export interface InstrumentLanes {
  /** Instrument id. */
  id: string;
  /** Short name. */
  shortName: string;
  /** Treaty or political document. */
  kind: 'treaty' | 'political';
  /** The instrument lane first, then one per acting party. */
  lanes: { party: PartyId; intervals: Pick<StatusInterval, 'status' | 'from'>[] }[];
}

/** One instrument's line in the summary. */
export interface AsOfEntry {
  /** Instrument id. */
  id: string;
  /** Short name. */
  shortName: string;
  /** Its status that day. */
  status: Status;
  /** Parties in another status that day, in words ("Russia: suspended"). */
  notes: string[];
  /** Parties that had suspended it that day. */
  suspendedBy: string[];
}

/** Which instruments were in force, suspended by whom, ended, or not (yet) in force on a day. */
export interface AsOfSummary {
  /** The day, YYYY-MM-DD. */
  day: string;
  /** In force (or in effect, or provisionally applied) with no party suspending it. */
  inForce: AsOfEntry[];
  /** In force, but suspended by at least one party. */
  suspended: AsOfEntry[];
  /** Expired or terminated. */
  ended: AsOfEntry[];
  /** Signed or adopted but not in force. */
  notInForce: AsOfEntry[];
  /** Not yet concluded that day. */
  notYet: AsOfEntry[];
}

/** Summarises every instrument's status on `day` from the lanes' intervals. */
export function asOfSummary(instruments: readonly InstrumentLanes[], day: string): AsOfSummary {
  const summary: AsOfSummary = { day, inForce: [], suspended: [], ended: [], notInForce: [], notYet: [] };
  for (const instrument of instruments) {
    const [whole, ...parties] = instrument.lanes;
    const status = statusInIntervals(whole!.intervals, day);
    const others = parties
      .filter((lane) => lane.party !== ALL_PARTIES)
      .map((lane) => ({ party: lane.party, status: statusInIntervals(lane.intervals, day) }))
      .filter((p) => p.status !== status && p.status !== 'not-signed' && p.status !== 'dissolved');
    const entry: AsOfEntry = {
      id: instrument.id,
      shortName: instrument.shortName,
      status,
      notes: others.map((p) => `${partyName(p.party)}: ${STATUSES[p.status].label.toLowerCase()}`),
      suspendedBy: others.filter((p) => p.status === 'suspended').map((p) => partyName(p.party)),
    };
    if (status === 'in-force' || status === 'provisionally-applied') (entry.suspendedBy.length ? summary.suspended : summary.inForce).push(entry);
    else if (status === 'suspended') summary.suspended.push(entry);
    else if (status === 'expired' || status === 'terminated') summary.ended.push(entry);
    else if (status === 'not-signed' || status === 'negotiating') summary.notYet.push(entry);
    else summary.notInForce.push(entry);
  }
  return summary;
}

/** The summary as titled groups of lines, ready to show (the page and the browser render the same). */
export function asOfGroups(summary: AsOfSummary): { title: string; entries: { id: string; shortName: string; href: string; detail: string }[] }[] {
  const groups: [string, AsOfEntry[]][] = [
    ['In force', summary.inForce],
    ['Suspended by a party', summary.suspended],
    ['Signed or adopted, not in force', summary.notInForce],
    ['Ended', summary.ended],
    ['Not yet concluded', summary.notYet],
  ];
  return groups
    .filter(([, entries]) => entries.length > 0)
    .map(([title, entries]) => ({
      title,
      entries: entries.map((e) => {
        const others = e.notes.filter((n) => !n.endsWith(': suspended'));
        const detail = [e.suspendedBy.length ? `suspended by ${e.suspendedBy.join(', ')}` : '', others.length ? others.join('; ') : ''].filter(Boolean).join('; ');
        return { id: e.id, shortName: e.shortName, href: `/treaties/${e.id}/`, detail };
      }),
    }));
}
