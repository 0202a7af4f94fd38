import type { APIRoute, GetStaticPaths } from 'astro';
import { asOf, explorerPages, instruments, pageOf } from '../../../data.ts';
import { earliestDay, explorerData, splitForBrowser } from '../../../lib/explorer/explorer-data.ts';
import type { LanePage } from '../../../lib/explorer/lane-pages.ts';

/** The words and sources of one explorer page's events, fetched by its panel when the reader opens an event. */
export const getStaticPaths = (() =>
  explorerPages.map((page) => ({ params: { page: String(page.number) }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: LanePage }> = ({ props }) =>
  new Response(
    JSON.stringify(
      splitForBrowser(explorerData(pageOf(props.page).models, asOf, earliestDay(instruments, asOf))).texts,
    ),
    { headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
