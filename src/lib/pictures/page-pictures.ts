/**
 * The picture of each page's chart in its default view (no parameters): what the page's download links
 * lead to, built once per treaty, state and page of the timeline. The chart is the page's own input,
 * through chartView(…) as the page draws it; the words around it are the page's.
 */
import { lifecycleInput, overviewInput, partyInput } from '../chart/chart-lanes.ts';
import { chartView } from '../chart/chart-view.ts';
import type { InstrumentModel } from '../model/instrument-summary.ts';
import { partyName, type PartyId } from '../model/parties.ts';
import { partyPath, PICTURE_FORMATS, picturePath, treatyEventPath, treatyPath } from '../site/routes.ts';
import { pt } from '../i18n/page-strings.ts';
import { chartPictureSvg, PICTURE_PNG_WIDTH } from './chart-picture.ts';

/** What every picture carries besides its chart: the data's day and version, and the site's address. */
export interface PictureContext {
  asOf: string;
  version: string;
  site: URL;
}

/** The words a picture carries around its chart in the data version `version`: its source line and licence. */
export function pictureWords(version: string): { source: string; licence: string } {
  return { source: pt('picture.source', { site: pt('site.name'), version }), licence: pt('picture.licence') };
}

/** The picture of a treaty page's chart: the whole instrument and each acting party, every lane unfolded. */
export function treatyPictureSvg(model: InstrumentModel, context: PictureContext): string {
  const input = lifecycleInput(model, context.asOf);
  return chartPictureSvg(chartView(input, {}, 'page'), {
    title: pt('treaty.title', { name: model.data.shortName }),
    ...pictureWords(context.version),
    address: new URL(treatyPath(model.id), context.site).href,
    summary: input.summary,
  });
}

/** The picture of a state page's chart: its lane in each instrument it acted in. */
export function partyPictureSvg(models: readonly InstrumentModel[], party: PartyId, context: PictureContext): string {
  const input = partyInput(models, party, context.asOf);
  return chartPictureSvg(chartView(input, {}, 'page'), {
    title: pt('party.title', { name: partyName(party) }),
    ...pictureWords(context.version),
    address: new URL(partyPath(party)!, context.site).href,
    summary: input.summary,
  });
}

/** The picture of a page of the timeline: each of its instruments, a lane; `path` is the page's own. */
export function timelinePictureSvg(
  models: readonly InstrumentModel[],
  title: string,
  path: string,
  context: PictureContext,
): string {
  const input = overviewInput(models, context.asOf, treatyEventPath);
  return chartPictureSvg(chartView(input, {}, 'page'), {
    title: pt('site.pageTitle', { title }),
    ...pictureWords(context.version),
    address: new URL(path, context.site).href,
    summary: input.summary,
  });
}

/** What a page's download links say and lead to: a file per format, saved under a name that carries the version. */
export interface PictureLinks {
  /** The picture's title and the words around its chart, for a picture the browser draws of another view. */
  title: string;
  source: string;
  licence: string;
  files: { format: (typeof PICTURE_FORMATS)[number]; path: string; name: string; label: string }[];
}

/** The download links of a page's chart: `page` as picturePath takes it, `slug` the file name's middle. */
export function pictureLinks(
  page: Parameters<typeof picturePath>[0],
  slug: string,
  title: string,
  version: string,
): PictureLinks {
  return {
    title,
    ...pictureWords(version),
    files: PICTURE_FORMATS.map((format) => ({
      format,
      path: picturePath(page, format),
      name: `arms-control-timeline-${slug}-${version}.${format}`,
      label: format === 'png' ? pt('picture.png', { width: PICTURE_PNG_WIDTH }) : pt('picture.svg'),
    })),
  };
}
