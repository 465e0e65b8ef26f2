// `npm test`: everything CI checks, in order: browser and pdftotext available, typecheck, lint (with the
// layer rules), then every vitest file. Ends with one plain line of counts for CI:
// `N passed, N failed, N skipped`, where typecheck and lint count as one check each.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;
const counts = { passed: 0, failed: 0, skipped: 0 };
const check = (ok) => (ok ? counts.passed++ : counts.failed++);

if (!run('bash', ['scripts/ensure-chromium.sh'])) {
  console.error('Could not install Chromium for the browser tests.');
  check(false);
}
if (!run('bash', ['scripts/ensure-debian-package.sh', 'pdftotext', 'poppler-utils'])) {
  console.error('Could not install poppler-utils (pdftotext) for the print view test.');
  check(false);
}
check(run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
check(run('npx', ['eslint', '.']));

mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
rmSync(report, { force: true });
const vitestOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
try {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  counts.passed += result.numPassedTests;
  counts.failed += result.numFailedTests;
  counts.skipped += result.numPendingTests + result.numTodoTests;
  // A file that fails to load has no failed test, only a failed suite: count it so it cannot hide.
  if (!vitestOk && result.numFailedTests === 0) counts.failed += Math.max(1, result.numFailedTestSuites);
} catch {
  counts.failed += 1;
  console.error('vitest wrote no report');
}

console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed === 0 ? 0 : 1);
