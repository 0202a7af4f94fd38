import type { APIRoute, GetStaticPaths } from 'astro';
import { asOf, explorerPages, pageOf } from '../../../../data.ts';
import { explorerChartInput } from '../../../../lib/explorer/explorer-page.ts';
import type { LanePage } from '../../../../lib/explorer/lane-pages.ts';

/**
 * The lanes of one explorer page's static timeline, fetched by its zoom when the reader first zooms or
 * pans: the same input the page's SVG was drawn from, kept out of the page until it is needed.
 */
export const getStaticPaths = (() =>
  explorerPages.map((page) => ({ params: { page: String(page.number) }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: LanePage }> = ({ props }) =>
  new Response(JSON.stringify(explorerChartInput(pageOf(props.page).models, asOf)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
