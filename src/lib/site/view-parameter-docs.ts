/**
 * What each address parameter does and an example of it, for the README's table (`npm run docs`): beside
 * the parameter table (view-parameters.ts) rather than in it, so that the words reach no browser script
 * (every page's first script reads the table). A parameter without its line is a type error.
 */
import { PARAMETER_NAMES, VIEW_PARAMETERS, type ParameterName } from './view-parameters.ts';

/** One line of documentation and an example value per parameter. */
export const PARAMETER_DOCS: Readonly<Record<ParameterName, { doc: string; example: string }>> = {
  instrument: { doc: 'The instrument open in the side panel, by id.', example: 'inf' },
  event: {
    doc: 'The event open in the side panel, by its permanent id (an old instrument:number address still leads to the event it meant).',
    example: 'inf-1987-12-08-signed',
  },
  from: { doc: 'Start of the time span shown: YYYY, YYYY-MM or YYYY-MM-DD.', example: '1985' },
  to: { doc: 'End of the time span shown, in the same form.', example: '2026-06' },
  asof: {
    doc: 'Tell the story as of this day: nothing after it is drawn, every status is the one held that day.',
    example: '2019-01-01',
  },
  instruments: { doc: 'Only these instruments, by id, comma-separated.', example: 'cfe,inf' },
  types: { doc: 'Only events of these types, comma-separated.', example: 'signed,withdrawn' },
  party: {
    doc: 'Only the events of these parties, by code, comma-separated; an instrument none of them acted in is left out, and a line says so.',
    example: 'RU',
  },
  compare: { doc: 'What changed between two days: FROM,TO as YYYY-MM-DD.', example: '2000-01-01,2026-11-22' },
  theme: { doc: 'Colour scheme: light, dark, or auto (the reader’s).', example: 'dark' },
  title: { doc: 'Show the embed’s title (on) or leave it to the article (off).', example: 'off' },
};

/** The README's table of address parameters. */
export function parameterMarkdown(): string {
  const views = { page: 'pages', embed: 'embeds', both: 'pages and embeds' } as const;
  return [
    '| parameter | example | applies to | what it does |',
    '| --- | --- | --- | --- |',
    ...PARAMETER_NAMES.map((name) => {
      const { doc, example } = PARAMETER_DOCS[name];
      return `| \`${name}\` | \`${name}=${example}\` | ${views[VIEW_PARAMETERS[name].scope]} | ${doc} |`;
    }),
  ].join('\n');
}
