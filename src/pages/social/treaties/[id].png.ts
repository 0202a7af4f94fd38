import type { APIRoute, GetStaticPaths } from 'astro';
import { asOf, dataVersion, instrumentById, instruments } from '../../../data.ts';
import { treatySocialCard } from '../../../lib/pictures/page-cards.ts';
import { socialCardSvg } from '../../../lib/pictures/social-card.ts';
import { measured, PICTURE_MEASURES, renderPng } from '../../../node/social-png.ts';

/** One picture per instrument. */
export const getStaticPaths: GetStaticPaths = () => instruments.map((i) => ({ params: { id: i.id } }));

/** The picture a shared link to a treaty's page shows. */
export const GET: APIRoute = ({ params, site }) =>
  measured(PICTURE_MEASURES.socialCard, () => {
    const card = treatySocialCard(instrumentById(params.id!), site!, { asOf, version: dataVersion.id });
    return new Response(renderPng(socialCardSvg(card)), { headers: { 'content-type': 'image/png' } });
  });
