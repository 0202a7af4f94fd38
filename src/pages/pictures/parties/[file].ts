import type { APIRoute, GetStaticPaths } from 'astro';
import { asOf, dataVersion, instruments, states } from '../../../data.ts';
import type { PartyId } from '../../../lib/model/parties.ts';
import { PICTURE_PNG_WIDTH } from '../../../lib/pictures/chart-picture.ts';
import { partyPictureSvg } from '../../../lib/pictures/page-pictures.ts';
import { PICTURE_FORMATS, picturePath } from '../../../lib/site/routes.ts';
import { measured, PICTURE_MEASURES, pictureResponse } from '../../../node/social-png.ts';

/** A PNG and an SVG of each state's chart, at the file name picturePath gives. */
export const getStaticPaths: GetStaticPaths = () =>
  states.flatMap((s) =>
    PICTURE_FORMATS.map((format) => ({
      params: { file: picturePath({ party: s.party }, format).split('/').at(-1)! },
      props: { party: s.party, format },
    })),
  );

/** The state page's chart as a picture to take away. */
export const GET: APIRoute = ({ props, site }) =>
  measured(PICTURE_MEASURES.chartPicture, () => {
    const svg = partyPictureSvg(instruments, props.party as PartyId, { asOf, version: dataVersion.id, site: site! });
    return pictureResponse(svg, props.format as 'png' | 'svg', PICTURE_PNG_WIDTH);
  });
