/** `npm run validate`: checks every instrument file and lists all problems, one per line. */
import { formatCensus, sourceCensus } from '../src/lib/content/sources/source-kinds.ts';
import { formatProblems, validateContent } from '../src/lib/content/validate-content.ts';
import { asOfDay } from '../src/node/as-of.ts';
import { CONTENT_DIR, ContentFolderError, readContentFiles, readPublishedIds } from '../src/node/content-files.ts';

const dir = process.argv[2] ?? CONTENT_DIR;
let files;
try {
  files = readContentFiles(process.cwd(), dir);
} catch (error) {
  if (!(error instanceof ContentFolderError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const { instruments, problems } = validateContent(files, asOfDay(), readPublishedIds(process.cwd(), dir));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} found in ${dir}. Fix them and run npm run validate again.`,
  );
  process.exit(1);
}
const events = instruments.reduce((sum, i) => sum + i.data.events.length, 0);
console.log(`${dir}: ${instruments.length} instruments and ${events} events are valid.\n`);
console.log(formatCensus(sourceCensus(instruments)));
