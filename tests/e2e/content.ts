/** The content as the build saw it, so browser tests compare pages against the facts, not against constants. */
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { asOfDay } from '../../src/node/as-of.ts';
import { readContentFiles } from '../../src/node/content-files.ts';

/** Every valid instrument in content/treaties/. */
export const instruments = validateContent(readContentFiles(process.cwd()), asOfDay()).instruments;
