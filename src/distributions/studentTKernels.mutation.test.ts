/**
 * Targeted tests for mutants of studentTKernels.ts that survived mutation testing (reasons in
 * .scratch/mutation/reasons-s7-st.json). Reference values from mpmath at 60 digits:
 *   - ν = 1e300, |z| > 1e150 (betaArguments from L = log|z|, r = ν/z²): with a = ν/2, b = ½, x = ν/(ν + z²),
 *     log F̄ = a·log x + (b − 1)·log(1 − x) − log a − log B(a, b) − log 2 (the leading term of
 *     I_x(a, b) = x^a(1 − x)^b/(a·B(a, b))·₂F₁(a + b, 1; a + 1; x); the rest is O(1/a) = 1e-300 relative);
 *   - ν = 1e300, |z| ≤ 1: the t law is the normal to O(1/ν): log F̄(z) = log(erfc(z/√2)/2), quantile −√2·erfinv(1 − 2p).
 */
import { describe, it, expect } from 'vitest';
import { studentTLogCdf, studentTLogSf } from './studentT.ts';
import { studentTQuantile } from './studentTQuantile.ts';

function expectLogClose(actual: number, expected: number, tol: number, what: string): void {
  const err = Math.abs(actual - expected) / Math.max(1, Math.abs(expected));
  expect(err <= tol, `${what}: got ${actual}, expected ${expected} (log-scaled error ${err})`).toBe(true);
}

describe('log F̄ past |z| = 1e150 at ν = 1e300, where r = ν/z² is not negligible', () => {
  const df = 1e300;
  const cases: [number, number][] = [
    [1.0000000000000002e150, -3.46573590279972741051827888533e299],
    [3e150, -1.15129254649702291609513362729e300],
    [1e151, -2.30756025842062983761499951351e300],
    [1e152, -4.60522018348825828399633271047e300],
  ];
  it('logSf(z) and logCdf(−z) match mpmath to 1e-13 log-scaled', () => {
    for (const [z, ref] of cases) {
      expectLogClose(studentTLogSf(z, df), ref, 1e-13, `logSf(${z}; df=${df})`);
      expectLogClose(studentTLogCdf(-z, df), ref, 1e-13, `logCdf(${-z}; df=${df})`);
    }
  });
});

describe('ν/z² past 1e300 (ν = 1e300, |z| ≤ 1): y = z²/(ν + z²) without forming ν/z²', () => {
  const df = 1e300;
  it('logSf(±1e-7) match the normal log Φ̄(±1e-7) (mpmath) to 1e-15', () => {
    expectLogClose(studentTLogSf(1e-7, df), -0.693147260348404572802662272377, 1e-15, `logSf(1e-7; df=${df})`);
    expectLogClose(studentTLogSf(-1e-7, df), -0.693147100771492412229525646351, 1e-15, `logSf(-1e-7; df=${df})`);
  });
  it('the quantile near the median is the normal quantile (mpmath) to 1e-13 relative', () => {
    const cases: [number, number][] = [[0.6, 0.253347103135799741324688691772], [0.3, -0.524400512708040815969454362264]];
    for (const [p, ref] of cases) {
      const q = studentTQuantile(p, df);
      expect(Math.abs(q - ref) <= 1e-13 * Math.abs(ref), `quantile(${p}; df=${df}): got ${q}, expected ${ref}`).toBe(true);
    }
  });
});
