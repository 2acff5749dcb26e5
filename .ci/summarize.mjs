// Reads vitest's JSON report and prints the plain closing line "N passed, N failed".
// A type-check failure counts as one failed check; a missing or empty report counts as a failure.
import { readFileSync } from 'node:fs';

const [file, typecheck] = process.argv.slice(2);
let passed = 0;
let failed = Number(typecheck) === 0 ? 0 : 1;
try {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  if ((report.numTotalTests ?? 0) === 0) {
    console.log('vitest ran no test');
    failed += 1;
  }
} catch (err) {
  console.log(`cannot read ${file}: ${err.message}`);
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
