import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { log1mExp } from './logspace.ts';
import { logScaledError, relativeError } from './tolerance.ts';
import {
  hpBinaryKl,
  hpExponentialLogSf,
  hpExponentialPartialMean,
  hpLomaxLogSf,
  hpParetoLogPartialMean,
  hpParetoLogSf,
} from './highPrecision.ts';

// The double-precision formulas of numerics.md §4.2–4.3, written out here as the families will use them.
function paretoLogRatio(t: number, xm: number): number {
  const r = t / xm;
  if (r < 2) return Math.log1p((t - xm) / xm);
  return Number.isFinite(r) ? Math.log(r) : Math.log(t) - Math.log(xm);
}
const doubleParetoLogSf = (t: number, xm: number, alpha: number) => (t <= xm ? 0 : -alpha * paretoLogRatio(t, xm));
const doubleParetoLogPm = (t: number, xm: number, alpha: number) =>
  Math.log(alpha / (alpha - 1)) + Math.log(xm) - (t <= xm ? 0 : (alpha - 1) * paretoLogRatio(t, xm));
const doubleExpLogPm = (t: number, r: number) => -r * t + Math.log(t + 1 / r);
const doubleLomaxLogSf = (t: number, alpha: number, lambda: number) => -alpha * Math.log1p(t / lambda);
/** Binary KL in double, numerics.md §4.3 with q = e^lq. */
function doubleBinaryKl(p: number, q: number): number {
  const lq = Math.log(q);
  const first = p === 0 ? 0 : p * (Math.log(p) - lq);
  const second = p === 1 ? 0 : (1 - p) * (Math.log1p(-p) - log1mExp(lq));
  return first + second;
}

const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true });

describe('high-precision closed forms', () => {
  it('agree with hand values', () => {
    expect(hpParetoLogSf(2, 1, 3)).toBe(-3 * Math.LN2);
    expect(hpParetoLogSf(0.5, 1, 3)).toBe(0);
    expect(hpExponentialLogSf(2, 0.5)).toBe(-1);
    expect(hpExponentialPartialMean(-1, 2)).toBe(-Math.LN2);
    expect(hpParetoLogPartialMean(1, 1, 0.5)).toBe(Infinity);
    expect(hpBinaryKl(0.5, 0.5)).toBe(0);
    expect(hpBinaryKl(1, 0.5)).toBe(Math.LN2);
    expect(hpBinaryKl(0.5, 0)).toBe(Infinity);
    expect(hpBinaryKl(1.5, 0.5)).toBeNaN();
  });

  test.prop([positive(1e-3, 1e6), positive(1e-3, 1e3), positive(1, 1e12)])(
    'Pareto logSf and log partial mean: double formulas within 4e-16 log-scaled',
    (xm, alpha, ratio) => {
      const t = xm * ratio;
      const args = `(t=${t}, xm=${xm}, α=${alpha})`;
      expect(logScaledError(doubleParetoLogSf(t, xm, alpha), hpParetoLogSf(t, xm, alpha)), `logSf${args}`).toBeLessThanOrEqual(4e-16 * Math.max(1, alpha));
      if (alpha > 1.01) {
        const hp = hpParetoLogPartialMean(t, xm, alpha);
        expect(logScaledError(doubleParetoLogPm(t, xm, alpha), hp), `logPm${args}`).toBeLessThanOrEqual(2e-15 * alpha);
      }
    },
  );

  test.prop([positive(1e-300, 1e300), positive(1e-6, 1e6)])('Exponential log partial mean within 1e-15 log-scaled', (t, r) => {
    if (r * t > 1e300) return;
    expect(logScaledError(doubleExpLogPm(t, r), hpExponentialPartialMean(t, r)), `logPm(t=${t}, rate=${r})`).toBeLessThanOrEqual(1e-15);
  });

  test.prop([positive(0, 1e300), positive(1e-3, 1e3), positive(1e-3, 1e3)])('Lomax logSf within 1e-15 log-scaled', (t, a, l) => {
    expect(logScaledError(doubleLomaxLogSf(t, a, l), hpLomaxLogSf(t, a, l)), `logSf(t=${t}, α=${a}, λ=${l})`).toBeLessThanOrEqual(1e-15);
  });

  test.prop([positive(1e-12, 1 - 1e-12), positive(1e-300, 0.5)])(
    'binary KL: the log1mExp form is within 1e-13 relative (q ≤ ½) — numerics.md §4.3',
    (p, q) => {
      const hp = hpBinaryKl(p, q);
      const dbl = doubleBinaryKl(p, q);
      // the terms cancel when p ≈ q: compare relative to the size of the terms, not of their sum
      const scale = Math.abs(p * (Math.log(p) - Math.log(q))) + Math.abs((1 - p) * (Math.log1p(-p) - Math.log1p(-q)));
      // and the double form's own rounding: each log carries ulp(|log|), which the difference log p − log q
      // (0.12 at p = 1e-12, q = 8.85e-13, where |log p| = 27.6) does not shrink (an unseeded run found 4.02e-15·scale)
      const logSizes = p * (Math.abs(Math.log(p)) + Math.abs(Math.log(q))) + (1 - p) * (Math.abs(Math.log1p(-p)) + Math.abs(Math.log1p(-q)));
      const bound = 4e-15 * scale + 4 * Number.EPSILON * logSizes + 1e-300;
      expect(Math.abs(dbl - hp), `kl(${p} ‖ ${q}) = ${dbl} vs ${hp}`).toBeLessThanOrEqual(bound);
      if (hp > 1e-3) expect(relativeError(dbl, hp), `kl(${p} ‖ ${q})`).toBeLessThanOrEqual(1e-13);
    },
  );
});

