import type { APIRoute, GetStaticPaths } from 'astro';
import { instrumentById, instruments } from '../../../data.ts';
import { oembedResponse } from '../../../lib/embed/oembed.ts';
import { t } from '../../../lib/i18n/strings.ts';
import { treatyEmbedPath } from '../../../lib/routes.ts';

/** One oEmbed file per instrument. */
export const getStaticPaths: GetStaticPaths = () => instruments.map((i) => ({ params: { id: i.id } }));

/** oEmbed for one instrument's lifecycle embed. */
export const GET: APIRoute = ({ site, params }) => {
  const model = instrumentById(params.id!);
  return Response.json(
    oembedResponse(site!.href, treatyEmbedPath(model.id), t('treaty.title', { name: model.data.shortName })),
  );
};
