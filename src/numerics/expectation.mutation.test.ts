/**
 * Contracts of the expectation helpers beyond expectation.test.ts: `weighted`'s zero/NaN/sign rules and
 * overflow-free products, NaN limits, which side a tilt diverges toward, failures reported as NaN, and the
 * evaluation count. Written for mutation testing (bench/mutation-scores.json).
 */
import { describe, it, expect } from 'vitest';
import { expectationByQuadrature, logMgfByQuadrature, tiltedMeanByQuadrature, weighted } from './expectation.ts';
import { locateLogPeak } from './quadrature.ts';

/** Cauchy log-density in log space (no x² overflow past 1e154). */
const logCauchy = (x: number): number => {
  const a = Math.abs(x);
  return a > 1e8 ? -Math.log(Math.PI) - 2 * Math.log(a) - Math.log1p(1 / a / a) : -Math.log(Math.PI) - Math.log1p(x * x);
};
const logHalfCauchy = (x: number): number => logCauchy(x) + Math.LN2;

describe('weighted(f, lp) = f·e^{lp}', () => {
  it('0 where the density or f vanishes, whatever the other factor; NaN otherwise propagates', () => {
    for (const [f, lp] of [[0, NaN], [0, Infinity], [NaN, -Infinity], [5, -Infinity]]) expect(weighted(f, lp), `weighted(${f}, ${lp})`).toBe(0);
    for (const [f, lp] of [[NaN, 0], [1, NaN], [-1, NaN]]) expect(weighted(f, lp), `weighted(${f}, ${lp})`).toBeNaN();
  });
  it('keeps the sign of f and forms e^{lp + log|f|} (finite where e^{lp} alone overflows)', () => {
    expect(weighted(-2, Math.log(3)), 'weighted(−2, log 3)').toBeCloseTo(-6, 14);
    expect(weighted(2, Math.log(3)), 'weighted(2, log 3)').toBeCloseTo(6, 14);
    // 1e-300·e^{710} = e^{710 − 690.7755…} = 2.4e8 (e^{710} overflows)
    const big = Math.exp(710 + Math.log(1e-300));
    expect(Math.abs(weighted(1e-300, 710) - big) / big, 'weighted(1e-300, 710)').toBeLessThan(1e-13);
    expect(Math.abs(weighted(-1e-300, 710) + big) / big, 'weighted(−1e-300, 710)').toBeLessThan(1e-13);
  });
});

describe('expectationByQuadrature bookkeeping', () => {
  it('evaluations include the peak search; the caller’s breakpoints are used', () => {
    const d = { logPdf: (x: number) => -x, lower: 0, upper: Infinity };
    const peak = locateLogPeak(d.logPdf, 0, Infinity);
    const r = expectationByQuadrature(d, (x) => (x < 3 ? 0 : 1), { breakpoints: [3] });
    expect(Math.abs(r.value - Math.exp(-3)), `P(X ≥ 3) = ${r.value}`).toBeLessThan(1e-14);
    expect(r.converged, `${r.reason}`).toBe(true);
    expect(r.evaluations, 'evaluations').toBeGreaterThan(peak.evaluations);
  });
});

