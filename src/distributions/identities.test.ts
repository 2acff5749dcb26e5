/**
 * Cross-family identities every Distribution must satisfy, over a hand-written list of representative
 * specs per family and combinator (the arbitraries module is separate):
 * sf + cdf = 1; quantile ∘ cdf = id (continuous) and cdf(quantile(p)) ≥ p (atoms); partial mean and mean
 * against adaptive quadrature of x·f(x); tailMean = partialMean/sf; a one-sample Kolmogorov–Smirnov test
 * of `sample` against `cdf`; λ₊ / tail class against logMgf on both sides.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { logIntegrate } from '../numerics/quadrature.ts';
import { tanhSinh } from '../numerics/tanhSinh.ts';
import { seededRng } from '../numerics/rng.ts';
import { isClose } from '../numerics/tolerance.ts';
import { build } from './build.ts';
import { logStrictCdf, nextDown } from './lowerPartialMean.ts';
import type { Distribution, DistributionSpec } from './types.ts';

const pareto25: DistributionSpec = { family: 'pareto', xm: 1, alpha: 2.5 };
const SPECS: DistributionSpec[] = [
  { family: 'studentT', df: 3 },
  { family: 'studentT', df: 5, loc: 1, scale: 2 },
  { family: 'studentT', df: 1.5 },
  pareto25,
  { family: 'pareto', xm: 2, alpha: 0.8 },
  { family: 'lomax', alpha: 3, scale: 2 },
  { family: 'lognormal', mu: 0, sigma: 1 },
  { family: 'lognormal', mu: 1, sigma: 0.5 },
  { family: 'weibull', k: 0.5, lambda: 1 },
  { family: 'weibull', k: 2, lambda: 3 },
  { family: 'logLogistic', alpha: 1, beta: 3 },
  { family: 'frechet', alpha: 3 },
  { family: 'frechet', alpha: 2.5, s: 2, m: -1 },
  { family: 'cauchy', loc: 0, scale: 1 },
  { family: 'levy', c: 1 },
  { family: 'levy', mu: 1, c: 0.5 },
  { family: 'normal', mu: 0, sigma: 1 },
  { family: 'normal', mu: -1, sigma: 0.5 },
  { family: 'exponential', rate: 1 },
  { family: 'exponential', rate: 3 },
  { family: 'gamma', shape: 0.5, rate: 1 },
  { family: 'gamma', shape: 5, rate: 2 },
  { family: 'laplace', mu: 0.5, b: 2 },
  { family: 'logistic', mu: 1, s: 0.7 },
  { family: 'gumbel', mu: 0, beta: 1 },
  { family: 'uniform', a: -1, b: 2 },
  { family: 'beta', alpha: 2, beta: 3 },
  { family: 'beta', alpha: 0.5, beta: 0.5 },
  { family: 'pointMass', x: 1.5 },
  { family: 'categorical', values: [-1, 0, 2.5], probs: [0.2, 0.5, 0.3] },
  { family: 'zeta', s: 3 },
  { family: 'zeta', s: 2.5 },
  { family: 'geometric', p: 0.3 },
  { family: 'poisson', lambda: 4 },
  { family: 'affine', base: pareto25, loc: 0, scale: -1 },
  { family: 'affine', base: { family: 'exponential', rate: 1 }, loc: 3, scale: -0.5 },
  { family: 'affine', base: { family: 'laplace', mu: 0, b: 1 }, loc: -2, scale: 4 },
  { family: 'affine', base: { family: 'poisson', lambda: 3 }, loc: 1, scale: 2 },
  { family: 'affine', base: { family: 'categorical', values: [0, 1, 3], probs: [0.25, 0.5, 0.25] }, loc: 0.5, scale: -2 },
  {
    family: 'mixture', weights: [0.7, 0.3],
    components: [{ family: 'exponential', rate: 2 }, { family: 'studentT', df: 4 }],
  },
  {
    family: 'mixture', weights: [0.5, 0.5],
    components: [{ family: 'categorical', values: [0, 1, 2], probs: [0.25, 0.5, 0.25] }, { family: 'uniform', a: 0, b: 1 }],
  },
  {
    family: 'mixture', weights: [0.4, 0.6],
    components: [{ family: 'normal', mu: -1, sigma: 1 }, { family: 'affine', base: { family: 'exponential', rate: 1 }, loc: 0, scale: -1 }],
  },
];

const CASES = SPECS.map((spec) => ({ spec, d: build(spec), name: JSON.stringify(spec) }));
const CONTINUOUS = CASES.filter((c) => c.d.support.kind === 'continuous');
const caseArb = (cases: typeof CASES) => fc.constantFrom(...cases);
/** u in [1e-3, 1 − 1e-3]: points of the body, where every identity is well conditioned. */
const bodyU = fc.double({ min: 1e-3, max: 1 - 1e-3, noNaN: true });

