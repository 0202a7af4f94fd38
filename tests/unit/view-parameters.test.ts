import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAMETER_MARKERS, withSection } from '../../src/lib/content/generated-docs.ts';
import {
  appliesTo,
  drawnAsServed,
  PARAMETER_NAMES,
  VIEW_PARAMETERS,
  type UrlContext,
} from '../../src/lib/site/view-parameters.ts';
import { PARAMETER_DOCS, parameterMarkdown } from '../../src/lib/site/view-parameter-docs.ts';

const context: UrlContext = {
  instrumentIds: ['cfe', 'inf'],
  eventIds: {
    cfe: ['cfe-1990-11-19-signed', 'cfe-2007-12-12-suspended-ru'],
    inf: ['inf-1987-12-08-signed', 'inf-2019-08-02-terminated'],
  },
  legacyEvent: (value) =>
    ({ 'inf:3': 'inf-2019-08-02-terminated', 'cfe:0': 'cfe-1990-11-19-signed', 'cfe:7': 'gone-elsewhere' })[value],
  asOf: '2026-11-22',
};

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
    const wide: UrlContext = { ...context, eventIds: { ...context.eventIds, inf: ['inf-1987-12-08-signed'] } };
    for (const name of PARAMETER_NAMES)
      expect(VIEW_PARAMETERS[name].parse(PARAMETER_DOCS[name].example, wide), name).toMatchObject({ ok: true });
  });

  it("VIEW_PARAMETERS.event.parse('inf-1987-12-08-signed') is the event by its permanent id; an old 'inf:3' is the event it meant", () => {
    expect(VIEW_PARAMETERS.event.parse('inf-1987-12-08-signed', context)).toEqual({
      ok: true,
      value: 'inf-1987-12-08-signed',
    });
    expect(VIEW_PARAMETERS.event.parse('inf:3', context)).toEqual({ ok: true, value: 'inf-2019-08-02-terminated' });
    expect(VIEW_PARAMETERS.event.parse('inf:4', context)).toEqual({ ok: false, reason: 'params.unknownEvent' });
  });

  it('VIEW_PARAMETERS.asof.parse refuses impossible days and days after the data', () => {
    expect(VIEW_PARAMETERS.asof.parse('2023-02-29', context)).toEqual({ ok: false, reason: 'params.notDay' });
    expect(VIEW_PARAMETERS.asof.parse('2026-11-23', context)).toEqual({
      ok: false,
      reason: 'params.afterData',
    });
    expect(VIEW_PARAMETERS.asof.parse('2026-11-22', context)).toEqual({ ok: true, value: '2026-11-22' });
  });

  it("VIEW_PARAMETERS.instruments.parse(' cfe,,cfe ') gives ['cfe'] once; ',' gives nothing", () => {
    expect(VIEW_PARAMETERS.instruments.parse(' cfe,,cfe ', context)).toEqual({ ok: true, value: ['cfe'] });
    expect(VIEW_PARAMETERS.instruments.parse(',', context)).toEqual({ ok: false, reason: 'params.noInstrument' });
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
      reason: 'params.afterData',
    });
  });
});

