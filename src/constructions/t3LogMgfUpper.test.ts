import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { build } from '../distributions/build.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import { dvUpperByParts, logMgfUpper } from './t3LogMgfUpper.ts';

/** h(y) = e^y − 1 − y: its Taylor series for |y| < 1 (no cancellation), else directly. */
function h(y: number): number {
  if (Math.abs(y) >= 1) return Math.expm1(y) - y;
  let term = y * y / 2, sum = 0;
  for (let k = 3; Math.abs(term) > 1e-18 * sum; k++) { sum += term; term *= y / k; }
  return sum;
}

interface Mix { atoms: { v: number; w: number }[]; exp?: { w: number; rate: number } }

/**
 * The exact centred Λ of w₁·(atoms) + w_e·Exp(r), independently of t3LogMgfUpper.ts: with δ = x − μ and
 * Σ (weight·δ) = 0, E e^{λ(X−μ)} = 1 + Σ_atoms w·h(λδ) + w_e·(Λ_e + h(λδ_e + Λ_e)), Λ_e(λ) = −log(1 − λ/r) − λ/r
 * (log-sum-exp of the same terms once an exponent exceeds 1). Checked once against mpmath (40 digits) for
 * atoms (0, 0.001, −12.712) + 1e-4·Exp(≈100) at d = 1: B = 7.6395426 at λ* ≈ 95.
 */
function exactLogMgf(m: Mix, l: number): number {
  const mu = m.atoms.reduce((a, x) => a + x.w * x.v, 0) + (m.exp ? m.exp.w / m.exp.rate : 0);
  const terms = m.atoms.map((x) => ({ w: x.w, y: l * (x.v - mu), le: 0 }));
  if (m.exp) {
    const { w, rate } = m.exp;
    if (!(l < rate)) return Infinity;
    const le = -Math.log1p(-l / rate) - l / rate;
    terms.push({ w, y: l * (1 / rate - mu) + le, le });
  }
  const top = Math.max(...terms.map((t) => t.y));
  // large exponents: log-sum-exp (no overflow); small: the h-form (no cancellation)
  if (top > 1) return top + Math.log(terms.reduce((a, t) => a + t.w * Math.exp(t.y - top), 0));
  return Math.log1p(terms.reduce((a, t) => a + t.w * (t.le + h(t.y)), 0));
}

function exactB(m: Mix, d: number): number {
  const g = (u: number) => (d + exactLogMgf(m, Math.exp(u))) / Math.exp(u);
  const r = (Math.sqrt(5) - 1) / 2;
  let lo = -40, hi = Math.log(m.exp ? m.exp.rate : 1e6);
  for (let i = 0; i < 300; i++) {
    const a = hi - r * (hi - lo), b = lo + r * (hi - lo);
    if (g(a) <= g(b)) hi = b; else lo = a;
  }
  const golden = g(0.5 * (lo + hi));
  // without the exponential piece the law is bounded above: g(λ) → ess sup − μ as λ → ∞ (beyond the searched λ)
  if (m.exp) return golden;
  const mu = m.atoms.reduce((a, x) => a + x.w * x.v, 0);
  return Math.min(golden, Math.max(...m.atoms.map((x) => x.v)) - mu);
}

/** The same law as a mixture spec: one categorical component, one exponential. */
function specOf(m: Mix): DistributionSpec {
  const wa = m.atoms.reduce((a, x) => a + x.w, 0);
  const cat: DistributionSpec = { family: 'categorical', values: m.atoms.map((x) => x.v), probs: m.atoms.map((x) => x.w / wa) };
  return m.exp ? { family: 'mixture', components: [cat, { family: 'exponential', rate: m.exp.rate }], weights: [wa, m.exp.w] } : cat;
}

