/**
 * The exponential tilt: same-family closed forms (claims.md §3), the not-normalisable error, generic tilts
 * against mpmath, and the identities every tilt satisfies (MGF shift, sf + cdf = 1, quantile inverse, tilts compose).
 */
import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { build } from '../distributions/build.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import { DomainError } from '../errors.ts';
import { tilt, tiltKl } from './tilt.ts';
import { tiltedMean } from './tiltMean.ts';
import { tiltedMeanEstimate } from './tiltMeanEstimate.ts';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(1e-300, Math.abs(b));

describe('same-family closed forms', () => {
  test.prop([fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 1e-3, max: 100, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true })])(
    'N(μ, σ²) tilted by θ is N(μ + θσ², σ²) with KL θ²σ²/2',
    (mu, sigma, theta) => {
      const t = tilt(build({ family: 'normal', mu, sigma }), theta);
      const where = `μ=${mu}, σ=${sigma}, θ=${theta}`;
      if (theta === 0) return;
      expect(t.spec, where).toEqual({ family: 'normal', mu: mu + theta * sigma * sigma, sigma });
      expect(rel(tiltKl(build({ family: 'normal', mu, sigma }), theta), (theta * sigma) ** 2 / 2), where).toBeLessThan(1e-14);
    },
  );
  test.prop([fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: -0.99, max: 0.99, noNaN: true })])(
    'Exp(λ) tilted by θ < λ is Exp(λ − θ), KL = log((λ−θ)/λ) + λ/(λ−θ) − 1',
    (rate, u) => {
      const theta = u * rate;
      const q = build({ family: 'exponential', rate });
      const where = `λ=${rate}, θ=${theta}`;
      if (theta === 0) return;
      expect(tilt(q, theta).spec, where).toEqual({ family: 'exponential', rate: rate - theta });
      const naive = Math.log((rate - theta) / rate) + rate / (rate - theta) - 1;
      // the naive form cancels for small |u|: compare with a tolerance that grows as it does
      expect(Math.abs(tiltKl(q, theta) - naive), where).toBeLessThan(1e-14 * Math.max(1, naive) + 1e-15 / (u * u));
    },
  );
  it('Gamma(k, r) → Gamma(k, r − θ); Poisson(λ) → Poisson(λe^θ); geometric(p) → geometric(1 − (1 − p)e^θ)', () => {
    expect(tilt(build({ family: 'gamma', shape: 2.5, rate: 3 }), 1).spec).toEqual({ family: 'gamma', shape: 2.5, rate: 2 });
    const p = tilt(build({ family: 'poisson', lambda: 3 }), 1).spec as { lambda: number };
    expect(rel(p.lambda, 3 * Math.E), 'Poisson').toBeLessThan(1e-15);
    const g = tilt(build({ family: 'geometric', p: 0.4 }), 0.2).spec as { p: number };
    expect(rel(g.p, 1 - 0.6 * Math.exp(0.2)), 'geometric').toBeLessThan(1e-14);
  });
  it('categorical atoms are re-weighted by e^{θx}; affine maps tilt their base by scale·θ', () => {
    const c = tilt(build({ family: 'categorical', values: [0, 1], probs: [0.5, 0.5] }), Math.log(3)).spec as { probs: number[] };
    expect(rel(c.probs[1], 0.75), `probs ${c.probs}`).toBeLessThan(1e-15);
    const a = tilt(build({ family: 'affine', base: { family: 'exponential', rate: 2 }, loc: 1, scale: -1 }), -1);
    expect(a.spec, 'reflected exponential').toEqual({ family: 'affine', base: { family: 'exponential', rate: 1 }, loc: 1, scale: -1 });
  });
});

describe('not normalisable', () => {
  it('Exp(1) at θ = 1 and 2, Student-t at θ = 0.1, Laplace(b = 1) at θ = −1: DomainError naming tilt, theta and λ₊', () => {
    const cases: [DistributionSpec, number, RegExp][] = [
      [{ family: 'exponential', rate: 1 }, 1, /λ₊ = 1\b/],
      [{ family: 'exponential', rate: 1 }, 2, /λ₊ = 1\b/],
      [{ family: 'studentT', df: 3 }, 0.1, /λ₊ = 0\b/],
      [{ family: 'laplace', mu: 0, b: 1 }, -1, /λ₋ = 1\b/],
    ];
    for (const [spec, theta, bound] of cases) {
      const call = () => tilt(build(spec), theta);
      expect(call, `${JSON.stringify(spec)} θ=${theta}`).toThrow(DomainError);
      expect(call, `${JSON.stringify(spec)} θ=${theta}`).toThrow(/tilt: parameter 'theta'.*not normalisable/);
      expect(call, `${JSON.stringify(spec)} θ=${theta}`).toThrow(bound);
      expect(tiltKl(build(spec), theta), `tiltKl ${JSON.stringify(spec)} θ=${theta}`).toBe(Infinity);
    }
  });
});

