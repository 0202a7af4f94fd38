/** The content as the build saw it, so browser tests compare pages against the facts, not against constants. */
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { asOfDay } from '../../src/node/as-of.ts';
import { readContentFiles } from '../../src/node/content-files.ts';

/** Every valid instrument in content/treaties/. */
export const instruments = validateContent(readContentFiles(process.cwd()), asOfDay()).instruments;

/** Every string the authors wrote, longest first, so a sentence is removed before a name inside it. */
export const CONTENT = [
  ...new Set(
    instruments.flatMap(({ data }) => [
      data.name,
      data.shortName,
      data.summary,
      data.concluded.place,
      data.depositary ?? '',
      ...(data.removedEvents ?? []).flatMap((r) => [r.id, r.note]),
      ...data.events.flatMap((e) => [
        // An event's id and the ids it answers to are addresses the authors wrote, not interface words.
        e.id,
        ...(e.aliases ?? []),
        e.description,
        e.document ?? '',
        ...e.sources.flatMap((s) => [
          s.title,
          s.publisher,
          s.claim ?? '',
          ...(s.copies ?? []).map((copy) => copy.publisher),
        ]),
      ]),
    ]),
  ),
]
  .filter((s) => s.length > 0)
  .sort((a, b) => b.length - a.length);
