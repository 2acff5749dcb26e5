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
      expect(Math.abs(dbl - hp), `kl(${p} ‖ ${q}) = ${dbl} vs ${hp}`).toBeLessThanOrEqual(4e-15 * scale + 1e-300);
      if (hp > 1e-3) expect(relativeError(dbl, hp), `kl(${p} ‖ ${q})`).toBeLessThanOrEqual(1e-13);
    },
  );
});
