/**
 * The timeline's picture for a view the build did not draw (the explorer with an as-of day, filters or a
 * window): the same function as the build's files (chartPictureSvg, from the chart's own lanes and
 * chartView), saved as SVG, or drawn on a canvas for the PNG. Loaded on the reader's click only
 * (src/client/picture-links.ts), on the explorer and on treaty and state pages alike.
 */
import type { ChartData } from './chart-zoom.ts';
import { chartView } from '../lib/chart/chart-view.ts';
import { chartPictureSvg, PICTURE_PNG_WIDTH } from '../lib/pictures/chart-picture.ts';
import { serializeViewState } from '../lib/site/url-state.ts';
import type { ViewState } from '../lib/site/view-parameters.ts';

/** What the page says of its pictures (src/components/EmbedDialog.astro). */
export interface PictureRequest {
  /** The chart's data, as the page embeds it. */
  data: ChartData;
  /** The view: its window, filters, as-of day. */
  state: ViewState;
  /** The view's address, absolute. */
  address: string;
  title: string;
  source: string;
  licence: string;
  format: 'png' | 'svg';
  /** The file name to save under. */
  name: string;
}

/** The PNG of an SVG document, `width` px wide, drawn on a canvas. */
async function pngOf(svg: string, width: number): Promise<Blob> {
  const image = new Image();
  // A data: address, which the page's policy allows for images (a blob: one it does not).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const scale = width / image.naturalWidth;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.round(image.naturalHeight * scale);
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
  );
}

/** Draws the view's picture and saves it under its name. */
export async function downloadPicture(request: PictureRequest): Promise<void> {
  const view = chartView(request.data, request.state, request.data.where);
  const svg = chartPictureSvg(view, {
    title: request.title,
    source: request.source,
    licence: request.licence,
    address: request.address,
    summary: request.data.summary,
  });
  const blob =
    request.format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await pngOf(svg, PICTURE_PNG_WIDTH);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = request.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** Saves the picture of the page's chart (drawn from `data`) for `state`, in the format and under the name `link` offers. */
export async function downloadView(link: HTMLAnchorElement, state: ViewState, data: ChartData): Promise<void> {
  const links = link.closest<HTMLElement>('[data-picture-links]')!.dataset;
  await downloadPicture({
    data,
    state,
    address: new URL(`${location.pathname}${serializeViewState(state, 'page')}`, location.href).href,
    title: links.pictureTitle!,
    source: links.pictureSource!,
    licence: links.pictureLicence!,
    format: link.dataset.picture as 'png' | 'svg',
    name: link.download,
  });
}
