import type { APIRoute, GetStaticPaths } from 'astro';
import { asOf, dataVersion, instruments, states } from '../../../data.ts';
import type { PartyId } from '../../../lib/model/parties.ts';
import { partySocialCard } from '../../../lib/pictures/page-cards.ts';
import { socialCardSvg } from '../../../lib/pictures/social-card.ts';
import { partySlug } from '../../../lib/site/routes.ts';
import { measured, PICTURE_MEASURES, renderPng } from '../../../node/social-png.ts';

/** One picture per state with a page. */
export const getStaticPaths: GetStaticPaths = () =>
  states.map((s) => ({ params: { slug: partySlug(s.party)! }, props: { party: s.party } }));

/** The picture a shared link to a state's page shows. */
export const GET: APIRoute = ({ props, site }) =>
  measured(PICTURE_MEASURES.socialCard, () => {
    const acting = new Set(states.map((s) => s.party));
    const card = partySocialCard(instruments, props.party as PartyId, acting, site!, { asOf, version: dataVersion.id });
    return new Response(renderPng(socialCardSvg(card)), { headers: { 'content-type': 'image/png' } });
  });