describe('VIEW_PARAMETERS.*.parse at the edges', () => {
  it("VIEW_PARAMETERS.instrument.parse('inf') is the id; an unknown id is refused", () => {
    expect(VIEW_PARAMETERS.instrument.parse('inf', context)).toEqual({ ok: true, value: 'inf' });
    expect(VIEW_PARAMETERS.instrument.parse('nope', context)).toEqual({
      ok: false,
      reason: 'params.unknownInstrument',
    });
  });

  it('VIEW_PARAMETERS.event.parse refuses an id no event of the view has, and an old address that meant nothing here', () => {
    expect(VIEW_PARAMETERS.event.parse('cfe:0', context)).toEqual({ ok: true, value: 'cfe-1990-11-19-signed' });
    for (const raw of ['nope:0', 'cfe:7', 'inf:-1', 'inf:1.5', 'inf:', 'inf', 'inf-1987-12-08', 'x1:inf'])
      expect(VIEW_PARAMETERS.event.parse(raw, context), raw).toEqual({ ok: false, reason: 'params.unknownEvent' });
    const withoutTable: UrlContext = { ...context, legacyEvent: undefined };
    expect(VIEW_PARAMETERS.event.parse('inf:3', withoutTable)).toEqual({ ok: false, reason: 'params.unknownEvent' });
  });

  it('VIEW_PARAMETERS.event.parse refuses an instrument whose events are not counted', () => {
    expect(VIEW_PARAMETERS.event.parse('x:0', { ...context, instrumentIds: ['x'] })).toEqual({
      ok: false,
      reason: 'params.unknownEvent',
    });
  });

  it('VIEW_PARAMETERS.from.parse and to.parse take a partial date the calendar has', () => {
    expect(VIEW_PARAMETERS.from.parse('1990-02', context)).toEqual({ ok: true, value: '1990-02' });
    for (const raw of ['1990-13', '1990-02-30', '90', '1990-1', 'x1990'])
      expect(VIEW_PARAMETERS.to.parse(raw, context), raw).toEqual({ ok: false, reason: 'params.notDate' });
  });

  it('VIEW_PARAMETERS.asof.parse refuses a day before the earliest when the view knows it, and takes that day itself', () => {
    const early: UrlContext = { ...context, earliest: '1972-05-26' };
    expect(VIEW_PARAMETERS.asof.parse('1972-05-25', early)).toEqual({ ok: false, reason: 'params.beforeFirst' });
    expect(VIEW_PARAMETERS.asof.parse('1972-05-26', early)).toEqual({ ok: true, value: '1972-05-26' });
    expect(VIEW_PARAMETERS.asof.parse('1900-01-01', context)).toEqual({ ok: true, value: '1900-01-01' });
    for (const raw of ['2019', '2019-08', '2019-8-3', ' 2019-08-03'])
      expect(VIEW_PARAMETERS.asof.parse(raw, context), raw).toEqual({ ok: false, reason: 'params.notDay' });
  });

  it('VIEW_PARAMETERS.compare.parse takes the as-of day itself as the second day, and refuses three days', () => {
    expect(VIEW_PARAMETERS.compare.parse('2026-11-22,2000-01-01', context)).toEqual({
      ok: true,
      value: '2000-01-01,2026-11-22',
    });
    expect(VIEW_PARAMETERS.compare.parse('2000-01-01,2001-01-01,2002-01-01', context)).toEqual({
      ok: false,
      reason: 'params.notTwoDays',
    });
    expect(VIEW_PARAMETERS.compare.parse('2000-01-01,2001', context)).toEqual({
      ok: false,
      reason: 'params.notTwoDays',
    });
  });

  it('VIEW_PARAMETERS.types.parse and party.parse take known ids only, and say so when none is given', () => {
    expect(VIEW_PARAMETERS.types.parse('signed, withdrawn', context)).toEqual({
      ok: true,
      value: ['signed', 'withdrawn'],
    });
    expect(VIEW_PARAMETERS.types.parse('signed,bogus', context)).toEqual({
      ok: true,
      value: ['signed'],
      dropped: { values: ['bogus'], reason: 'params.unknownEventType' },
    });
    expect(VIEW_PARAMETERS.types.parse(' ', context)).toEqual({ ok: false, reason: 'params.noEventType' });
    expect(VIEW_PARAMETERS.party.parse('RU,US,RU', context)).toEqual({ ok: true, value: ['RU', 'US'] });
    expect(VIEW_PARAMETERS.party.parse('ru', context)).toEqual({ ok: false, reason: 'params.unknownParty' });
    expect(VIEW_PARAMETERS.party.parse('', context)).toEqual({ ok: false, reason: 'params.noParty' });
    // A list keeps the values it knows and names the others; with none it knows, it is refused.
    expect(VIEW_PARAMETERS.instruments.parse('nope,cfe', context)).toEqual({
      ok: true,
      value: ['cfe'],
      dropped: { values: ['nope'], reason: 'params.unknownInstrument' },
    });
    expect(VIEW_PARAMETERS.instruments.parse('nope,zilch', context)).toEqual({
      ok: false,
      reason: 'params.unknownInstrument',
    });
  });

  it('VIEW_PARAMETERS.theme.parse and title.parse take their few words only', () => {
    expect(['light', 'dark', 'auto', 'Dark'].map((raw) => VIEW_PARAMETERS.theme.parse(raw, context).ok)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(VIEW_PARAMETERS.theme.parse('blue', context)).toEqual({ ok: false, reason: 'params.notTheme' });
    expect(VIEW_PARAMETERS.title.parse('on', context)).toEqual({ ok: true, value: 'on' });
    expect(VIEW_PARAMETERS.title.parse('yes', context)).toEqual({ ok: false, reason: 'params.notOnOff' });
  });
});

describe('parameterMarkdown() rows', () => {
  it('parameterMarkdown() writes a header, then each parameter with its example, the views it applies to and its line', () => {
    const rows = parameterMarkdown().split('\n');
    expect(rows.slice(0, 2)).toEqual([
      '| parameter | example | applies to | what it does |',
      '| --- | --- | --- | --- |',
    ]);
    expect(rows).toHaveLength(PARAMETER_NAMES.length + 2);
    expect(rows[2]).toBe(`| \`instrument\` | \`instrument=inf\` | pages | ${PARAMETER_DOCS.instrument.doc} |`);
    expect(rows.find((r) => r.startsWith('| `from`'))).toBe(
      `| \`from\` | \`from=1985\` | pages and embeds | ${PARAMETER_DOCS.from.doc} |`,
    );
    expect(rows.find((r) => r.startsWith('| `theme`'))).toBe(
      `| \`theme\` | \`theme=dark\` | embeds | ${PARAMETER_DOCS.theme.doc} |`,
    );
  });
});

describe('drawnAsServed(state)', () => {
  it('drawnAsServed is true with no parameters, or only the theme and the title, which leave the drawing as it is', () => {
    expect(drawnAsServed({})).toBe(true);
    expect(drawnAsServed({ theme: 'dark', title: 'off' })).toBe(true);
  });

  it('drawnAsServed is false once a window, an as-of day, a choice of instruments, types or parties is asked for', () => {
    expect(drawnAsServed({ from: '1990' })).toBe(false);
    expect(drawnAsServed({ to: '2000' })).toBe(false);
    expect(drawnAsServed({ asof: '2019-01-01' })).toBe(false);
    expect(drawnAsServed({ instruments: ['cfe'] })).toBe(false);
    expect(drawnAsServed({ types: ['signed'] })).toBe(false);
    expect(drawnAsServed({ party: ['RU'], theme: 'dark' })).toBe(false);
  });
});