const mixes: fc.Arbitrary<Mix> = fc
  .record({
    // atoms on a 1e-3 lattice: the reference exactB searches λ ≤ 1e6 only, enough for spreads ≥ 1e-3
    atoms: fc.uniqueArray(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 2, maxLength: 5 }).map((xs) => xs.map((x) => x / 1e3)),
    ws: fc.array(fc.double({ min: 1e-3, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
    exp: fc.option(fc.record({ w: fc.double({ min: 1e-4, max: 0.9, noNaN: true }), rate: fc.double({ min: 0.01, max: 100, noNaN: true }) }), { nil: undefined }),
  })
  .map(({ atoms, ws, exp }) => {
    const raw = atoms.map((v, i) => ({ v, w: ws[i] }));
    const total = raw.reduce((a, x) => a + x.w, 0) / (1 - (exp?.w ?? 0));
    return { atoms: raw.map((x) => ({ v: x.v, w: x.w / total })), exp };
  });

describe('logMgfUpper and dvUpperByParts bound Λ and B(d) from above', () => {
  test.prop([mixes, fc.double({ min: -12, max: 0, noNaN: true })], { numRuns: 150 })('atoms + Exp(r) mixtures against exact Λ and B', (m, ld) => {
    const q = build(specOf(m));
    const d = 10 ** ld;
    const b = exactB(m, d);
    const u = dvUpperByParts(q, d);
    const msg = `d = ${d} for ${JSON.stringify(m)}: U = ${u}, exact B = ${b}`;
    expect(Number.isFinite(u), msg).toBe(true);
    expect(u, msg).toBeGreaterThanOrEqual(b * (1 - 1e-9));
    for (const l of [1e-9, 1e-5, 1e-2].map((x) => x / (1 + Math.max(...m.atoms.map((a) => Math.abs(a.v)))))) {
      const exact = exactLogMgf(m, l);
      expect(logMgfUpper(q, l), `Λ^U(${l}) vs exact ${exact}; ${msg}`).toBeGreaterThanOrEqual(exact * (1 - 1e-9));
    }
  });

  it('tight at small d: U(d)/B(d) → 1 for a mixture of atoms and Exp(1) (Bennett per component is tight to first order)', () => {
    const m: Mix = { atoms: [{ v: -3, w: 0.2 }, { v: 0, w: 0.3 }, { v: 5, w: 0.1 }], exp: { w: 0.4, rate: 1 } };
    const q = build(specOf(m));
    for (const d of [1e-12, 1e-8]) {
      const u = dvUpperByParts(q, d), b = exactB(m, d);
      expect(u / b, `U(${d})/B(${d}) = ${u}/${b}`).toBeLessThan(1 + 1e-3);
    }
  });

  it('1 − W with W Weibull k = 0.02 mixed with Exp(1): finite where the tables fail, below σ√(2d), and falling', () => {
    const v = build({ family: 'mixture', components: [{ family: 'affine', base: { family: 'weibull', k: 0.02, lambda: 1 }, loc: 1, scale: -1 }, { family: 'exponential', rate: 1 }], weights: [1e-3, 1 - 1e-3] });
    const sigma = Math.sqrt(v.variance());
    // (not below d ≈ 1e-50: the bound's floor λ·1e-12·Σ w_k|μ_k|/λ ≈ 3e49, for the rounding of the means, dominates there)
    const us = [1e-30, 1e-40].map((d) => ({ d, u: dvUpperByParts(v, d) }));
    for (const { d, u } of us) {
      expect(u, `U(${d}) > 0`).toBeGreaterThan(0);
      // Bennett per component gives ≈ σ√(2d); the top bound w·(1 − μ_W) can be smaller (at d = 1e-30)
      expect(u / (sigma * Math.sqrt(2 * d)), `U(${d})/(σ√(2d)) with σ = ${sigma}`).toBeLessThan(1.01);
    }
    expect(us[1].u, `U(1e-40) = ${us[1].u} vs U(1e-30) = ${us[0].u}`).toBeLessThan(1e-2 * us[0].u);
  });
});
