/**
 * How to cite a page or the data: one CSL-JSON item, with the data version and the access day, formatted
 * by citation-js (citeproc-js underneath) in APA, Chicago author-date and BibTeX. Nothing here formats a
 * citation by hand; the styles are the Citation Style Language's own.
 */
import { Cite, plugins, type CSL } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
// The CSL style "Chicago Manual of Style 17th edition (author-date)" (CC BY-SA 3.0), as rehype-citation
// ships it: a module whose default export is the style's XML. Node cannot import it (the package reaches
// it only through a folder mapping Node no longer follows), so the bundler reads its text at build time.
import chicagoModule from 'rehype-citation/node/styles/chicago.js?raw';
import { parseVersion } from '../releases/data-version.ts';

/** The XML of a CSL style from the text of a module that exports it as a template literal. */
export function styleFromModule(text: string): string {
  const xml = /^export default `([^`$\\]*)`;?\s*$/.exec(text)?.[1];
  if (!xml?.startsWith('<?xml') || !xml.includes('<style'))
    throw new Error('rehype-citation/node/styles/chicago.js no longer exports a CSL style as plain text');
  return xml;
}

/** The name citation-js knows the Chicago style by (it bundles APA, not Chicago). */
const CHICAGO = 'chicago-author-date';
(plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void } }).styles.add(
  CHICAGO,
  styleFromModule(chicagoModule),
);

/** What a citation names. */
export interface CitationInput {
  /** A key for the page, e.g. the instrument's id; with the version's hash it makes the BibTeX key. */
  key: string;
  /** The title of what is cited. */
  title: string;
  /** The website or data set it is part of, if it is not the whole. */
  container?: string;
  /** Who publishes it (an organisation, as one literal name). */
  author: string;
  /** The address cited. */
  url: string;
  /** The data version, e.g. 2026-12-07-3f9a1c2. */
  version: string;
  /** The access day (the build's as-of day), YYYY-MM-DD. */
  accessed: string;
  /** The version and access day in words, for BibTeX's note (plain BibTeX has fields for neither). */
  note: string;
  /** The version in words for Chicago, which prints no version of its own: e.g. "Data version 2026-12-07-3f9a1c2". */
  versionLabel: string;
}

/** A citation in every format the pages offer. */
export interface Citations {
  /** APA 7th edition. */
  apa: string;
  /** Chicago 17th edition, author-date. */
  chicago: string;
  /** BibTeX. */
  bibtex: string;
  /** CSL-JSON: the item itself, for reference managers. */
  cslJson: string;
}

const dateParts = (day: string) => ({
  'date-parts': [day.split('-').map(Number) as [number, number, number]] as [[number, number, number]],
});

/** A key BibTeX accepts (letters, digits and underscores), unique to the page and the version. */
export function citationKey(key: string, version: string): string {
  const hash = parseVersion(version)?.hash ?? version;
  return `ArmsControlTimeline_${key}_${hash}`.replace(/[^A-Za-z0-9_]+/g, '_');
}

/** The CSL-JSON item: a data set, issued on the version's day, accessed on the build's day. */
export function citationItem(input: CitationInput): CSL {
  const id = citationKey(input.key, input.version);
  const issued = parseVersion(input.version)?.date;
  return {
    id,
    'citation-key': id,
    type: 'dataset',
    title: input.title,
    ...(input.container ? { 'container-title': input.container } : {}),
    author: [{ literal: input.author }],
    URL: input.url,
    version: input.version,
    ...(issued ? { issued: dateParts(issued) } : {}),
    accessed: dateParts(input.accessed),
    note: input.note,
  };
}

const bibliography = (item: CSL, template: string) => {
  const text: string = new Cite(item).format('bibliography', { format: 'text', template, lang: 'en-US' });
  return text.trim();
};

/**
 * The item in APA, Chicago, BibTeX and CSL-JSON. APA and Chicago print an access day only for an undated
 * source, so they are given the item without its issue day: the page changes with every version, which
 * the version in the citation pins down, and the reader needs the day it was read. citeproc reads a
 * hyphenated version as a range ("Versions …") unless its hyphens are escaped.
 */
export function citations(input: CitationInput): Citations {
  const item = citationItem(input);
  const { issued: _issued, ...undated } = item;
  const version = input.version.replace(/-/g, '\\-');
  return {
    apa: bibliography({ ...undated, version }, 'apa'),
    chicago: bibliography({ ...undated, version, genre: input.versionLabel }, CHICAGO),
    bibtex: new Cite(item).format<'bibtex', [], string>('bibtex').trim(),
    // Indented for reading, with each date's numbers on one line.
    cslJson: JSON.stringify([item], null, 2).replace(
      /\[\s+(\d+(?:,\s+\d+)*)\s+\]/g,
      (_, parts: string) => `[${parts.split(/,\s+/).join(', ')}]`,
    ),
  };
}