// mpmath (40 digits): mean = ∫x f e^{θx}/∫f e^{θx}, KL = θ·mean − log ∫f e^{θx}, by mp.quad with the breakpoints shown.
const MPMATH: [string, DistributionSpec, number, number, number][] = [
  ['Laplace(0, 1), θ = ½', { family: 'laplace', mu: 0, b: 1 }, 0.5, 1.333333333333333333333, 0.3789845942148857392274],
  ['uniform(0, 1), θ = 3', { family: 'uniform', a: 0, b: 1 }, 3, 0.7190623631579226186387, 0.3068685590845791338500],
  ['Weibull(k = 2, λ = 1), θ = 3', { family: 'weibull', k: 2, lambda: 1 }, 3, 1.826745031720112214921, 1.556387698327014151926],
  ['beta(2, 3), θ = −4', { family: 'beta', alpha: 2, beta: 3 }, -4, 0.2653037145559958904633, 0.2509730433917616539149],
  ['Pareto(1, ½), θ = −1', { family: 'pareto', xm: 1, alpha: 0.5 }, -1, 1.565024790340977893293, 0.8532646215676414443122],
  ['Weibull(k = ½, λ = 1), θ = −0.5437…', { family: 'weibull', k: 0.5, lambda: 1 }, -0.5437586864258954, 0.4491874927789788833017, 0.1980397638287770838798],
  ['0.3·N(0,1) + 0.7·Weibull(3, 2), θ = 2', { family: 'mixture', components: [{ family: 'normal', mu: 0, sigma: 1 }, { family: 'weibull', k: 3, lambda: 2 }], weights: [0.3, 0.7] }, 2, 2.635630483262270566880, 1.147066801756967856246],
];

describe('generic tilts against mpmath', () => {
  for (const [name, spec, theta, mean, kl] of MPMATH) {
    it(`${name}: mean ${mean}, KL ${kl}`, () => {
      const q = build(spec);
      const t = tilt(q, theta);
      expect(rel(t.mean(), mean), `mean of ${name}: ${t.mean()}`).toBeLessThan(1e-9);
      expect(rel(tiltKl(q, theta), kl), `KL of ${name}: ${tiltKl(q, theta)}`).toBeLessThan(1e-8);
      const e = tiltedMeanEstimate(q, theta);
      expect(e.converged, `estimate of ${name}: ${e.reason}`).toBe(true);
      expect(Math.abs(e.value - mean), `error estimate ${e.error} covers the true error (${name})`).toBeLessThanOrEqual(e.error + 1e-15 * Math.abs(mean));
      expect(e.error, `error estimate of ${name} is small`).toBeLessThan(1e-7 * Math.max(1, Math.abs(mean)));
    });
  }
  it('Gumbel(0, 1) at θ = ½: mean −ψ(½) = 1.963510026021423479441 (mpmath digamma)', () => {
    expect(rel(tilt(build({ family: 'gumbel', mu: 0, beta: 1 }), 0.5).mean(), 1.963510026021423479441), 'Gumbel').toBeLessThan(1e-13);
  });
});

describe('identities of the generic tilt', () => {
  const laws: DistributionSpec[] = [
    { family: 'laplace', mu: 1, b: 2 },
    { family: 'weibull', k: 1.5, lambda: 2 },
    { family: 'beta', alpha: 0.5, beta: 2 },
    { family: 'zeta', s: 3 },
  ];
  for (const spec of laws) {
    const theta = spec.family === 'zeta' ? -0.7 : 0.3;
    it(`${spec.family}, θ = ${theta}: MGF shift, sf + cdf = 1, quantile inverts cdf, tilts compose`, () => {
      const q = build(spec);
      const t = tilt(q, theta);
      const lam = q.logMgf(theta);
      for (const l of [-0.2, 0.1]) expect(Math.abs(t.logMgf(l) - (q.logMgf(theta + l) - lam)), `logMgf(${l})`).toBeLessThan(1e-12);
      for (const x of [t.quantile(0.1), t.quantile(0.5), t.quantile(0.9)]) {
        const s = t.sf(x) + t.cdf(x);
        expect(Math.abs(s - 1), `sf + cdf at ${x}`).toBeLessThan(1e-8);
      }
      for (const p of [0.2, 0.7]) {
        const x = t.quantile(p);
        expect(t.cdf(x) >= p - 1e-9, `cdf(quantile(${p})) = ${t.cdf(x)}`).toBe(true);
      }
      const twice = tilt(tilt(q, theta / 2), theta / 2);
      expect(rel(twice.mean(), t.mean()), 'tilt(tilt(Q, θ/2), θ/2) = tilt(Q, θ)').toBeLessThan(1e-9);
      expect(rel(t.mean(), tiltedMean(q, theta)), 'mean() is Λ′(θ)').toBeLessThan(1e-15);
    });
  }
});
