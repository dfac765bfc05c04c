// Sums vitest JSON reports into one line "N passed, N failed", counting a
// failed step without a report (lint, build, a crashed run) as one failure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [folder, failedStepsArgument] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(folder, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (report.numFailedTestSuites > 0 && report.numFailedTests === 0)
    failed += report.numFailedTestSuites;
}
const failedSteps = Number(failedStepsArgument ?? 0);
if (failed === 0 && failedSteps > 0) failed = failedSteps;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
