/**
 * vis-timeline's groups and items for the explorer's lanes, bands and markers (worked out in
 * src/lib/explorer/timeline-items.ts): each lane name and marker a button that chooses what it names.
 */
import { timelineBands, timelineGroups, timelineMarkers } from '../lib/explorer/timeline-items.ts';
import type { ExplorerData } from '../lib/explorer/explorer-data.ts';
import type { ExplorerAction } from '../lib/explorer/explorer-state.ts';
import type { ViewState } from '../lib/site/view-parameters.ts';
import type { LaneLook, TimelineLook } from '../lib/explorer/timeline-look.ts';

/** What vis-timeline needs of an item. */
export interface TimelineItem {
  id: string;
  group: string;
  type: 'point' | 'background';
  start: Date;
  end?: Date;
  content: HTMLElement | string;
  className: string;
}

function button(label: string, title: string, onActivate: () => void): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = 'lane-button';
  node.textContent = label;
  node.title = title;
  // The timeline is one Tab stop: its markers and lane names are reached with the keys.
  node.tabIndex = -1;
  node.addEventListener('click', (event) => {
    event.stopPropagation();
    onActivate();
  });
  return node;
}

/** The markers of every lane shown, events closer than `gap` (ms) merged: a button each, that chooses its events. */
export function markerItems(
  data: ExplorerData,
  view: ViewState,
  gap: number,
  window: readonly [number, number],
  dispatch: (action: ExplorerAction) => void,
): TimelineItem[] {
  return timelineMarkers(data, view, gap, window).map((marker) => {
    const single = marker.events.length === 1;
    const content = button(marker.text, marker.title, () =>
      // A merged marker zooms in on its events and lists them in the panel.
      dispatch(
        single
          ? { type: 'choose', instrument: marker.instrument, event: marker.events[0]! }
          : { type: 'choose', instrument: marker.instrument, events: marker.events },
      ),
    );
    content.setAttribute('aria-label', marker.ariaLabel);
    content.dataset.events = marker.events.join(' ');
    if (!single) content.classList.add('cluster');
    return {
      id: marker.id,
      group: marker.group,
      type: 'point',
      start: new Date(marker.time),
      content,
      className: marker.className,
    };
  });
}

/** The status bands behind the lanes shown. */
export const bandItems = (data: ExplorerData, view: ViewState): TimelineItem[] =>
  timelineBands(data, view).map((band) => ({
    id: band.id,
    group: band.group,
    type: 'background',
    start: new Date(band.start),
    end: new Date(band.end),
    className: `status-${band.status}${band.contested ? ' contested' : ''}`,
    content: '',
  }));

/**
 * A lane's name as the drawing sets it (src/lib/explorer/timeline-look.ts): its lines, right-aligned in
 * the label column, the lane's height; the full name in its title where the lines shorten it.
 */
function laneName(node: HTMLElement, lane: LaneLook, column: number, full: string): HTMLElement {
  node.classList.add('lane-name');
  node.textContent = lane.lines.join('\n');
  if (lane.lines.join(' ') !== full) node.title = full;
  node.style.width = `${column}px`;
  node.style.height = `${lane.height}px`;
  node.style.paddingBottom = `${lane.below}px`;
  return node;
}

/** vis-timeline's groups: an instrument's lane (a button that opens its panel) with its party lanes folded under it. */
export const groupItems = (
  data: ExplorerData,
  view: ViewState,
  open: ReadonlySet<string>,
  look: (groups: ReturnType<typeof timelineGroups>) => TimelineLook,
  dispatch: (action: ExplorerAction) => void,
) => {
  const groups = timelineGroups(data, view, open);
  const { lanes, left } = look(groups);
  return groups.map((group) =>
    group.kind === 'instrument'
      ? {
          id: group.id,
          order: group.order,
          content: laneName(
            button(group.label, group.title!, () => dispatch({ type: 'choose', instrument: group.instrument })),
            lanes.get(group.id)!,
            left,
            group.title!,
          ),
          nestedGroups: group.nestedGroups,
          showNested: group.showNested,
          className: 'instrument-lane',
        }
      : {
          id: group.id,
          order: group.order,
          content: laneName(document.createElement('span'), lanes.get(group.id)!, left, group.label),
          className: 'party-lane',
          treeLevel: 1,
        },
  );
};