describe('logMgfByQuadrature and tiltedMeanByQuadrature: limits, divergence sides, failures', () => {
  it('NaN limits or λ give NaN', () => {
    for (const [a, b, l] of [[NaN, Infinity, 0.5], [0, NaN, 0.5], [0, Infinity, NaN]]) {
      expect(logMgfByQuadrature((x) => -x, a, b, l), `logMgf(Exp(1), [${a}, ${b}], λ=${l})`).toBeNaN();
      expect(tiltedMeanByQuadrature((x) => -x, a, b, l), `tiltedMean(Exp(1), [${a}, ${b}], λ=${l})`).toBeNaN();
    }
  });
  it('half-Cauchy on (−∞, 0]: λ < 0 diverges (±∞), λ > 0 converges; on [0, ∞) the reverse', () => {
    expect(logMgfByQuadrature(logHalfCauchy, -Infinity, 0, -1e-3), 'logMgf(−∞..0, λ=−1e-3)').toBe(Infinity);
    expect(tiltedMeanByQuadrature(logHalfCauchy, -Infinity, 0, -1e-3), 'tiltedMean(−∞..0, λ=−1e-3)').toBe(-Infinity);
    const left = logMgfByQuadrature(logHalfCauchy, -Infinity, 0, 1e-3);
    const right = logMgfByQuadrature(logHalfCauchy, 0, Infinity, -1e-3);
    expect(Number.isFinite(left) && left < 0, `logMgf(−∞..0, λ=1e-3) = ${left}`).toBe(true);
    expect(Math.abs(left - right), `mirror: ${left} vs ${right}`).toBeLessThan(1e-12);
    expect(logMgfByQuadrature(logHalfCauchy, 0, Infinity, 1e-3), 'logMgf(0..∞, λ=1e-3)').toBe(Infinity);
    expect(tiltedMeanByQuadrature(logHalfCauchy, 0, Infinity, 1e-3), 'tiltedMean(0..∞, λ=1e-3)').toBe(Infinity);
    const tl = tiltedMeanByQuadrature(logHalfCauchy, -Infinity, 0, 1e-3);
    expect(Number.isFinite(tl) && tl < 0, `tiltedMean(−∞..0, λ=1e-3) = ${tl}`).toBe(true);
  });
  it('a finite end needs no divergence check: Uniform(0, 1) at λ = ±5', () => {
    for (const l of [5, -5]) {
      const v = logMgfByQuadrature(() => 0, 0, 1, l);
      const exact = Math.log(Math.expm1(l) / l);
      expect(Math.abs(v - exact), `logMgf(U(0,1), λ=${l}) = ${v}`).toBeLessThan(1e-13);
      // Λ'(λ) = 1/(1 − e^{−λ}) − 1/λ
      const m = tiltedMeanByQuadrature(() => 0, 0, 1, l);
      expect(Math.abs(m - (1 / -Math.expm1(-l) - 1 / l)), `tiltedMean(U(0,1), λ=${l}) = ${m}`).toBeLessThan(1e-13);
    }
  });
  it('growth tested at a second pair (1e150, 1e300) when the first (1e100, 1e200) is not finite', () => {
    // Cauchy with the density cut to 0 on [1e100, 1e150) and λ = 1e-296: e^{λx} only grows past 1e296
    const cut = (x: number): number => (x >= 1e100 && x < 1e150 ? -Infinity : logCauchy(x));
    expect(logMgfByQuadrature(cut, -Infinity, Infinity, 1e-296), 'logMgf(cut Cauchy, λ=1e-296)').toBe(Infinity);
    expect(tiltedMeanByQuadrature(cut, -Infinity, Infinity, 1e-296), 'tiltedMean(cut Cauchy, λ=1e-296)').toBe(Infinity);
  });
  it('quadrature failures give NaN; a +∞ log-density gives an infinite MGF', () => {
    expect(logMgfByQuadrature((x) => -Math.log(x), 0, 1, 0), 'logMgf(1/x on (0,1))').toBeNaN();
    expect(tiltedMeanByQuadrature((x) => -Math.log(x), 0, 1, 0), 'tiltedMean(1/x on (0,1))').toBeNaN();
    expect(tiltedMeanByQuadrature(() => -Infinity, 0, 1, 0.5), 'tiltedMean(no mass)').toBeNaN();
    expect(logMgfByQuadrature((x) => (x === 0.5 ? Infinity : 0), 0, 1, 0), 'logMgf(+∞ at ½)').toBe(Infinity);
  });
  it('Exp(1) tilted by λ < 0 on [0, ∞): log E e^{λX} = −log(1 − λ), mean 1/(1 − λ)', () => {
    for (const l of [-1, -3]) {
      expect(Math.abs(logMgfByQuadrature((x) => -x, 0, Infinity, l) + Math.log1p(-l)), `logMgf λ=${l}`).toBeLessThan(1e-13);
      expect(Math.abs(tiltedMeanByQuadrature((x) => -x, 0, Infinity, l) - 1 / (1 - l)), `tiltedMean λ=${l}`).toBeLessThan(1e-13);
    }
  });
});

/** A second round from the survivors of the first measured run (bench/mutation-scores.json, expectation.ts). */
describe('expectation helpers: guards that downstream code would not catch', () => {
  it('a NaN λ is NaN even where the integrand never reads λ (a density that is 0 everywhere)', () => {
    expect(logMgfByQuadrature(() => -Infinity, 0, 1, NaN), 'logMgf(zero density on [0, 1], λ=NaN)').toBeNaN();
  });
  it('a symmetric law of scale 1e6 at λ = 0 has tilted mean 0 (absolute tolerance 1e-12·E|X|, scaled with the law)', () => {
    const s = 1e6;
    const m = tiltedMeanByQuadrature((x) => -0.5 * (x / s) ** 2, -Infinity, Infinity, 0);
    expect(Math.abs(m), `tiltedMean(N(0, ${s}²), λ=0) = ${m}`).toBeLessThan(1e-6 * s);
  });
  it('a density that is 0 at a growth probe is skipped there, not taken as growth (support declared [0, ∞))', () => {
    // Uniform(0, 1) declared on [0, ∞): both probe pairs see −∞; the MGF is (e^λ − 1)/λ
    const unif = (x: number): number => (x < 1 ? 0 : -Infinity);
    const u = logMgfByQuadrature(unif, 0, Infinity, 5);
    expect(Math.abs(u - Math.log(Math.expm1(5) / 5)), `logMgf(U(0,1) on [0, ∞), λ=5) = ${u}`).toBeLessThan(1e-13);
    // Exp(1) with the density cut to 0 on [1e100, 1e150): the first pair is (−∞, finite), the second decays; log 1/(1 − ½)
    const gap = (x: number): number => (x >= 1e100 && x < 1e150 ? -Infinity : -x);
    const v = logMgfByQuadrature(gap, 0, Infinity, 0.5);
    expect(Math.abs(v - Math.LN2), `logMgf(Exp(1) with a gap, λ=½) = ${v}`).toBeLessThan(1e-13);
  });
  it('growth is judged between the two far probes, not against the body (Cauchy with no mass on (−1, 1))', () => {
    const holed = (x: number): number => (Math.abs(x) < 1 ? -Infinity : logCauchy(x));
    expect(logMgfByQuadrature(holed, -Infinity, Infinity, 1e-3), 'logMgf(holed Cauchy, λ=1e-3)').toBe(Infinity);
    expect(tiltedMeanByQuadrature(holed, -Infinity, Infinity, -1e-3), 'tiltedMean(holed Cauchy, λ=−1e-3)').toBe(-Infinity);
  });
});
