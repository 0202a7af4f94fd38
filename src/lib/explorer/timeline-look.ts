/**
 * vis-timeline laid out as the static drawing it takes over from (src/lib/chart/lifecycle-chart.ts), so
 * that nothing moves when it comes: the same label column, lane heights and label lines, the same room
 * above the lanes and for the axis below them, and the same time per pixel, so that its markers merge as
 * the drawing's do. Worked out for the width the drawing was laid out for and the scale it is shown at
 * (the HTML's drawing for a width is stretched to its frame; one drawn in the browser is not).
 */
import { CHART_LAYOUT as L } from '../chart/chart-constants.ts';
import type { TimeWindow } from '../chart/chart-window.ts';
import { labelColumn, laneHeight, laneLines } from '../chart/lifecycle-chart.ts';
import { axisStep, axisTicks, chartScale, type AxisStep } from '../chart/time-axis.ts';
import type { ExplorerData } from './explorer-data.ts';
import { explorerSpan, stateWindow, type ExplorerState } from './explorer-state.ts';
import type { GroupSpec } from './timeline-items.ts';

/**
 * A lane as drawn, CSS px: its label's lines, its height, and the room below the band its lines are
 * centred in (the bar and the padding around it, as the drawing centres them on the bar).
 */
export interface LaneLook {
  lines: string[];
  height: number;
  below: number;
}

/** What vis-timeline takes from the drawing, CSS px where not said otherwise. */
export interface TimelineLook {
  /** CSS px per px of the layout. */
  scale: number;
  /** The label column's width, the room above the first lane and right of the plot. */
  left: number;
  top: number;
  right: number;
  /** The plot's width, px of the layout: markers merge at CHART_CONSTANTS.markerPixels of it. */
  plot: number;
  /** The layout's whole width and where its plot begins, px of the layout: the axis is laid out in them. */
  width: number;
  plotLeft: number;
  /** Every lane by its group's id. */
  lanes: Map<string, LaneLook>;
}

/**
 * The look of `groups` drawn as the layout draws them `width` px wide, shown at `scale`. An instrument's
 * lanes end where the drawing's do, each lane's height rounded so that the rounding never adds up down
 * the chart; a party's lane (the drawing has none) is laid out as one more lane, its name within the column.
 */
export function timelineLook(groups: readonly GroupSpec[], width: number, scale: number): TimelineLook {
  const instruments = groups
    .filter((g) => g.kind === 'instrument')
    .map((g) => ({ label: g.label, shortLabel: g.label }));
  const { room, left, right } = labelColumn(instruments, width);
  const px = (n: number) => Math.round(n * scale);
  const middle = L.lanePadding + L.bar / 2;
  let y = L.top;
  const lanes = new Map(
    groups.map((group): [string, LaneLook] => {
      const lines = laneLines(
        group.label,
        group.shortLabel ?? group.label,
        group.kind === 'instrument' ? room : Math.min(room, left - 16),
      );
      const height = laneHeight(lines.length);
      const top = px(y);
      if (group.kind === 'instrument') y += height;
      const drawn = group.kind === 'instrument' ? px(y) - top : px(height);
      return [group.id, { lines, height: drawn, below: Math.max(0, drawn - 2 * middle * scale) }];
    }),
  );
  return {
    scale,
    left: px(left),
    top: px(L.top),
    right: px(width - right),
    plot: right - left,
    width,
    plotLeft: left,
    lanes,
  };
}

/**
 * The time before and after `span` in which a marker on its first or last day is drawn whole: the
 * marker's radius and 2 px, as the layout keeps inside its plot, on a plot `plot` px of the layout wide.
 * A span so padded is drawn at the layout's time per pixel, so markers merge as in the drawing.
 */
export function spanPad([start, end]: TimeWindow, plot: number): number {
  return ((end - start) * L.plotInset) / Math.max(plot - 2 * L.plotInset, 1);
}

/**
 * The step of the drawing's axis (src/lib/chart/time-axis.ts) for the time `visible` across the plot of
 * `look`, padded as spanPad pads a span: the same ticks the layout would draw for that window.
 */
export function timelineAxisStep(look: TimelineLook, [start, end]: TimeWindow): AxisStep | undefined {
  const inset = L.plotInset;
  const pad = ((end - start) * inset) / Math.max(look.plot, 1);
  const scale = chartScale([start + pad, end - pad], [look.plotLeft + inset, look.plotLeft + look.plot - inset]);
  return axisStep(axisTicks(scale, look.width, L.fontSize));
}

/**
 * The window vis-timeline shows for a state: the state's own, or the whole span of its lanes
 * (explorerSpan, as the drawing's) with the room spanPad gives it on either side.
 */
export function timelineWindow(data: ExplorerData, state: ExplorerState, look: TimelineLook): TimeWindow {
  const whole = explorerSpan(data, state.view);
  const pad = spanPad(whole, look.plot);
  return stateWindow(state, whole) ?? [whole[0] - pad, whole[1] + pad];
}
