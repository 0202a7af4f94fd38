import { inEditionLanguage } from './instrument-names.ts';
import { dateEnd, type PartialDateString } from './dates.ts';
import type { EventType } from './event-types.ts';
import { deriveLifecycle, neverInForce, statedFrom, statusAt, type Lifecycle } from './lifecycle.ts';
import { ALL_PARTIES } from './parties.ts';
import type { InstrumentData } from '../content/schema/instrument-schema.ts';
import { isEnded, STATUSES, type Status } from './statuses.ts';
import { t } from '../i18n/strings.ts';
import { pt } from '../i18n/page-strings.ts';

/** An instrument with everything the views derive from it. */
export interface InstrumentModel {
  /** The file name without .md. */
  id: string;
  /** The validated frontmatter. */
  data: InstrumentData;
  /** The derived lifecycle. */
  lifecycle: Lifecycle;
  /** The instrument's status on the as-of day. */
  status: Status;
  /** The status on the as-of day in words, e.g. "Never entered into force", "In effect". */
  statusLabel: string;
  /** True when it never entered into force (by the as-of day). */
  neverInForce: boolean;
  /** The first signature (adoption, for a political document), provisional application, entry into force, and the end, where they happened. */
  keyDates: {
    signed?: PartialDateString;
    provisionallyApplied?: PartialDateString;
    inForce?: PartialDateString;
    ended?: PartialDateString;
  };
}

function firstDate(
  data: InstrumentData,
  lifecycle: Lifecycle,
  types: readonly EventType[],
): PartialDateString | undefined {
  const dates = lifecycle.chronology
    .filter((i) => types.includes(data.events[i]!.type) && data.events[i]!.document === undefined)
    .map((i) => data.events[i]!.date);
  // The first day known to have seen the step: "1996" (any day that year) does not come before "1996-09-24".
  return dates.reduce<PartialDateString | undefined>(
    (first, date) => (first === undefined || dateEnd(date) < dateEnd(first) ? date : first),
    undefined,
  );
}

/** A status in words, as readers of a treaty or a political document expect it: as a label, or in the middle of a sentence. */
export function statusLabel(
  kind: InstrumentData['kind'],
  status: Status,
  never: boolean,
  form: 'label' | 'inSentence' = 'label',
): string {
  const suffix = form === 'label' ? '' : '.inSentence';
  if (status === 'not-in-force' && never) return t(`status.neverInForce${suffix}`);
  if (status === 'in-force' && kind === 'political') return t(`status.inEffect${suffix}`);
  return STATUSES[status][form];
}

/** Derives the model of one instrument as of a day (YYYY-MM-DD), named as the edition's language names it. */
export function instrumentModel(id: string, content: InstrumentData, asOf: string): InstrumentModel {
  const data = inEditionLanguage(content);
  const lifecycle = deriveLifecycle(data);
  const status = statusAt(lifecycle, ALL_PARTIES, asOf);
  const ended = lifecycle.lanes[0]!.intervals.find((i) => isEnded(i.status));
  const never = neverInForce(lifecycle);
  return {
    id,
    data,
    lifecycle,
    status,
    statusLabel: statusLabel(data.kind, status, never),
    neverInForce: never,
    keyDates: {
      signed: firstDate(data, lifecycle, [data.kind === 'treaty' ? 'signed' : 'adopted']),
      provisionallyApplied: firstDate(data, lifecycle, ['provisionally-applied']),
      inForce:
        firstDate(data, lifecycle, ['entered-into-force']) ??
        (data.kind === 'political' ? firstDate(data, lifecycle, ['adopted']) : undefined),
      ended: ended ? statedFrom(ended, data.events) : undefined,
    },
  };
}

/** The key dates as labelled rows, in the order every view shows them. */
export function keyDateRows({ data, keyDates }: InstrumentModel): { label: string; date: PartialDateString }[] {
  const treaty = data.kind === 'treaty';
  const rows: [string, PartialDateString | undefined][] = [
    [pt(treaty ? 'keyDate.signed' : 'keyDate.adopted'), keyDates.signed],
    [pt('keyDate.provisionallyApplied'), keyDates.provisionallyApplied],
    [pt(treaty ? 'keyDate.inForce' : 'keyDate.inEffect'), keyDates.inForce],
    [pt('keyDate.ended'), keyDates.ended],
  ];
  return rows.flatMap(([label, date]) => (date ? [{ label, date }] : []));
}
