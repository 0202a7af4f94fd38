/**
 * The changes between versions in words, for the changes page and its feed: each event by its line
 * ("8 December 1987: Signed — United States, Soviet Union"), each changed field as old value → new
 * value, and the reason.
 */
import { eventDate, formatDate, parsePartialDate } from '../model/dates.ts';
import { EVENT_TYPES, type EventType } from '../model/event-types.ts';
import { pt, type PageStringId } from '../i18n/page-strings.ts';
import { t } from '../i18n/strings.ts';
import { PARTIES, partyName, type PartyId } from '../model/parties.ts';
import { treatyEventPath } from '../site/routes.ts';
import type { DataChanges, EventChange, SnapshotEvent } from './data-diff.ts';
import { parseVersion } from './data-version.ts';

/** One changed field in words. */
export interface FieldView {
  /** The field's name in words ("Date"). */
  label: string;
  /** The old value in words. */
  from: string;
  /** The new value in words. */
  to: string;
}

/** One event change in words. */
export interface ChangeView {
  /** Added, changed (corrected) or removed. */
  kind: EventChange['kind'];
  /** The event's id, the anchor it is found at. */
  id: string;
  /** The instrument's short name. */
  instrument: string;
  /** The event in one line, as it stands (as it stood, for a removed event). */
  line: string;
  /** Where to read it: the event on its instrument's page (a removed id still leads to its note there). */
  href: string;
  /** Each changed field, old → new. */
  fields: FieldView[];
  /** Why, in words: the correction notes, or the removal's note. */
  reasons: string[];
}

/** The changes from one version to the next, in words. */
export interface VersionChangesView {
  /** The anchor of this comparison on the changes page. */
  anchor: string;
  /** The older version. */
  from: string;
  /** The newer version. */
  to: string;
  /** The newer version's day (YYYY-MM-DD). */
  date: string;
  /** The heading: "Version … compared with …". */
  heading: string;
  /** Corrected, added and removed events, each group in the data's order; groups with none left out. */
  groups: { kind: EventChange['kind']; title: string; changes: ChangeView[] }[];
}

/** The anchor of a version's changes on the changes page. */
export function versionAnchor(version: string): string {
  return `version-${version}`;
}

const isParty = (value: unknown): value is PartyId => typeof value === 'string' && Object.hasOwn(PARTIES, value);
const partyWords = (value: unknown) => (isParty(value) ? partyName(value) : String(value));

/** A value as it is written: a string as itself, anything else as its JSON. */
const asWritten = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** One field's value in words; a field this code does not know is shown as its JSON. */
export function fieldValue(field: string, value: unknown): string {
  if (value === undefined || value === null) return pt('changes.empty');
  switch (field) {
    case 'date':
      return typeof value === 'string' && parsePartialDate(value) ? formatDate(value) : asWritten(value);
    case 'type':
      return typeof value === 'string' && Object.hasOwn(EVENT_TYPES, value)
        ? EVENT_TYPES[value as EventType].label
        : asWritten(value);
    case 'parties':
    case 'contestedBy':
      return Array.isArray(value) ? value.map(partyWords).join(t('list.separator')) : asWritten(value);
    case 'predecessor':
      return partyWords(value);
    case 'approximate':
    case 'notAfter':
      return pt(value === true ? 'changes.yes' : 'changes.no');
    case 'sources':
      return Array.isArray(value)
        ? value
            .map((s: { publisher?: unknown; title?: unknown; url?: unknown }) =>
              pt('changes.source', { publisher: String(s.publisher), title: String(s.title), url: String(s.url) }),
            )
            .join(' ')
        : JSON.stringify(value);
    default:
      return asWritten(value);
  }
}

/** The label of a field; a field this code does not know is shown by its name. */
export function fieldLabel(field: string): string {
  const id = `changes.field.${field}` as PageStringId;
  return FIELD_LABELS.has(field) ? pt(id) : field;
}

const FIELD_LABELS = new Set([
  'instrument',
  'id',
  'date',
  'approximate',
  'notAfter',
  'type',
  'document',
  'parties',
  'predecessor',
  'contestedBy',
  'description',
  'sources',
]);

/** An event in one line, as the feed and the event lists say it. */
export function eventLine(event: SnapshotEvent): string {
  // A date of the content is worded as every view words it (eventDate: "c. 1991", "by 7 July 2004").
  const date =
    typeof event.date !== 'string'
      ? ''
      : parsePartialDate(event.date)
        ? eventDate({ date: event.date, approximate: event.approximate === true, notAfter: event.notAfter === true })
        : fieldValue('date', event.date);
  const line = t('event.line', {
    date,
    type: fieldValue('type', event.type),
    parties: fieldValue('parties', event.parties),
  });
  return typeof event.document === 'string' ? `${line} (${event.document})` : line;
}

/** One event change in words. */
export function changeView(change: EventChange): ChangeView {
  return {
    kind: change.kind,
    id: change.event.id,
    instrument: change.instrumentName,
    line: eventLine(change.event),
    href: treatyEventPath(change.instrument, change.event.id),
    fields: change.fields.map(({ field, from, to }) => ({
      label: fieldLabel(field),
      from: fieldValue(field, from),
      to: fieldValue(field, to),
    })),
    reasons: change.notes.map(({ date, note }) =>
      date && parsePartialDate(date) ? pt('changes.reasonDated', { date: formatDate(date), note }) : note,
    ),
  };
}

const GROUPS = [
  ['changed', 'changes.changed'],
  ['added', 'changes.added'],
  ['removed', 'changes.removed'],
] as const;

/** The changes from one version to the next, in words. */
export function versionChangesView(changes: DataChanges): VersionChangesView {
  return {
    anchor: versionAnchor(changes.to),
    from: changes.from,
    to: changes.to,
    date: parseVersion(changes.to)?.date ?? '',
    heading: pt('changes.heading', { to: changes.to, from: changes.from }),
    groups: GROUPS.map(([kind, title]) => ({
      kind,
      title: pt(title),
      changes: changes.changes.filter((c) => c.kind === kind).map(changeView),
    })).filter((g) => g.changes.length > 0),
  };
}
