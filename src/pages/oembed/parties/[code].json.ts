import type { APIRoute, GetStaticPaths } from 'astro';
import { asOf, states } from '../../../data.ts';
import { oembedResponse } from '../../../lib/embed/oembed.ts';
import { partyEmbedPath, partyPath, partySlug } from '../../../lib/site/routes.ts';
import { pt } from '../../../lib/i18n/page-strings.ts';

/** One oEmbed file per state with a page. */
export const getStaticPaths: GetStaticPaths = () =>
  states.map((s) => ({ params: { code: partySlug(s.party)! }, props: { state: s } }));

/** oEmbed for one state's embed. */
export const GET: APIRoute = ({ site, props }) => {
  const { state } = props as { state: (typeof states)[number] };
  return Response.json(
    oembedResponse(
      site!.href,
      { embedPath: partyEmbedPath(state.party)!, pagePath: partyPath(state.party)!, asOf },
      pt('party.title', { name: state.name }),
    ),
  );
};
