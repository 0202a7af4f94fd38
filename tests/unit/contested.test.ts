import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lifecycleInput } from '../../src/lib/chart/chart-lanes.ts';
import { legendMarkup } from '../../src/lib/chart/chart-legend.ts';
import { layoutChart } from '../../src/lib/chart/lifecycle-chart.ts';
import { eventLine, eventView } from '../../src/lib/model/event-list.ts';
import { instrumentModel } from '../../src/lib/model/instrument-summary.ts';
import { statusAt } from '../../src/lib/model/lifecycle.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { readContentFiles } from '../../src/node/content-files.ts';
import { CONTENT_CHECKED_ON } from './content-model.ts';

const AS_OF = '2026-11-22';
const path = 'content/treaties/new-start.md';
const files = readContentFiles(process.cwd(), 'content/treaties');
const { instruments, problems } = validateContent(files, CONTENT_CHECKED_ON);
const model = instrumentModel('new-start', instruments.find((i) => i.id === 'new-start')!.data, AS_OF);
const suspension = model.data.events.findIndex((e) => e.type === 'suspended' && e.parties.includes('RU'));

describe('contestedBy: a step recorded as claimed, and who contests it', () => {
  it('new-start.md validates, and Russia is suspended (as claimed) from 28 February 2023', () => {
    expect(problems).toEqual([]);
    expect(statusAt(model.lifecycle, 'RU', '2023-02-28')).toBe('suspended');
  });

  it("eventLine(Russia's suspension) names the United States as contesting it", () => {
    expect(eventLine(eventView(model.data, suspension))).toBe(
      '28 February 2023: Suspended — Russia, contested by United States',
    );
  });

  it("layoutChart draws Russia's suspension bar and marker as contested, and the legend says what the dashes mean", () => {
    const { lanes } = lifecycleInput(model, AS_OF);
    const chart = layoutChart(lanes, { width: 960, asOf: AS_OF });
    const russia = chart.lanes.find((l) => l.key === 'RU')!;
    expect(russia.bars.filter((b) => b.contested).map((b) => b.status)).toEqual(['suspended']);
    expect(russia.bars.find((b) => b.contested)!.title).toContain('contested by United States');
    expect(russia.markers.some((m) => m.contested && m.events.includes(suspension))).toBe(true);
    expect(legendMarkup(chart).html).toContain('contested by another party');
  });

  it('validateContent refuses an unknown party in contestedBy', () => {
    const broken = files.map((f) =>
      f.path.endsWith('new-start.md')
        ? { ...f, text: readFileSync(path, 'utf8').replace('contestedBy: [US]', 'contestedBy: [XX]') }
        : f,
    );
    const result = validateContent(broken, CONTENT_CHECKED_ON);
    expect(result.problems.map((p) => p.field)).toEqual([expect.stringMatching(/contestedBy/)]);
  });
});
