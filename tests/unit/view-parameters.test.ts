import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAMETER_MARKERS, withSection } from '../../src/lib/generated-docs.ts';
import {
  appliesTo,
  PARAMETER_NAMES,
  parameterMarkdown,
  VIEW_PARAMETERS,
  type UrlContext,
} from '../../src/lib/view-parameters.ts';

const context: UrlContext = { instrumentIds: ['cfe', 'inf'], eventCounts: { cfe: 2, inf: 4 }, asOf: '2026-11-22' };

describe('VIEW_PARAMETERS', () => {
  it("appliesTo(name, view) follows each parameter's scope", () => {
    expect(PARAMETER_NAMES.filter((n) => appliesTo(n, 'embed'))).toEqual([
      'from',
      'to',
      'asof',
      'instruments',
      'party',
      'theme',
      'title',
    ]);
    expect(PARAMETER_NAMES.filter((n) => appliesTo(n, 'page'))).toEqual([
      'instrument',
      'event',
      'from',
      'to',
      'asof',
      'instruments',
      'types',
      'party',
      'compare',
    ]);
  });

  it("every parameter's own example parses", () => {
    const wide: UrlContext = { ...context, eventCounts: { cfe: 9, inf: 9 } };
    for (const name of PARAMETER_NAMES)
      expect(VIEW_PARAMETERS[name].parse(VIEW_PARAMETERS[name].example, wide), name).toMatchObject({ ok: true });
  });

  it("VIEW_PARAMETERS.event.parse('inf:4') is refused: inf has events 0 to 3", () => {
    expect(VIEW_PARAMETERS.event.parse('inf:3', context)).toEqual({ ok: true, value: 'inf:3' });
    expect(VIEW_PARAMETERS.event.parse('inf:4', context)).toEqual({ ok: false, reason: 'unknown event' });
  });

  it('VIEW_PARAMETERS.asof.parse refuses impossible days and days after the data', () => {
    expect(VIEW_PARAMETERS.asof.parse('2023-02-29', context)).toEqual({ ok: false, reason: 'not a day (YYYY-MM-DD)' });
    expect(VIEW_PARAMETERS.asof.parse('2026-11-23', context)).toEqual({
      ok: false,
      reason: 'after the date of the data',
    });
    expect(VIEW_PARAMETERS.asof.parse('2026-11-22', context)).toEqual({ ok: true, value: '2026-11-22' });
  });

  it("VIEW_PARAMETERS.instruments.parse(' cfe,,cfe ') gives ['cfe'] once; ',' gives nothing", () => {
    expect(VIEW_PARAMETERS.instruments.parse(' cfe,,cfe ', context)).toEqual({ ok: true, value: ['cfe'] });
    expect(VIEW_PARAMETERS.instruments.parse(',', context)).toEqual({ ok: false, reason: 'no instrument given' });
  });
});

describe('parameterMarkdown()', () => {
  it('parameterMarkdown() is what README.md holds (run npm run docs if not)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withSection(readme, PARAMETER_MARKERS, parameterMarkdown())).toBe(readme);
  });

  it('parameterMarkdown() has one row per parameter', () => {
    for (const name of PARAMETER_NAMES) expect(parameterMarkdown()).toContain(`| \`${name}\` |`);
  });
});

describe('VIEW_PARAMETERS.compare', () => {
  it('VIEW_PARAMETERS.compare.parse puts two real days in order and refuses anything else', () => {
    expect(VIEW_PARAMETERS.compare.parse('2024-06-01,2023-01-01', context)).toEqual({
      ok: true,
      value: '2023-01-01,2024-06-01',
    });
    expect(VIEW_PARAMETERS.compare.parse('2023-02-30,2024-01-01', context)).toMatchObject({ ok: false });
    expect(VIEW_PARAMETERS.compare.parse('2023-01-01', context)).toMatchObject({ ok: false });
    expect(VIEW_PARAMETERS.compare.parse('2023-01-01,2027-01-01', context)).toEqual({
      ok: false,
      reason: 'after the date of the data',
    });
  });
});
