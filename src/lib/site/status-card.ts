/**
 * An instrument's status card: its status sentence (status-headline.ts) and its last step, with every
 * step it has had, so that a card pinned to a day (`?asof=`) shows the step that was last then.
 */
import { dateStart } from '../model/dates.ts';
import { eventLine, eventView } from '../model/event-list.ts';
import type { InstrumentModel } from '../model/instrument-summary.ts';
import { treatyEventPath } from './routes.ts';

/** The address parameters a status card takes: a day, a theme, its title; the rest are a chart's. */
export const CARD_PARAMETERS = ['asof', 'theme', 'title'] as const;

/** A step, from the first day it is the last one. */
export interface StepChange {
  /** The first day (YYYY-MM-DD) on which it is the last step. */
  from: string;
  /** The step on one line: "7 November 2023: Withdrawn — Russia". */
  line: string;
  /** Its permanent address on the instrument's page. */
  href: string;
}

/** Every step of `model`, oldest first, as the last step from its day on (same-day steps: the last in lifecycle order). */
export function lastSteps(model: Pick<InstrumentModel, 'id' | 'data' | 'lifecycle'>): StepChange[] {
  return model.lifecycle.chronology.map((index) => {
    const event = model.data.events[index]!;
    return {
      from: dateStart(event.date),
      line: eventLine(eventView(model.data, index)),
      href: treatyEventPath(model.id, event.id),
    };
  });
}