describe('identities: probabilities', () => {
  test.prop([caseArb(CASES), bodyU, fc.double({ min: -1e3, max: 1e3, noNaN: true })])(
    'sf(x) + cdf(x) = 1 (at body points and at arbitrary points)',
    ({ d, name }, u, y) => {
      for (const x of [d.quantile(u), y]) {
        const total = d.sf(x) + d.cdf(x);
        expect(isClose(total, 1, { abs: 1e-13 }), `sf + cdf at x=${x} (u=${u}) = ${total}; ${name}`).toBe(true);
      }
    },
  );

  test.prop([caseArb(CONTINUOUS), bodyU])('quantile(cdf(x)) = x for continuous laws', ({ d, name }, u) => {
    const x = d.quantile(u);
    const back = d.quantile(d.cdf(x));
    // dx = dp/f(x): allow 1e-13 in p, converted to x, plus 1e-12 relative.
    const tol = 1e-12 * Math.max(1, Math.abs(x)) + 1e-13 / d.pdf(x);
    expect(Math.abs(back - x) <= tol, `quantile(cdf(${x})) = ${back} (u=${u}, tol=${tol}); ${name}`).toBe(true);
  });

  test.prop([caseArb(CASES), fc.double({ min: 0, max: 1, noNaN: true })])(
    'quantile is the generalised inverse: cdf(q) ≥ p and P(X < q) ≤ p',
    ({ d, name }, p) => {
      const q = d.quantile(p);
      const below = Math.exp(logStrictCdf(d, q));
      expect(d.cdf(q) >= p - 1e-13, `cdf(quantile(${p})) = ${d.cdf(q)} at q=${q}; ${name}`).toBe(true);
      if (d.support.kind !== 'continuous' && q > d.support.lower) {
        expect(Math.exp(d.logCdf(nextDown(q))) < p + 1e-13, `cdf just below quantile(${p}) = ${q}: ${below}; ${name}`).toBe(true);
      }
    },
  );
});

/**
 * ∫_t^{upper} x f(x) dx, split at 0 into parts of one sign. Finite parts by tanh-sinh (double-exponential:
 * resolves end-point singularities such as Beta(½, ½)'s x^{−½}, where Gauss–Kronrod's error estimate was
 * seen to report convergence 1e-8 away from the truth); infinite parts by Gauss–Kronrod in log space with
 * the scaled tail map (logIntegrate). `ok` when every part converged to 1e-11 or at least reports an
 * error estimate ≤ 1e-10 relative (10× below the comparison tolerance).
 */
const QUAD_TRUST = 1e-10;
function quadraturePartialMean(d: Distribution, t: number): { value: number; ok: boolean } {
  const lo = Math.max(t, d.support.lower);
  const hi = d.support.upper;
  const logf = (x: number): number => Math.log(Math.abs(x)) + d.logPdf(x);
  let value = 0;
  let ok = true;
  for (const [a, b, sign] of [[lo, Math.min(0, hi), -1], [Math.max(0, lo), hi, 1]] as const) {
    if (!(a < b)) continue;
    if (Number.isFinite(a) && Number.isFinite(b)) {
      const r = tanhSinh((x) => Math.exp(logf(x)), a, b, { relTol: 1e-11 });
      ok &&= r.converged || r.error <= QUAD_TRUST * Math.abs(r.value);
      value += sign * r.value;
    } else {
      const r = logIntegrate(logf, a, b, { relTol: 1e-11 });
      ok &&= r.converged || r.relError <= QUAD_TRUST;
      value += sign * Math.exp(r.log);
    }
  }
  return { value, ok };
}

/**
 * |e|·P(X within 64 ulps of e) over the finite, non-zero ends e of the support: mass that no quadrature
 * in x can see, because x·f(x) is only sampled at doubles (e.g. Beta(½, ½): (1 − x)^{−½} near x = 1 hides
 * ~√ε of the mass). Negligible wherever the density is bounded at the end.
 */
