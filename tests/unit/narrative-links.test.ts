import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { editionLinks } from '../../src/lib/site/narrative-links.ts';

/** A narrative's paragraph: a link to a treaty, to one of its events, to another site, and one in emphasis. */
const NARRATIVE =
  'It replaced the [CFE Treaty](/treaties/cfe/) (see [its withdrawal](/treaties/cfe/#cfe-2023-11-07-withdrawn-ru)), ' +
  'as the [OSCE](https://www.osce.org/) records; *the [INF Treaty](/treaties/inf/) too*.';
const hrefs = (root: string) =>
  [...markdownToHtml(NARRATIVE, { mdastPlugins: [editionLinks(root)] }).html.matchAll(/href="([^"]+)"/g)].map(
    (m) => m[1],
  );

describe('editionLinks(root), run by the Markdown processor Astro uses (Sätteri)', () => {
  it("leads every link of a narrative to the edition's page, and another site's as it is", () => {
    expect(hrefs('/de')).toEqual([
      '/de/treaties/cfe/',
      '/de/treaties/cfe/#cfe-2023-11-07-withdrawn-ru',
      'https://www.osce.org/',
      '/de/treaties/inf/',
    ]);
  });

  it('leaves the English edition’s links as they are', () => {
    expect(hrefs('')).toEqual([
      '/treaties/cfe/',
      '/treaties/cfe/#cfe-2023-11-07-withdrawn-ru',
      'https://www.osce.org/',
      '/treaties/inf/',
    ]);
  });

  it("names each edition's plugin apart, so that Astro renders each edition's content afresh", () => {
    expect(new Set(['', '/de', '/ru'].map((root) => editionLinks(root).name)).size).toBe(3);
  });
});
