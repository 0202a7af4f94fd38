import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { citationItem, citationKey, citations, type CitationInput } from '../../src/lib/cite/citation.ts';

const INPUT: CitationInput = {
  key: 'new-start',
  title: 'New START: lifecycle',
  container: 'Arms Control Timeline',
  author: 'Arms Control Timeline project',
  url: 'https://example.org/treaties/new-start/',
  version: '2026-12-07-3f9a1c2',
  accessed: '2026-12-08',
  note: 'Data version 2026-12-07-3f9a1c2; accessed 2026-12-08',
  versionLabel: 'Data version 2026-12-07-3f9a1c2',
};

describe('citations(input)', () => {
  const cited = citations(INPUT);

  it('citations(input).apa names the version once, as one version, and the access day', () => {
    expect(cited.apa).toBe(
      'Arms Control Timeline project. (n.d.). New START: lifecycle [Dataset]. In Arms Control Timeline (Version 2026-12-07-3f9a1c2). Retrieved December 8, 2026, from https://example.org/treaties/new-start/',
    );
  });

  it('citations(input).chicago names the version and the access day', () => {
    expect(cited.chicago).toContain('Data version 2026-12-07-3f9a1c2');
    expect(cited.chicago).toContain('Accessed December 8, 2026');
    expect(cited.chicago).toContain('https://example.org/treaties/new-start/');
  });

  it('citations(input).bibtex parses back with citation-js into the same title, address, key, day and note', () => {
    const [entry] = new Cite(cited.bibtex).data as Record<string, unknown>[];
    expect(entry).toMatchObject({
      id: 'ArmsControlTimeline_new_start_3f9a1c2',
      title: 'New START: lifecycle',
      URL: INPUT.url,
      note: INPUT.note,
      issued: { 'date-parts': [[2026, 12, 7]] },
    });
    expect(cited.bibtex).toMatch(/^@misc\{ArmsControlTimeline_new_start_3f9a1c2,/);
  });

  it('citations(input).bibtex escapes what TeX would read as markup', () => {
    const bibtex = citations({ ...INPUT, title: 'A & B 100% {x} $y_z#' }).bibtex;
    const [entry] = new Cite(bibtex).data as Record<string, unknown>[];
    expect(entry!.title).toBe('A & B 100% {x} $y_z#');
  });

  it('citations(input).cslJson is one CSL-JSON item with type, id, title, URL, accessed and issued', () => {
    const items = JSON.parse(cited.cslJson) as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    const [item] = items;
    for (const field of ['type', 'id', 'title', 'URL', 'accessed', 'issued']) expect(item).toHaveProperty(field);
    expect(item).toMatchObject({
      type: 'dataset',
      id: 'ArmsControlTimeline_new_start_3f9a1c2',
      version: INPUT.version,
      accessed: { 'date-parts': [[2026, 12, 8]] },
      issued: { 'date-parts': [[2026, 12, 7]] },
    });
    // citation-js reads it back as the same item.
    expect(new Cite(items).data[0]).toMatchObject(item!);
  });
});

describe('citationItem(input) and citationKey(key, version)', () => {
  it("citationItem(input) leaves out the container when there is none and keeps the author as one organisation's name", () => {
    const item = citationItem({ ...INPUT, container: undefined });
    expect(item).not.toHaveProperty('container-title');
    expect(item.author).toEqual([{ literal: 'Arms Control Timeline project' }]);
  });

  it("citationKey('new-start', version) is letters, digits and underscores, with the version's hash", () => {
    expect(citationKey('new-start', INPUT.version)).toBe('ArmsControlTimeline_new_start_3f9a1c2');
    expect(citationKey('a b/c', INPUT.version)).toBe('ArmsControlTimeline_a_b_c_3f9a1c2');
  });
});
