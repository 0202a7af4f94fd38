/**
 * What changed between two versions of the data, event by event: events are matched by their permanent
 * id (or an alias the newer one keeps), so a corrected date is one change, old value → new value, and
 * not a removal and an addition. The reason comes from the content: the `corrections` notes added since
 * the older version, or the note of a `removedEvents` entry.
 */
import { z } from 'zod';
import type { InstrumentData } from '../content/schema/instrument-schema.ts';
import { canonicalJson, parseVersion } from './data-version.ts';

/** A published event as a release holds it: its id and whatever fields that release's format had. */
const snapshotEventSchema = z.looseObject({
  id: z.string(),
  aliases: z.array(z.string()).optional(),
  corrections: z.array(z.looseObject({ date: z.string(), note: z.string() })).optional(),
});

/**
 * A release's treaties.json, read loosely: only what the comparison needs is checked, so that releases in
 * an older data format can still be compared with the current one.
 */
export const snapshotSchema = z.looseObject({
  /** The data version. */
  version: z.string().refine((v) => parseVersion(v) !== undefined, { error: 'not a data version' }),
  /** The as-of day of the build that published it. */
  generatedAt: z.string(),
  /** Every instrument, with its events. */
  instruments: z.array(
    z.looseObject({
      id: z.string(),
      shortName: z.string(),
      events: z.array(snapshotEventSchema),
      removedEvents: z.array(z.looseObject({ id: z.string(), note: z.string() })).optional(),
    }),
  ),
});

/** One version of the data, as compared. */
export type Snapshot = z.output<typeof snapshotSchema>;

/** A published event, as compared. */
export type SnapshotEvent = z.output<typeof snapshotEventSchema>;

/** A committed release's treaties.json as a snapshot; a file that is not one stops the build, naming it. */
export function readSnapshot(text: string, where: string): Snapshot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where} is not JSON (${(error as Error).message}) — restore it from git; a release is never edited`, {
      cause: error,
    });
  }
  const result = snapshotSchema.safeParse(json);
  if (!result.success)
    throw new Error(
      `${where} is not a release of the data (${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}) — restore it from git`,
    );
  return result.data;
}

/** The data being built, as a snapshot to compare with the releases. */
export function snapshotOf(
  instruments: readonly { id: string; data: Pick<InstrumentData, 'shortName' | 'events' | 'removedEvents'> }[],
  version: string,
  asOf: string,
): Snapshot {
  return {
    version,
    generatedAt: asOf,
    instruments: instruments.map(({ id, data }) => ({
      id,
      shortName: data.shortName,
      events: data.events,
      ...(data.removedEvents ? { removedEvents: data.removedEvents } : {}),
    })),
  };
}

/** Fields that are bookkeeping, not facts: a change to them alone is no change to the event. */
const BOOKKEEPING = new Set(['id', 'aliases', 'corrections']);

/** One field of an event that changed. */
export interface FieldChange {
  /** The field's name in the content (`date`, `type`, `sources`…), or `instrument` when the event moved to another. */
  field: string;
  /** Its value in the older version (undefined when it had none). */
  from: unknown;
  /** Its value in the newer version (undefined when it has none). */
  to: unknown;
}

/** What happened to one event between two versions. */
export interface EventChange {
  /** Added, changed (corrected) or removed. */
  kind: 'added' | 'changed' | 'removed';
  /** The id of the instrument it belongs to (for a removed event, the one it belonged to). */
  instrument: string;
  /** That instrument's short name. */
  instrumentName: string;
  /** The event as it stands: the newer version's, or for a removed event the older one's. */
  event: SnapshotEvent;
  /** The fields that changed, in the order the event lists them (empty unless changed). */
  fields: FieldChange[];
  /** Why: the corrections added since the older version, or the removal's note. */
  notes: { date?: string; note: string }[];
}

/** Everything that changed from one version to the next. */
export interface DataChanges {
  /** The older version. */
  from: string;
  /** The newer version. */
  to: string;
  /** Every event change: corrections first, then additions, then removals, each in the newer data's order. */
  changes: EventChange[];
}

interface Placed {
  instrument: string;
  instrumentName: string;
  event: SnapshotEvent;
}

function placed(snapshot: Snapshot): Placed[] {
  return snapshot.instruments.flatMap((i) =>
    i.events.map((event) => ({ instrument: i.id, instrumentName: i.shortName, event })),
  );
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** The fields of `to` that differ from `from`, in the order the events list them. */
export function fieldChanges(from: Placed, to: Placed): FieldChange[] {
  const keys = [...new Set([...Object.keys(to.event), ...Object.keys(from.event)])].filter((k) => !BOOKKEEPING.has(k));
  const fields = keys
    .filter((key) => !same(from.event[key], to.event[key]))
    .map((field) => ({ field, from: from.event[field], to: to.event[field] }));
  if (from.event.id !== to.event.id) fields.unshift({ field: 'id', from: from.event.id, to: to.event.id });
  if (from.instrument !== to.instrument)
    fields.unshift({ field: 'instrument', from: from.instrumentName, to: to.instrumentName });
  return fields;
}

/** What changed from `older` to `newer`, event by event. */
export function dataDiff(older: Snapshot, newer: Snapshot): DataChanges {
  const before = placed(older);
  const byId = new Map(before.map((p) => [p.event.id, p]));
  const matched = new Set<string>();
  const changed: EventChange[] = [];
  const added: EventChange[] = [];
  for (const now of placed(newer)) {
    const was = [now.event.id, ...(now.event.aliases ?? [])]
      .map((id) => byId.get(id))
      .find((p) => p !== undefined && !matched.has(p.event.id));
    if (!was) {
      added.push({ kind: 'added', ...now, fields: [], notes: [] });
      continue;
    }
    matched.add(was.event.id);
    const fields = fieldChanges(was, now);
    if (fields.length === 0) continue;
    const notes = (now.event.corrections ?? [])
      .filter((c) => !(was.event.corrections ?? []).some((old) => same(old, c)))
      .map(({ date, note }) => ({ date, note }));
    changed.push({ kind: 'changed', ...now, fields, notes });
  }
  const removalNotes = new Map(
    newer.instruments.flatMap((i) => (i.removedEvents ?? []).map((r) => [r.id, r.note] as const)),
  );
  const removed: EventChange[] = before
    .filter((p) => !matched.has(p.event.id))
    .map((p) => {
      const note = removalNotes.get(p.event.id);
      return { kind: 'removed', ...p, fields: [], notes: note ? [{ note }] : [] };
    });
  return { from: older.version, to: newer.version, changes: [...changed, ...added, ...removed] };
}

/** Snapshots in the order they were published: by the version's day, then the day each was built. */
export function inReleaseOrder(snapshots: readonly Snapshot[]): Snapshot[] {
  const key = (s: Snapshot) => `${parseVersion(s.version)!.date} ${s.generatedAt} ${s.version}`;
  return [...snapshots].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * The changes between each version and the next, newest first. `snapshots` are every committed release
 * and the current data; a version that appears twice (the current data already released) counts once.
 */
export function releaseHistory(snapshots: readonly Snapshot[]): DataChanges[] {
  const seen = new Set<string>();
  const ordered = inReleaseOrder(snapshots).filter((s) => !seen.has(s.version) && seen.add(s.version));
  return ordered
    .slice(1)
    .map((newer, n) => dataDiff(ordered[n]!, newer))
    .reverse();
}
