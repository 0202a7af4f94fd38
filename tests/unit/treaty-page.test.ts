import { describe, expect, it } from 'vitest';
import { kindLabel, treatyDescription, treatyPage } from '../../src/lib/site/treaty-page.ts';
import { lifecycleInput } from '../../src/lib/chart/chart-lanes.ts';
import { PARTIES } from '../../src/lib/model/parties.ts';
import { AS_OF, contentInstruments, contentModel } from './content-model.ts';

const SITE = new URL('https://example.org/');
const shortNameOf = (id: string) => contentModel(id).data.shortName;

describe('treatyPage(model, shortNameOf, asOf, site)', () => {
  it('treatyPage(cfe) lists its lineage by relation, each instrument with its page', () => {
    const page = treatyPage(contentModel('cfe'), shortNameOf, AS_OF, SITE);
    expect(page.lineage.map((row) => row.label)).toEqual(
      ['Supersedes', 'Superseded by', 'Adapted by', 'Updated by', 'Related'].filter((label) =>
        page.lineage.some((row) => row.label === label),
      ),
    );
    const related = page.lineage.find((row) => row.label === 'Related')!;
    expect(related.instruments).toContainEqual({ name: 'Vienna Document', href: '/treaties/vienna-document/' });
  });

  it('treatyPage(new-start) says it expired, in its description and its schema.org legal force', () => {
    const page = treatyPage(contentModel('new-start'), shortNameOf, AS_OF, SITE);
    expect(page.description).toMatch(/Status as of 22 November 2026: Expired\.$/);
    expect(page.jsonLd).toMatchObject({
      '@type': 'Legislation',
      legislationLegalForce: 'NotInForce',
      description: 'Expired',
      url: 'https://example.org/treaties/new-start/',
    });
    expect(page.kindLabel).toBe('Legally binding treaty');
  });

  it('treatyPage(cfe) is partially in force for schema.org, with the headline as its description', () => {
    const page = treatyPage(contentModel('cfe'), shortNameOf, AS_OF, SITE);
    expect(page.jsonLd).toMatchObject({
      legislationLegalForce: 'PartiallyInForce',
      description: page.headline.sentence,
    });
    expect(treatyPage(contentModel('open-skies'), shortNameOf, AS_OF, SITE).jsonLd).toMatchObject({
      legislationLegalForce: 'InForce',
    });
  });

  it('treatyPage(ctbt) says it never entered into force, and where it was concluded', () => {
    const page = treatyPage(contentModel('ctbt'), shortNameOf, AS_OF, SITE);
    expect(page.description).toMatch(
      /: Never entered into force; 6 of the 42 states drawn here: signed, not ratified \(since 1996–2023\); 35 states: ratified, not in force \(since 1997–2012\); India: no status recorded\.$/,
    );
    expect(page.jsonLd).toMatchObject({ legislationLegalForce: 'NotInForce' });
    expect(page.concluded).toMatch(/^New York, /);
  });

  it('treatyDescription is the summary, the day and the headline, as the page, embed and oEmbed say it', () => {
    const model = contentModel('cfe');
    const page = treatyPage(model, shortNameOf, AS_OF, SITE);
    expect(treatyDescription(model, page.headline, AS_OF)).toBe(
      `${model.data.summary} Status as of 22 November 2026: ${page.headline.sentence}.`,
    );
  });

  it("kindLabel('political') is the words for a politically binding document", () => {
    expect(kindLabel('political')).toBe('Politically binding document');
  });
});

describe('treatyPage(…).scope', () => {
  it('treatyPage(ctbt).scope says which Annex 2 states the chart draws and which have no step to draw', () => {
    const page = treatyPage(contentModel('ctbt'), shortNameOf, AS_OF, SITE);
    expect(page.scope).toMatch(/^The chart draws the instrument as a whole and each of the \d+ states/);
    expect(page.scope).toMatch(
      /42 of them among the 44 states listed in Annex 2; North Korea and Pakistan: no step to draw\.$/,
    );
  });

  it('treatyPage(…).scope and its headline count the same states, those the chart draws, for every instrument', () => {
    for (const { id } of contentInstruments) {
      const m = contentModel(id);
      const page = treatyPage(m, shortNameOf, AS_OF, SITE);
      const drawn = lifecycleInput(m, AS_OF).lanes.filter((lane) => PARTIES[lane.party].kind === 'state').length;
      expect(page.headline.total, id).toBe(drawn);
      expect(page.scope, id).toMatch(
        new RegExp(`^The chart draws the instrument as a whole and (each of )?the ${drawn} states? `),
      );
    }
    // Czechoslovakia, dissolved in 1993, is drawn: counted, and named as dissolved.
    const cfe = treatyPage(contentModel('cfe'), shortNameOf, AS_OF, SITE);
    expect(cfe.scope).toMatch(/each of the 31 states/);
    expect(cfe.headline.sentence).toMatch(/^In force for \d+ of the 31 states drawn here; /);
    expect(cfe.headline.sentence).toMatch(/; Czechoslovakia: state dissolved \(since 1 January 1993\)$/);
  });

  it('treatyPage(npt).scope counts the states drawn, which are not every party', () => {
    expect(treatyPage(contentModel('npt'), shortNameOf, AS_OF, SITE).scope).toMatch(
      /each of the \d+ states whose own steps/,
    );
  });
});
