/**
 * A stand-in for `astro:content` in unit tests (as Starlight's tests do): the collection is the real
 * content, validated by the same code the build uses, so src/data.ts runs without a build.
 */
import { validateContent } from '../../../src/lib/validate-content.ts';
import { asOfDay } from '../../../src/node/as-of.ts';
import { readContentFiles } from '../../../src/node/content-files.ts';

/** The entries of a collection, as Astro hands them out: id and validated data. */
export async function getCollection(name: string) {
  if (name !== 'treaties') throw new Error(`No collection "${name}" in the fake astro:content`);
  const { instruments, problems } = validateContent(readContentFiles(process.cwd()), asOfDay());
  if (problems.length) throw new Error(`The content has problems: ${problems.map((p) => p.message).join('; ')}`);
  return instruments.map(({ id, data }) => ({ id, data, collection: 'treaties' }));
}

/** Rendering Markdown is Astro's job; unit tests never need it. */
export async function render(): Promise<never> {
  throw new Error('render() is not available in unit tests');
}
