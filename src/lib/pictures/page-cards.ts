/**
 * The social card of each kind of page, from the models its chart is drawn from: a treaty (its lane as
 * drawn, then each state's), a state (its lane in each instrument) and the site (each instrument's lane),
 * with the words the page says first. The page's og:image and its alt text both come from here.
 */
import { formatDate } from '../model/dates.ts';
import { drawnWholeIntervals } from '../model/instrument-state.ts';
import type { InstrumentModel } from '../model/instrument-summary.ts';
import { ALL_PARTIES, PARTIES, partyName, type PartyId } from '../model/parties.ts';
import { partyPage } from '../party/party-page.ts';
import { partyPath, treatyPath } from '../site/routes.ts';
import { statusHeadline } from '../model/status-headline.ts';
import { t } from '../i18n/strings.ts';
import { pt } from '../i18n/page-strings.ts';
import type { SocialCard } from './social-card.ts';

/** What every card carries besides its drawing: the data's day and version. */
export interface CardContext {
  asOf: string;
  version: string;
}

/** A treaty's card: its name, its status sentence, its lane as drawn, then each state's lane. */
export function treatySocialCard(model: InstrumentModel, site: URL, context: CardContext): SocialCard {
  const states = model.lifecycle.lanes.filter((l) => l.party !== ALL_PARTIES && PARTIES[l.party].kind === 'state');
  const headline = statusHeadline(model.data, model.lifecycle, context.asOf, model.neverInForce);
  return {
    ...context,
    title: pt('treaty.title', { name: model.data.shortName }),
    sentence: `${t('headline.on', { day: formatDate(context.asOf) })} ${headline.sentence}`,
    address: new URL(treatyPath(model.id), site).href,
    lead: { label: pt('chart.wholeTreaty'), intervals: drawnWholeIntervals(model.lifecycle) },
    lanes: states.map((lane) => ({ label: partyName(lane.party), intervals: lane.intervals })),
    together: pt('card.statesLane'),
  };
}

/** A state's card: its name, its page's description, its lane in each instrument it acted in. */
export function partySocialCard(
  models: readonly InstrumentModel[],
  party: PartyId,
  acting: ReadonlySet<PartyId>,
  site: URL,
  context: CardContext,
): SocialCard {
  const page = partyPage(models, party, context.asOf, acting);
  const lanes = models.flatMap((m) => {
    const lane = m.lifecycle.lanes.find((l) => l.party === party);
    return lane ? [{ label: m.data.shortName, intervals: lane.intervals }] : [];
  });
  return {
    ...context,
    title: pt('party.title', { name: page.name }),
    sentence: page.description,
    address: new URL(partyPath(party)!, site).href,
    lanes,
    together: pt('card.instrumentsLane'),
  };
}

/** The site's card, for every other page: each instrument's lane as drawn. */
export function siteSocialCard(models: readonly InstrumentModel[], site: URL, context: CardContext): SocialCard {
  const lanes = models.map((m) => ({ label: m.data.shortName, intervals: drawnWholeIntervals(m.lifecycle) }));
  return {
    ...context,
    title: pt('site.name'),
    sentence: pt('site.description'),
    address: site.href,
    lanes,
    together: pt('card.instrumentsLane'),
  };
}

/** The card's alt text: what it shows, in words. */
export function cardAlt(card: Pick<SocialCard, 'title' | 'sentence'>): string {
  return pt('card.alt', { title: card.title, sentence: card.sentence });
}
