import type { APIRoute } from 'astro';
import { asOf, committedReleases, dataVersion, instruments, isReleased } from '../../../../data.ts';
import { exportData, jsonFile } from '../../../../lib/open-data/export-data.ts';

/** Each committed release's treaties.json byte for byte, and the current version's when it is not yet committed. */
export function getStaticPaths() {
  return [
    ...committedReleases.map((r) => ({ params: { version: r.version }, props: { text: r.treaties } })),
    ...(isReleased ? [] : [{ params: { version: dataVersion.id }, props: { text: undefined } }]),
  ];
}

export const GET: APIRoute<{ text: string | undefined }> = ({ props, site }) =>
  new Response(props.text ?? jsonFile(exportData(instruments, asOf, site!.href, dataVersion.id)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
