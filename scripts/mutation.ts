/**
 * Mutation testing of src/lib (`npm run mutation`, or `npm run mutation -- src/lib/chart` for part of
 * it): StrykerJS mutates each module and runs the unit tests named after it (tests/unit/<module>.test.ts,
 * as the house style asks), so a module's score says how well its own tests guard it: a lower bound,
 * since other suites may kill more. Stryker's command runner is used because its vitest runner does not
 * switch mutants on under vitest 5 (every mutant survives, with 0 tests run per mutant). Writes
 * reports/mutation/<module>.json and prints each module's score and the total.
 *
 * A module whose report is newer than it and its test is not mutated again: its report is read (the whole
 * of src/lib takes hours on two cores; MUTATION_ALL=1 runs every module afresh). The editions' tables of
 * translated words (src/lib/i18n/<xx>/) are data, not logic, and have no tests of their own: not mutated.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['src/lib'];
const files = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path).flatMap((name) => files(join(path, name)))
    : path.endsWith('.ts')
      ? [path]
      : [];
const modules = roots.flatMap(files).sort();
mkdirSync('reports/mutation', { recursive: true });

/** The killed and surviving mutants a Stryker JSON report counts. */
function counted(report: string) {
  const mutants = Object.values(
    JSON.parse(readFileSync(report, 'utf8')).files as Record<string, { mutants: { status: string }[] }>,
  ).flatMap((f) => f.mutants);
  return {
    killed: mutants.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length,
    survived: mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage').length,
  };
}
const TRANSLATED_TABLE = /^src\/lib\/i18n\/[a-z]{2}\//;

const rows: { module: string; killed: number; survived: number; test: string }[] = [];
for (const module of modules) {
  const name = basename(module, '.ts');
  const test = `tests/unit/${name}.test.ts`;
  if (TRANSLATED_TABLE.test(module)) {
    rows.push({ module, killed: 0, survived: 0, test: '(a table of translated words: data, not mutated)' });
    continue;
  }
  if (!existsSync(test)) {
    rows.push({ module, killed: 0, survived: 0, test: '(no test file named after it)' });
    continue;
  }
  const report = `reports/mutation/${name}.json`;
  const fresh = (file: string) => statSync(report).mtimeMs > statSync(file).mtimeMs;
  if (!process.env.MUTATION_ALL && existsSync(report) && fresh(module) && fresh(test)) {
    const { killed, survived } = counted(report);
    console.log(`${module} … ${killed} of ${killed + survived} killed (report up to date)`);
    rows.push({ module, killed, survived, test });
    continue;
  }
  const config = {
    testRunner: 'command',
    // By its absolute path: the sandbox has no node_modules of its own where the working copy's is a symlink.
    commandRunner: {
      command: `node ${join(process.cwd(), 'node_modules/vitest/vitest.mjs')} run --bail=1 --reporter=dot ${test}`,
    },
    coverageAnalysis: 'off',
    mutate: [module],
    reporters: ['json'],
    jsonReporter: { fileName: report },
    tempDirName: '.stryker-tmp',
    ignorePatterns: ['dist', 'dist-*', 'test-results', 'bench', 'reports', '.stryker-tmp*'],
    concurrency: 2,
  };
  writeFileSync('reports/mutation/stryker.config.json', JSON.stringify(config, null, 2));
  process.stdout.write(`${module} … `);
  const run = spawnSync('npx', ['stryker', 'run', 'reports/mutation/stryker.config.json'], { encoding: 'utf8' });
  if (run.status !== 0 || !existsSync(report)) {
    console.log('failed');
    console.error(run.stdout.slice(-2000), run.stderr.slice(-2000));
    process.exitCode = 1;
    continue;
  }
  const { killed, survived } = counted(report);
  console.log(`${killed} of ${killed + survived} killed`);
  rows.push({ module, killed, survived, test });
}

const percent = (killed: number, survived: number) =>
  killed + survived === 0 ? '—' : `${((100 * killed) / (killed + survived)).toFixed(1)} %`;
console.table(rows.map((r) => ({ module: r.module, score: percent(r.killed, r.survived), test: r.test })));
const killed = rows.reduce((sum, r) => sum + r.killed, 0);
const survived = rows.reduce((sum, r) => sum + r.survived, 0);
console.log(
  `Mutation score of ${roots.join(', ')}: ${percent(killed, survived)} (${killed} of ${killed + survived} mutants killed).`,
);
writeFileSync('reports/mutation/summary.json', `${JSON.stringify({ rows, killed, survived }, null, 2)}\n`);
