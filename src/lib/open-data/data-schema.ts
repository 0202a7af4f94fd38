/** /data/schema.json: the schema of /data/treaties.json, with that of /data/parties.json under $defs.parties. */
import { z } from 'zod';
import { exportJsonSchema } from './export-schema.ts';
import { partiesExportSchema } from './parties-export.ts';
import { DATA_PATHS } from '../site/routes.ts';

/** Where in /data/schema.json the schema of /data/parties.json lives. */
export const PARTIES_SCHEMA_POINTER = '#/$defs/parties';

/** The JSON Schema of every published data file, generated from the zod schemas. */
export function dataJsonSchema(siteUrl: string): Record<string, unknown> {
  const base = exportJsonSchema(siteUrl);
  const { $schema: _, ...parties } = z.toJSONSchema(partiesExportSchema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    ...base,
    description:
      `${String(base.description)} The schema of ${DATA_PATHS.parties} ` +
      `(each state's status intervals per instrument) is at ${PARTIES_SCHEMA_POINTER}.`,
    $defs: {
      ...(base.$defs ?? {}),
      parties: {
        ...parties,
        title: 'Arms Control Timeline data: parties',
        description: "Each state's derived status intervals in each instrument it acted in.",
      },
    },
  };
}