function endSlack(d: Distribution): number {
  let slack = 0;
  const { lower, upper } = d.support;
  if (Number.isFinite(lower) && lower !== 0) slack += Math.abs(lower) * d.cdf(lower + 64 * Math.abs(lower) * Number.EPSILON);
  if (Number.isFinite(upper) && upper !== 0) slack += Math.abs(upper) * d.sf(upper - 64 * Math.abs(upper) * Number.EPSILON);
  return slack;
}

const FINITE_MEAN = CONTINUOUS.filter((c) => Number.isFinite(c.d.mean()));
const DISCRETE_FINITE_MEAN = CASES.filter((c) => c.d.support.kind === 'discrete' && Number.isFinite(c.d.mean()));
/** Every atom of the discrete cases above lies on the half-integer grid of [−100, 1000]. */
const ATOM_CANDIDATES = Array.from({ length: 2201 }, (_, i) => -100 + i / 2);

describe('identities: partial means', () => {
  test.prop([caseArb(FINITE_MEAN), fc.double({ min: 0.02, max: 0.98, noNaN: true })], { numRuns: 60 })(
    'partialMean(t) matches quadrature of x·f(x) over (t, upper)',
    ({ d, name }, u) => {
      const t = d.quantile(u);
      const q = quadraturePartialMean(d, t);
      fc.pre(q.ok);
      const pm = d.partialMean(t);
      const scale = Math.exp(d.logPartialMean(d.support.lower).log) + Math.abs(t) * d.sf(t);
      expect(isClose(pm, q.value, { rel: 1e-9, abs: 1e-12 * scale + endSlack(d) }), `partialMean(${t}) = ${pm}, quadrature ${q.value}; ${name}`).toBe(true);
    },
  );

  it.each(FINITE_MEAN.map((c) => [c.name, c] as const))('mean() matches quadrature: %s', (_name, { d, name }) => {
    const q = quadraturePartialMean(d, -Infinity);
    expect(q.ok, `quadrature converged for the mean; ${name}`).toBe(true);
    expect(isClose(d.mean(), q.value, { rel: 1e-9, abs: 1e-12 + endSlack(d) }), `mean ${d.mean()} vs quadrature ${q.value}; ${name}`).toBe(true);
  });

  test.prop([caseArb(DISCRETE_FINITE_MEAN), fc.double({ min: 0, max: 0.98, noNaN: true })])(
    'discrete laws: mean() = partialMean(t) + Σ_{atoms x ≤ t} x·P(X = x)',
    ({ d, name }, u) => {
      const t = d.quantile(u);
      let below = 0;
      let scale = 0;
      for (const x of ATOM_CANDIDATES) {
        if (x > t) break;
        const m = d.massAt(x);
        below += x * m;
        scale += Math.abs(x) * m;
      }
      const pm = d.partialMean(t);
      const total = pm + below;
      const tol = 1e-12 * (scale + Math.abs(pm) + 1);
      expect(Math.abs(total - d.mean()) <= tol, `partialMean(${t}) = ${pm} + Σ below ${below} vs mean ${d.mean()}; ${name}`).toBe(true);
    },
  );

  test.prop([caseArb(CASES), bodyU])('tailMean(t) = partialMean(t)/sf(t)', ({ d, name }, u) => {
    const t = d.quantile(u);
    const sf = d.sf(t);
    const pm = d.partialMean(t);
    fc.pre(sf > 1e-300 && Number.isFinite(pm));
    const tm = d.tailMean(t);
    expect(isClose(tm, pm / sf, { rel: 1e-12, abs: 1e-14 }), `tailMean(${t}) = ${tm}, pm/sf = ${pm / sf}; ${name}`).toBe(true);
  });
});

/**
 * P(K > k) for the Kolmogorov distribution: 2Σ_{j≥1}(−1)^{j−1}e^{−2j²k²} for k ≥ 1, and for k < 1 the
 * complement of the theta-function form P(K ≤ k) = (√(2π)/k)Σ_{j≥1}e^{−(2j−1)²π²/(8k²)}, which converges
 * fast there (the alternating series does not). Kolmogorov 1933; Marsaglia, Tsang & Wang, JSS 8(18), 2003.
 */
