import type { APIRoute, GetStaticPaths } from 'astro';
import { asOf, dataVersion, explorerPages, instruments, pageOf } from '../../../data.ts';
import { explorerTitle } from '../../../lib/explorer/explorer-page.ts';
import type { LanePage } from '../../../lib/explorer/lane-pages.ts';
import { PICTURE_PNG_WIDTH } from '../../../lib/pictures/chart-picture.ts';
import { timelinePictureSvg } from '../../../lib/pictures/page-pictures.ts';
import { PICTURE_FORMATS, picturePath } from '../../../lib/site/routes.ts';
import { measured, PICTURE_MEASURES, pictureResponse } from '../../../node/social-png.ts';

/** A PNG and an SVG of each page of the timeline, at the file name picturePath gives. */
export const getStaticPaths: GetStaticPaths = () =>
  explorerPages.flatMap((page) =>
    PICTURE_FORMATS.map((format) => ({
      params: { file: picturePath({ timeline: page.number }, format).split('/').at(-1)! },
      props: { page, format },
    })),
  );

/** The timeline's chart as a picture to take away. */
export const GET: APIRoute = ({ props, site }) =>
  measured(PICTURE_MEASURES.chartPicture, () => {
    const page = props.page as LanePage;
    const svg = timelinePictureSvg(pageOf(page).models, explorerTitle(page, instruments.length), page.path, {
      asOf,
      version: dataVersion.id,
      site: site!,
    });
    return pictureResponse(svg, props.format as 'png' | 'svg', PICTURE_PNG_WIDTH);
  });
