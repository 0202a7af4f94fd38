/** The lanes each chart draws, built once from the lifecycle model with every word already written. */
import { formatDate } from '../model/dates.ts';
import { eventLine, eventView } from '../model/event-list.ts';
import type { InstrumentModel } from '../model/instrument-summary.ts';
import { ALL_PARTIES, PARTIES, partyName, partyShortName, type PartyId } from '../model/parties.ts';
import { namesParty } from '../party/party-events.ts';
import { statedSpans, type StatusInterval } from '../model/lifecycle.ts';
import { partyPath, treatyPath } from '../site/routes.ts';
import { drawnWholeIntervals } from '../model/instrument-state.ts';
import type { LaneEvent, LaneInterval, LaneSpec } from './lifecycle-chart.ts';
import { tn } from '../i18n/strings.ts';
import { pt, ptn } from '../i18n/page-strings.ts';

/** What a chart needs besides its width: its lanes, its as-of day and its accessible summary. */
export interface ChartInput {
  /** The lanes, before layout. */
  lanes: LaneSpec[];
  /** The data's as-of day. */
  asOf: string;
  /** One sentence on what the chart shows, for its accessible name. */
  summary: string;
  /** Each instrument's short name, by id: a line names those a view leaves out (chart-view.ts). */
  names?: Record<string, string>;
}

function laneEvent(model: InstrumentModel, index: number, href: string): LaneEvent {
  const view = eventView(model.data, index);
  return {
    index,
    date: view.date,
    type: view.type,
    parties: view.partyIds,
    line: eventLine(view),
    href,
    contested: view.contestedBy !== undefined,
  };
}

/**
 * A lane's intervals as the chart draws them, each with who contests the step that began it, whether its day
 * is only a latest one, and the dates its words say where they are not the days drawn (an expiry's own day).
 */
function laneIntervals(model: InstrumentModel, intervals: readonly StatusInterval[]): LaneInterval[] {
  const spans = statedSpans(intervals, model.data.events);
  return intervals.map(({ status, from, to, startEvent }, k) => {
    const step = model.data.events[startEvent];
    const stated = spans[k]!;
    return {
      status,
      from,
      to,
      ...(stated.from !== from ? { statedFrom: stated.from } : {}),
      ...(stated.to !== null && stated.to !== to ? { statedTo: stated.to } : {}),
      ...(step?.contestedBy ? { contestedBy: step.contestedBy.map(partyName).join(', ') } : {}),
      ...(step?.notAfter ? { knownBy: true as const } : {}),
    };
  });
}

/** An instrument's lifecycle: one lane for the whole and one per acting party. */
export function lifecycleInput(
  model: InstrumentModel,
  asOf: string,
  eventHref: (eventId: string) => string = (eventId) => `#${eventId}`,
): ChartInput {
  const { data, lifecycle } = model;
  const lanes: LaneSpec[] = lifecycle.lanes.map((lane) => {
    const isWhole = lane.party === ALL_PARTIES;
    // Each event is drawn on the lanes of the parties that acted; group events on the instrument's own lane.
    const shown = isWhole
      ? lifecycle.chronology.filter((i) => data.events[i]!.parties.includes(ALL_PARTIES))
      : lane.events.filter((i) => data.events[i]!.parties.includes(lane.party));
    return {
      key: lane.party,
      instrument: model.id,
      party: lane.party,
      // Short enough for the label column; the page around the chart names the instrument.
      label: isWhole ? pt(data.kind === 'treaty' ? 'chart.wholeTreaty' : 'chart.wholeDocument') : partyName(lane.party),
      shortLabel: isWhole ? pt('chart.wholeShort') : partyShortName(lane.party),
      // A state's name leads to its page, as party names do everywhere on the site.
      href: isWhole ? undefined : partyPath(lane.party),
      // A group of states (NATO allies acting together) is no party: its lane carries its joint acts, never a status.
      intervals: isWhole
        ? laneIntervals(model, drawnWholeIntervals(lifecycle))
        : PARTIES[lane.party].kind === 'state'
          ? laneIntervals(model, lane.intervals)
          : [],
      events: shown.map((index) => laneEvent(model, index, eventHref(data.events[index]!.id))),
      labelled: true,
    };
  });
  const n = lanes.length;
  return {
    lanes,
    asOf,
    names: { [model.id]: data.shortName },
    summary: ptn('chart.summary', n, {
      name: data.name,
      lanes: n,
      events: tn('chart.eventCount', data.events.length),
      day: formatDate(asOf),
    }),
  };
}

/** The overview of instruments: one lane each, with every event as an unlabelled marker. */
export function overviewInput(
  models: readonly InstrumentModel[],
  asOf: string,
  eventHref: (id: string, eventId: string) => string = (_id, eventId) => `#${eventId}`,
): ChartInput {
  const lanes: LaneSpec[] = models.map((model) => ({
    key: model.id,
    instrument: model.id,
    party: ALL_PARTIES,
    label: model.data.shortName,
    shortLabel: model.data.shortName,
    href: treatyPath(model.id),
    intervals: laneIntervals(model, drawnWholeIntervals(model.lifecycle)),
    events: model.lifecycle.chronology.map((index) =>
      laneEvent(model, index, eventHref(model.id, model.data.events[index]!.id)),
    ),
    labelled: false,
  }));
  const events = models.reduce((sum, m) => sum + m.data.events.length, 0);
  return {
    lanes,
    asOf,
    names: Object.fromEntries(models.map((m) => [m.id, m.data.shortName])),
    summary: pt('chart.overviewSummary', { instruments: models.length, events, day: formatDate(asOf) }),
  };
}

/** One state across instruments: one lane per instrument it acted in, with its own status over time and the events that name it. */
export function partyInput(
  models: readonly InstrumentModel[],
  party: PartyId,
  asOf: string,
  eventHref: (id: string, eventId: string) => string = (_id, eventId) => `#${eventId}`,
): ChartInput {
  const lanes: LaneSpec[] = models.flatMap((model) => {
    const lane = model.lifecycle.lanes.find((l) => l.party === party);
    if (!lane) return [];
    return [
      {
        key: model.id,
        instrument: model.id,
        party,
        label: model.data.shortName,
        shortLabel: model.data.shortName,
        href: treatyPath(model.id),
        intervals: laneIntervals(model, lane.intervals),
        events: lane.events
          .filter((index) => namesParty(model.data.events[index]!, party))
          .map((index) => laneEvent(model, index, eventHref(model.id, model.data.events[index]!.id))),
        labelled: true,
      },
    ];
  });
  const n = lanes.length;
  const events = lanes.reduce((sum, lane) => sum + lane.events.length, 0);
  return {
    lanes,
    asOf,
    names: Object.fromEntries(lanes.map((lane) => [lane.instrument, lane.label])),
    summary: ptn('chart.partySummary', n, {
      name: partyName(party),
      events: tn('chart.eventCount', events),
      day: formatDate(asOf),
    }),
  };
}