function kolmogorovSf(k: number): number {
  if (!(k > 0)) return 1;
  let s = 0;
  if (k < 1) {
    for (let j = 1; j <= 20; j++) s += Math.exp(-((2 * j - 1) ** 2) * Math.PI * Math.PI / (8 * k * k));
    return 1 - (Math.sqrt(2 * Math.PI) / k) * s;
  }
  for (let j = 1; j <= 100; j++) s += (j % 2 === 1 ? 2 : -2) * Math.exp(-2 * j * j * k * k);
  return Math.min(1, Math.max(0, s));
}

/**
 * KS distance sup|F_n − F|, checked on both sides of every sample value: |F_n(x) − F(x)| and
 * |F_n(x⁻) − F(x⁻)|, with F(x⁻) = P(X < x); for continuous laws this is the usual D_n, for laws with
 * atoms the comparison at atoms (the test is then conservative).
 */
function ksDistance(d: Distribution, xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const n = sorted.length;
  let dist = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && sorted[j] === sorted[i]) j++;
    const x = sorted[i];
    dist = Math.max(dist, Math.abs(j / n - d.cdf(x)), Math.abs(i / n - Math.exp(logStrictCdf(d, x))));
    i = j;
  }
  return dist;
}

describe('identities: sampling', () => {
  it('the Kolmogorov tail matches scipy.special.kolmogorov, and the test has power', () => {
    // scipy.special.kolmogorov: 0.5 → 0.9639452436648751, 0.9 → 0.3927307079406543, 1.9495 → 9.998019790258981e-4
    for (const [k, p] of [[0.5, 0.9639452436648751], [0.9, 0.3927307079406543], [1.9495, 9.998019790258981e-4]]) {
      expect(isClose(kolmogorovSf(k), p, { rel: 1e-12 }), `kolmogorovSf(${k}) = ${kolmogorovSf(k)}`).toBe(true);
    }
    const rng = seededRng(1);
    const wrong = Array.from({ length: 2000 }, () => build({ family: 'exponential', rate: 1.2 }).sample(rng));
    const k = Math.sqrt(2000) * ksDistance(build({ family: 'exponential', rate: 1 }), wrong);
    expect(kolmogorovSf(k) < 1e-3, `Exp(1.2) samples against Exp(1): √n·D = ${k}`).toBe(true);
  });

  it.each(CASES.map((c, i) => [c.name, c, i] as const))('sample agrees with cdf (KS, n = 2000, α = 1e-3): %s', (_n, { d, name }, i) => {
    const rng = seededRng(20240 + i);
    const xs = Array.from({ length: 2000 }, () => d.sample(rng));
    const k = Math.sqrt(xs.length) * ksDistance(d, xs);
    expect(kolmogorovSf(k) > 1e-3, `KS statistic √n·D = ${k}, p = ${kolmogorovSf(k)}; ${name}`).toBe(true);
  });
});

describe('identities: tails and the MGF', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('λ₊ and tail class agree with logMgf on both sides: %s', (_n, { d, name }) => {
    for (const [side, sign] of [['right', 1], ['left', -1]] as const) {
      const t = d.tails[side];
      const cls = t.mgfSup === 0 ? 'heavy' : t.mgfSup === Infinity ? 'stronglyLight' : 'light';
      expect(t.tailClass, `${side} tailClass vs mgfSup ${t.mgfSup}; ${name}`).toBe(cls);
      const at = (lambda: number): number => d.logMgf(sign * lambda);
      if (t.mgfSup === 0) expect(at(0.05), `${side} logMgf(±0.05) for a heavy side; ${name}`).toBe(Infinity);
      else if (t.mgfSup === Infinity) expect(Number.isFinite(at(0.5)), `${side} logMgf(±0.5) = ${at(0.5)}; ${name}`).toBe(true);
      else {
        expect(Number.isFinite(at(t.mgfSup * (1 - 1e-3))), `${side} logMgf just below λ₊ = ${t.mgfSup}; ${name}`).toBe(true);
        expect(at(t.mgfSup * (1 + 1e-3)), `${side} logMgf just above λ₊ = ${t.mgfSup}; ${name}`).toBe(Infinity);
      }
    }
    expect(d.mgfSup).toBe(d.tails.right.mgfSup);
    expect(d.tailClass).toBe(d.tails.right.tailClass);
    expect(d.logMgf(0), `logMgf(0); ${name}`).toBe(0);
  });
});
