/**
 * Everything a treaty page says around its chart and events, derived once: the kind in words, the
 * lineage rows, the schema.org description and the page's description for search engines.
 */
import { formatDate } from '../model/dates.ts';
import { pt, ptn } from '../i18n/page-strings.ts';
import { listOf } from '../i18n/strings.ts';
import { partyName } from '../model/parties.ts';
import { stateLanes } from '../model/lifecycle.ts';
import type { InstrumentModel } from '../model/instrument-summary.ts';
import { statusHeadline, type Headline } from '../model/status-headline.ts';
import { entryIntoForceGap, entryIntoForceSentences } from '../model/entry-into-force.ts';
import { DATA_PATHS, treatyPath } from './routes.ts';
import { isInForce, STATUS_GROUPS, statusGroup } from '../model/statuses.ts';

/** The model of a treaty page. */
export interface TreatyPage {
  /** "Legally binding treaty" or "Politically binding document". */
  kindLabel: string;
  /** Where and when it was concluded, in words. */
  concluded: string;
  /** Related instruments by relation, each with its name and page; relations with none left out. */
  lineage: { label: string; instruments: { name: string; href: string }[] }[];
  /** The page's description for search engines and link previews. */
  description: string;
  /** schema.org Legislation, for search engines. */
  jsonLd: Record<string, unknown>;
  /** The status on the as-of day as a sentence about its states: what the page says first. */
  headline: Headline;
  /** Which states the chart draws: those whose own steps are recorded here, and how they relate to those the text names. */
  scope: string;
  /** Who still keeps it from entering into force, where its text names the states it needs: sentences. */
  entryGap: string[];
}

/** The words of an instrument's kind. */
export function kindLabel(kind: InstrumentModel['data']['kind']): string {
  return pt(kind === 'treaty' ? 'kind.treaty' : 'kind.political');
}

/** Which states the chart draws, in one sentence. */
function chartScope(data: InstrumentModel['data'], lifecycle: InstrumentModel['lifecycle']): string {
  const drawn = stateLanes(lifecycle).map((l) => l.party);
  const needs = data.entryIntoForceNeeds;
  if (!needs) return ptn('treaty.scope', drawn.length);
  const without = needs.states.filter((p) => !drawn.includes(p));
  return ptn('treaty.scopeNeeded', drawn.length, {
    list: needs.list,
    within: drawn.filter((p) => needs.states.includes(p)).length,
    without: listOf(without.map(partyName)),
  });
}

/** What a treaty's page, embed and oEmbed say of it to search engines and link previews: its summary and headline. */
export function treatyDescription(model: InstrumentModel, headline: Pick<Headline, 'sentence'>, asOf: string): string {
  return pt('treaty.description', { summary: model.data.summary, day: formatDate(asOf), status: headline.sentence });
}

/** The model of `model`'s page, as of `asOf`; `shortNameOf` names the other instruments its lineage cites. */
export function treatyPage(
  model: InstrumentModel,
  shortNameOf: (id: string) => string,
  asOf: string,
  site: URL,
): TreatyPage {
  const { data } = model;
  const headline = statusHeadline(data, model.lifecycle, asOf, model.neverInForce);
  const relations = [
    ['lineage.supersedes', data.lineage?.supersedes],
    ['lineage.supersededBy', data.lineage?.supersededBy],
    ['lineage.adaptedBy', data.lineage?.adaptedBy],
    ['lineage.updatedBy', data.lineage?.updatedBy],
    ['lineage.related', data.related],
  ] as const;
  return {
    kindLabel: kindLabel(data.kind),
    concluded: pt('treaty.concludedAt', { place: data.concluded.place, day: formatDate(data.concluded.date) }),
    lineage: relations
      .filter(([, ids]) => (ids?.length ?? 0) > 0)
      .map(([label, ids]) => ({
        label: pt(label),
        instruments: ids!.map((id) => ({ name: shortNameOf(id), href: treatyPath(id) })),
      })),
    description: treatyDescription(model, headline, asOf),
    headline,
    scope: chartScope(data, model.lifecycle),
    entryGap: (() => {
      const gap = entryIntoForceGap(data, model.lifecycle, asOf);
      return gap && model.status !== 'in-force' ? entryIntoForceSentences(gap) : [];
    })(),
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: data.name,
      alternateName: data.shortName,
      abstract: data.summary,
      legislationDate: data.concluded.date,
      // As the headline: a treaty in force that some of its states suspended is partially in force.
      legislationLegalForce:
        STATUS_GROUPS[
          isInForce(headline.status) && headline.others.some((o) => statusGroup(o.status) === 'suspended')
            ? 'suspended'
            : statusGroup(headline.drawn)
        ].legalForce,
      description: headline.sentence,
      url: new URL(treatyPath(model.id), site).href,
      isPartOf: { '@type': 'Dataset', name: pt('site.name'), url: new URL(DATA_PATHS.treaties, site).href },
    },
  };
}
