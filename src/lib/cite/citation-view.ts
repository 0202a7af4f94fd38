/** What a page's "Cite this" block shows: the version and access day, and the citation in each format. */
import { formatDate } from '../model/dates.ts';
import { pt } from '../i18n/page-strings.ts';
import { citations } from './citation.ts';

/** The "Cite this" block of a page. */
export interface CitationView {
  /** Its heading. */
  heading: string;
  /** The version and the access day, in words. */
  lede: string;
  /** The data version cited. */
  version: string;
  /** The access day, in words. */
  day: string;
  /** Each format, by name, with its text to copy. */
  formats: { label: string; text: string }[];
}

/** What a page cites: itself (a page of the site) or the whole data set. */
export interface Cited {
  /** A key for it: the instrument's id, the state's code, or "data". */
  key: string;
  /** Its title. */
  title: string;
  /** Its address. */
  url: string;
  /** True for the whole data set, which is not part of a larger work. */
  dataset?: boolean;
}

/** The block citing `cited` in data `version`, accessed on `asOf` (the build's day). */
export function citationView(cited: Cited, version: string, asOf: string): CitationView {
  const cite = citations({
    key: cited.key,
    title: cited.title,
    ...(cited.dataset ? {} : { container: pt('site.name') }),
    author: pt('site.publisher'),
    url: cited.url,
    version,
    accessed: asOf,
    note: pt('cite.note', { version, day: asOf }),
    versionLabel: pt('cite.versionLabel', { version }),
  });
  return {
    heading: pt(cited.dataset ? 'cite.headingData' : 'cite.heading'),
    lede: pt('cite.lede', { version, day: formatDate(asOf) }),
    version,
    day: formatDate(asOf),
    formats: [
      { label: pt('cite.apa'), text: cite.apa },
      { label: pt('cite.chicago'), text: cite.chicago },
      { label: pt('cite.bibtex'), text: cite.bibtex },
      { label: pt('cite.csl'), text: cite.cslJson },
    ],
  };
}
