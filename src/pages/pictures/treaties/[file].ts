import type { APIRoute, GetStaticPaths } from 'astro';
import { asOf, dataVersion, instrumentById, instruments } from '../../../data.ts';
import { PICTURE_PNG_WIDTH } from '../../../lib/pictures/chart-picture.ts';
import { treatyPictureSvg } from '../../../lib/pictures/page-pictures.ts';
import { PICTURE_FORMATS, picturePath } from '../../../lib/site/routes.ts';
import { measured, PICTURE_MEASURES, pictureResponse } from '../../../node/social-png.ts';

/** A PNG and an SVG of each instrument's chart, at the file name picturePath gives. */
export const getStaticPaths: GetStaticPaths = () =>
  instruments.flatMap((i) =>
    PICTURE_FORMATS.map((format) => ({
      params: { file: picturePath({ treaty: i.id }, format).split('/').at(-1)! },
      props: { id: i.id, format },
    })),
  );

/** The treaty page's chart as a picture to take away. */
export const GET: APIRoute = ({ props, site }) =>
  measured(PICTURE_MEASURES.chartPicture, () => {
    const svg = treatyPictureSvg(instrumentById(props.id as string), { asOf, version: dataVersion.id, site: site! });
    return pictureResponse(svg, props.format as 'png' | 'svg', PICTURE_PNG_WIDTH);
  });
