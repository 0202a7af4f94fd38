/**
 * A headline for a view pinned to a day: the server derives every headline an instrument has had
 * (`headlineChanges` in status-headline.ts); the browser, given `?asof=`, picks the one that held then.
 * Nothing here imports the model, so browser code carries only this.
 */
import type { Status } from './statuses.ts';

/** The headline from one day on. */
export interface HeadlineChange {
  /** The first day (YYYY-MM-DD) on which it holds. */
  from: string;
  /** How the instrument's own lane is drawn: the badge's colour. */
  drawn: Status;
  /** The sentence. */
  sentence: string;
}

/** The headline that holds on `day` (YYYY-MM-DD): the last of `changes` that began by then. */
export function headlineOn<C extends Pick<HeadlineChange, 'from'>>(changes: readonly C[], day: string): C {
  return changes.findLast((change) => change.from <= day) ?? changes[0]!;
}