describe('high-precision closed forms: invalid parameters and boundaries', () => {
  it('NaN for a non-positive or NaN parameter, a NaN threshold, or p, q outside [0, 1]', () => {
    const cases: Array<[string, number]> = [
      ['hpParetoLogSf(2, 0, 3)', hpParetoLogSf(2, 0, 3)],
      ['hpParetoLogSf(2, -1, 3)', hpParetoLogSf(2, -1, 3)],
      ['hpParetoLogSf(2, 1, 0)', hpParetoLogSf(2, 1, 0)],
      ['hpParetoLogSf(2, 1, -1)', hpParetoLogSf(2, 1, -1)],
      ['hpParetoLogSf(NaN, 1, 3)', hpParetoLogSf(NaN, 1, 3)],
      ['hpParetoLogSf(2, NaN, 3)', hpParetoLogSf(2, NaN, 3)],
      ['hpParetoLogSf(2, 1, NaN)', hpParetoLogSf(2, 1, NaN)],
      ['hpParetoLogPartialMean(2, 0, 3)', hpParetoLogPartialMean(2, 0, 3)],
      ['hpParetoLogPartialMean(2, -1, 3)', hpParetoLogPartialMean(2, -1, 3)],
      ['hpParetoLogPartialMean(2, 1, 0)', hpParetoLogPartialMean(2, 1, 0)],
      ['hpParetoLogPartialMean(2, 1, -1)', hpParetoLogPartialMean(2, 1, -1)],
      ['hpParetoLogPartialMean(NaN, 1, 3)', hpParetoLogPartialMean(NaN, 1, 3)],
      ['hpParetoLogPartialMean(NaN, 1, 0.5)', hpParetoLogPartialMean(NaN, 1, 0.5)],
      ['hpExponentialLogSf(2, 0)', hpExponentialLogSf(2, 0)],
      ['hpExponentialLogSf(2, -1)', hpExponentialLogSf(2, -1)],
      ['hpExponentialLogSf(NaN, 1)', hpExponentialLogSf(NaN, 1)],
      ['hpExponentialLogSf(-1, NaN)', hpExponentialLogSf(-1, NaN)],
      ['hpExponentialPartialMean(1, 0)', hpExponentialPartialMean(1, 0)],
      ['hpExponentialPartialMean(-1, 0)', hpExponentialPartialMean(-1, 0)],
      ['hpExponentialPartialMean(-1, -1)', hpExponentialPartialMean(-1, -1)],
      ['hpExponentialPartialMean(NaN, 1)', hpExponentialPartialMean(NaN, 1)],
      ['hpLomaxLogSf(2, 0, 1)', hpLomaxLogSf(2, 0, 1)],
      ['hpLomaxLogSf(2, -1, 1)', hpLomaxLogSf(2, -1, 1)],
      ['hpLomaxLogSf(2, 1, 0)', hpLomaxLogSf(2, 1, 0)],
      ['hpLomaxLogSf(2, 1, -1)', hpLomaxLogSf(2, 1, -1)],
      ['hpLomaxLogSf(NaN, 1, 1)', hpLomaxLogSf(NaN, 1, 1)],
      ['hpBinaryKl(-0.5, 0.5)', hpBinaryKl(-0.5, 0.5)],
      ['hpBinaryKl(1.5, 0.5)', hpBinaryKl(1.5, 0.5)],
      ['hpBinaryKl(0.5, -0.5)', hpBinaryKl(0.5, -0.5)],
      ['hpBinaryKl(0.5, 1.5)', hpBinaryKl(0.5, 1.5)],
      ['hpBinaryKl(NaN, 0.5)', hpBinaryKl(NaN, 0.5)],
      ['hpBinaryKl(0.5, NaN)', hpBinaryKl(0.5, NaN)],
    ];
    for (const [call, v] of cases) expect(v, call).toBeNaN();
  });

  it('the branches at t ≤ xm, t ≤ 0, α = 1 and p, q ∈ {0, 1}', () => {
    // t ≤ xm: log(α·xm/(α − 1)) = log 1.5; α = 1: E[X] diverges
    expect(relativeError(hpParetoLogPartialMean(0.5, 1, 3), Math.log(1.5)), 'hpParetoLogPartialMean(0.5, 1, 3)').toBeLessThanOrEqual(2.3e-16);
    expect(hpParetoLogPartialMean(2, 1, 1), 'hpParetoLogPartialMean(2, 1, 1)').toBe(Infinity);
    expect(hpParetoLogPartialMean(0.5, 1, 1), 'hpParetoLogPartialMean(0.5, 1, 1)').toBe(Infinity);
    expect(hpExponentialLogSf(-1, 2), 'hpExponentialLogSf(-1, 2)').toBe(0);
    expect(hpLomaxLogSf(-1, 1, 2), 'hpLomaxLogSf(-1, 1, 2)').toBe(0);
    // kl(0‖½) = log 2, kl(p‖p) = 0 at the ends, +∞ where p puts mass where q has none
    expect(hpBinaryKl(0, 0.5), 'hpBinaryKl(0, 0.5)').toBe(Math.LN2);
    expect(Math.abs(hpBinaryKl(0, 0)), 'hpBinaryKl(0, 0)').toBe(0);
    expect(Math.abs(hpBinaryKl(1, 1)), 'hpBinaryKl(1, 1)').toBe(0);
    expect(hpBinaryKl(0.5, 1), 'hpBinaryKl(0.5, 1)').toBe(Infinity);
    expect(hpBinaryKl(0, 1), 'hpBinaryKl(0, 1)').toBe(Infinity);
    expect(hpBinaryKl(1, 0), 'hpBinaryKl(1, 0)').toBe(Infinity);
  });
});
