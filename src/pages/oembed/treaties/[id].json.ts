import type { APIRoute, GetStaticPaths } from 'astro';
import { asOf, instrumentById, instruments } from '../../../data.ts';
import { oembedResponse } from '../../../lib/embed/oembed.ts';
import { pt } from '../../../lib/i18n/page-strings.ts';
import { treatyEmbedPath, treatyPath } from '../../../lib/site/routes.ts';
import { statusHeadline } from '../../../lib/model/status-headline.ts';
import { treatyDescription } from '../../../lib/site/treaty-page.ts';

/** One oEmbed file per instrument. */
export const getStaticPaths: GetStaticPaths = () => instruments.map((i) => ({ params: { id: i.id } }));

/** oEmbed for one instrument's lifecycle embed. */
export const GET: APIRoute = ({ site, params }) => {
  const model = instrumentById(params.id!);
  const headline = statusHeadline(model.data, model.lifecycle, asOf, model.neverInForce);
  return Response.json(
    oembedResponse(
      site!.href,
      { embedPath: treatyEmbedPath(model.id), pagePath: treatyPath(model.id), asOf },
      pt('treaty.title', { name: model.data.shortName }),
      treatyDescription(model, headline, asOf),
    ),
  );
};
