import type { APIRoute } from 'astro';
import { asOf, dataVersion, instruments } from '../../data.ts';
import { siteSocialCard } from '../../lib/pictures/page-cards.ts';
import { socialCardSvg } from '../../lib/pictures/social-card.ts';
import { measured, PICTURE_MEASURES, renderPng } from '../../node/social-png.ts';

/** The picture a shared link to any other page shows: every instrument's lane. */
export const GET: APIRoute = ({ site }) =>
  measured(PICTURE_MEASURES.socialCard, () => {
    const card = siteSocialCard(instruments, site!, { asOf, version: dataVersion.id });
    return new Response(renderPng(socialCardSvg(card)), { headers: { 'content-type': 'image/png' } });
  });
