/**
 * A stand-in for `astro:content` in unit tests (as Starlight's tests do): the collection is the real
 * content, validated by the same code the build uses, so src/data.ts runs without a build.
 */
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { CONTENT_CHECKED_ON } from '../content-model.ts';
import { readContentFiles } from '../../../src/node/content-files.ts';

/** The entries of a collection, as Astro hands them out: id and validated data. */
export function getCollection(name: string) {
  if (name !== 'treaties') return Promise.reject(new Error(`No collection "${name}" in the fake astro:content`));
  const { instruments, problems } = validateContent(readContentFiles(process.cwd()), CONTENT_CHECKED_ON);
  if (problems.length)
    return Promise.reject(new Error(`The content has problems: ${problems.map((p) => p.message).join('; ')}`));
  return Promise.resolve(instruments.map(({ id, data }) => ({ id, data, collection: 'treaties' })));
}

/** Rendering Markdown is Astro's job; unit tests never need it. */
export function render(): Promise<never> {
  return Promise.reject(new Error('render() is not available in unit tests'));
}
