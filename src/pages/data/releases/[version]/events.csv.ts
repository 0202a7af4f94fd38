import type { APIRoute } from 'astro';
import { committedReleases, dataVersion, instruments, isReleased } from '../../../../data.ts';
import { eventsCsv } from '../../../../lib/open-data/events-csv.ts';

/** Each committed release's events.csv byte for byte, and the current version's when it is not yet committed. */
export function getStaticPaths() {
  return [
    ...committedReleases.map((r) => ({ params: { version: r.version }, props: { text: r.events } })),
    ...(isReleased ? [] : [{ params: { version: dataVersion.id }, props: { text: undefined } }]),
  ];
}

export const GET: APIRoute<{ text: string | undefined }> = ({ props }) =>
  new Response(props.text ?? eventsCsv(instruments), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
