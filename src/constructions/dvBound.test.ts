import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { build } from '../distributions/build.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import { dvBound, meanRoundingOf } from './dvBound.ts';

/** B(d) by golden section on (d + Λ(λ))/λ over log λ ∈ [lo, hi], Λ given independently of dvBound. */
function bruteForce(logMgfCentred: (l: number) => number, d: number, lo = -40, hi = 40): number {
  const g = (u: number) => (d + logMgfCentred(Math.exp(u))) / Math.exp(u);
  const r = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 300; i++) {
    const a = hi - r * (hi - lo), b = lo + r * (hi - lo);
    if (g(a) <= g(b)) hi = b; else lo = a;
  }
  return g(0.5 * (lo + hi));
}

describe('dvBound closed forms (claims.md §2 T3, numerics.md §4.3)', () => {
  it.each([
    [0, 1, 1e-12], [0, 1, 1e-6], [3, 2, 0.5], [-1e3, 0.1, 20], [1e6, 10, 1e-3],
  ])('N(%d, %d²) gives σ√(2d) at d = %d', (mu, sigma, d) => {
    const r = dvBound(build({ family: 'normal', mu, sigma }), d);
    const exact = sigma * Math.sqrt(2 * d);
    expect(Math.abs(r.bound - exact) / exact, `B(${d}; N(${mu}, ${sigma}²)) = ${r.bound} vs ${exact}`).toBeLessThan(1e-9);
    expect(r.error, `error estimate at d=${d}`).toBeLessThan(1e-8 * exact + 1e-15);
  });

  it.each<[DistributionSpec, number, number]>([
    [{ family: 'uniform', a: -2, b: 3 }, -2, 3],
    [{ family: 'beta', alpha: 0.5, beta: 2 }, 0, 1],
    [{ family: 'categorical', values: [-1, 0, 4], probs: [0.2, 0.7, 0.1] }, -1, 4],
    [{ family: 'pointMass', x: 7 }, 7, 7],
  ])('V ∈ [a, b] gives B(d) ≤ (b − a)√(d/2) (Hoeffding): %j', (spec, a, b) => {
    const q = build(spec);
    for (const d of [1e-10, 1e-4, 0.1, 1, 10]) {
      const r = dvBound(q, d);
      expect(r.bound, `B(${d}) for ${JSON.stringify(spec)}`).toBeLessThanOrEqual((b - a) * Math.sqrt(d / 2) * (1 + 1e-9) + 1e-12);
      expect(r.bound, `B(${d}) ≥ 0`).toBeGreaterThanOrEqual(-1e-12);
      // a law bounded above: no shift beyond ess sup − μ
      expect(r.bound, `B(${d}) ≤ b − μ`).toBeLessThanOrEqual(b - q.mean() + 1e-9);
    }
  });

  it('Uniform(0,1): Λ(λ) = log(sinh h/h) − 0 with h = λ/2 (numerics.md §4.3), brute-force minimum', () => {
    const logSinhc = (h: number) => (h < 1e-3 ? h * h / 6 - h ** 4 / 180 + h ** 6 / 2835 : h > 20 ? h + Math.log1p(-Math.exp(-2 * h)) - Math.LN2 - Math.log(h) : Math.log(Math.sinh(h) / h));
    const q = build({ family: 'uniform', a: 0, b: 1 });
    for (const d of [1e-8, 1e-3, 0.3, 3]) {
      const ref = bruteForce((l) => logSinhc(l / 2), d);
      const r = dvBound(q, d);
      expect(Math.abs(r.bound - ref) / ref, `B(${d}; U(0,1)) = ${r.bound} vs ${ref}`).toBeLessThan(1e-8);
    }
  });

  it('Exp(r): B(d) is the shift of the tilt Exp(r − θ) whose KL is d', () => {
    const rate = 2;
    const q = build({ family: 'exponential', rate });
    for (const d of [1e-9, 1e-2, 1, 50]) {
      // KL(Exp(r − θ)‖Exp(r)) = log((r − θ)/r) + θ/(r − θ), increasing in θ ∈ (0, r): bisection
      let lo = 0, hi = rate;
      for (let i = 0; i < 200; i++) { const t = 0.5 * (lo + hi); const kl = Math.log1p(-t / rate) + t / (rate - t); if (kl < d) lo = t; else hi = t; }
      const theta = 0.5 * (lo + hi);
      const exact = 1 / (rate - theta) - 1 / rate;
      const r = dvBound(q, d);
      expect(Math.abs(r.bound - exact) / exact, `B(${d}; Exp(${rate})) = ${r.bound} vs ${exact}`).toBeLessThan(1e-7);
    }
  });

  it('reflected Pareto (node tables) agrees with the family\'s own quadrature logMgf', () => {
    const q = build({ family: 'affine', base: { family: 'pareto', xm: 1, alpha: 3 }, loc: 1, scale: -2 });
    const mu = q.mean();
    for (const d of [1e-6, 0.05, 2]) {
      const ref = bruteForce((l) => q.logMgf(l) - l * mu, d, -20, 8);
      const r = dvBound(q, d);
      expect(Math.abs(r.bound - ref) / ref, `B(${d}) = ${r.bound} vs brute force ${ref}`).toBeLessThan(1e-6);
    }
  });

  it('no root of k(λ) = d in the search range: the infimum is taken at the range\'s end (2 − Weibull(k ≈ 0.02))', () => {
    // the tilt's KL stays below d = 1 as far as the tables reach (the mass within 1e-16 of sup V = 2 has KL
    // ≈ 0.96), so g decreases on the whole range and B(1) is sup − μ to double precision: certified above by
    // sup − μ itself and below by Q conditioned on V > 2 − 1e-300 (t3DecayCertificate.ts)
    const q = build({ family: 'affine', base: { family: 'weibull', k: 0.020486484110082706, lambda: 1 }, loc: 2, scale: -1 });
    const r = dvBound(q, 1);
    const top = 2 - q.mean();
    expect(r.error, `error ${r.error} of B(1) = ${r.bound}`).toBeLessThan(1e-9 * top);
    expect(r.bound, `B(1) = ${r.bound} ± ${r.error} vs sup − μ = ${top}`).toBeLessThanOrEqual(top * (1 + 1e-12) + r.error);
    expect(r.bound, `B(1) = ${r.bound} ± ${r.error} vs sup − μ = ${top}`).toBeGreaterThanOrEqual(top * (1 - 1e-12) - r.error);
  });

  it('k(λ) > d down to λ = e^{−80}: the infimum over the range is at its lower end, an honest upper bound (Gamma(2, 1), d = 1e-200)', () => {
    // B(d) = σ√(2d)(1 + O(√d)) = 2e-100 here; the range stops at λ = e^{−80}, so the value is g(e^{−80}) with its
    // error covering [0, g]: the true B must lie inside, and the end chosen must be the lower one (g there ~ 1e-35;
    // at the upper end λ₊ = 1, g is ≥ 1)
    const q = build({ family: 'gamma', shape: 2, rate: 1 });
    const r = dvBound(q, 1e-200);
    const exact = Math.SQRT2 * Math.sqrt(2e-200);
    expect(r.lambda, `λ* = ${r.lambda}`).toBeCloseTo(Math.exp(-80), 40);
    expect(r.bound, `B = ${r.bound} ± ${r.error}`).toBeLessThan(1e-30);
    expect(Math.abs(r.bound - exact), `B = ${r.bound} ± ${r.error} vs σ√(2d) = ${exact}`).toBeLessThanOrEqual(r.error);
  });

  it('a root far below the start: the walk\'s far-end check brackets it (−Pareto(1, α = 1.2), infinite variance)', () => {
    // σ = ∞: the walk starts at log √(2d) while λ* ~ d^{1/α}, ≥ 3 steps of 2 away for d ≤ 1e-8
    const q = build({ family: 'affine', base: { family: 'pareto', xm: 1, alpha: 1.2 }, loc: 0, scale: -1 });
    const mu = q.mean();
    for (const d of [1e-8, 1e-12]) {
      const ref = bruteForce((l) => q.logMgf(l) - l * mu, d, -40, 0);
      const r = dvBound(q, d);
      // within B's own error estimate (the node tables' resolution of an infinite-variance tail) plus 1e-6
      expect(Math.abs(r.bound - ref), `B(${d}) = ${r.bound} ± ${r.error} vs brute force ${ref}`).toBeLessThan(r.error + 1e-6 * ref);
      expect(r.error, `B(${d}) = ${r.bound} ± ${r.error}`).toBeLessThan(0.05 * ref);
    }
  });

  it('heavy right tail gives Infinity; d = 0 gives 0; invalid inputs give NaN', () => {
    expect(dvBound(build({ family: 'studentT', df: 3 }), 0.1).bound).toBe(Infinity);
    expect(dvBound(build({ family: 'lognormal', mu: 0, sigma: 1 }), 1e-9).bound).toBe(Infinity);
    expect(dvBound(build({ family: 'normal', mu: 1, sigma: 1 }), 0).bound).toBe(0);
    expect(dvBound(build({ family: 'normal', mu: 1, sigma: 1 }), -1).bound).toBeNaN();
    expect(dvBound(build({ family: 'affine', base: { family: 'pareto', xm: 1, alpha: 0.5 }, loc: 0, scale: -1 }), 0.1).bound).toBeNaN();
  });
});

/** Double-double arithmetic (Dekker; Knuth's TwoSum): [hi, lo] with hi + lo exact to ~1e-32 relative. */
type DD = [number, number];
function twoSum(a: number, b: number): DD { const s = a + b, bb = s - a; return [s, (a - (s - bb)) + (b - bb)]; }
function split(a: number): DD { const c = 134217729 * a, h = c - (c - a); return [h, a - h]; }
function twoProd(a: number, b: number): DD {
  const p = a * b, [ah, al] = split(a), [bh, bl] = split(b);
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}
function ddAdd(x: DD, y: DD): DD { const [s, e] = twoSum(x[0], y[0]); return twoSum(s, e + x[1] + y[1]); }
function ddMul(x: DD, b: number): DD { const [p, e] = twoProd(x[0], b); return twoSum(p, e + x[1] * b); }

/**
 * Categorical laws with dyadic probabilities k_i/1024 summing to 1 exactly (no normalisation rounding), atoms
 * c·(1 + δ_i) crowded near a centre c far from 0, under loc + s·X with loc ≈ −s·c: the law's own numbers are
 * small while its mean is formed from numbers of size |c| (affine(categorical[10], −10, 1) is the extreme).
 */
const crowded = fc
  .record({
    c: fc.constantFrom(10, -10, 1e6, -3e7, 0.1, 123.456, 1e15),
    offsets: fc.array(fc.oneof(fc.integer({ min: -4, max: 4 }).map((u) => u * Number.EPSILON), fc.double({ min: -1e-3, max: 1e-3, noNaN: true })), { minLength: 1, maxLength: 5 }),
    ks: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 5, maxLength: 5 }),
    scale: fc.constantFrom(1, -1, 3, 0.5, -2.5),
    cancel: fc.boolean(),
  })
  .map(({ c, offsets, ks, scale, cancel }) => {
    const values = offsets.map((o) => c * (1 + o));
    const k = ks.slice(0, values.length - 1);
    const probs = [...k, 1024 - k.reduce((a, b) => a + b, 0)].map((x) => x / 1024);
    const spec: DistributionSpec = { family: 'affine', base: { family: 'categorical', values, probs }, loc: cancel ? -scale * c : 1, scale };
    // exact B at the atom at the top: s·Σ w_i·(x_ext − x_i) ≥ 0, x_ext the base atom mapped to the top (loc cancels)
    const ext = scale > 0 ? Math.max(...values) : Math.min(...values);
    let b: DD = [0, 0];
    values.forEach((x, i) => { b = ddAdd(b, ddMul(twoSum(ext, -x), probs[i])); });
    // exact mean loc + s·Σ w_i x_i
    let m: DD = [0, 0];
    values.forEach((x, i) => { m = ddAdd(m, twoProd(x, probs[i])); });
    return { spec, exactB: ddMul(b, scale), exactMean: ddAdd(ddMul(m, scale), [spec.loc, 0]) };
  });

describe('B = sup − μ at an atom at the top: the mean\'s rounding is counted (a law within rounding of its top)', () => {
  it.each<DistributionSpec>([
    { family: 'affine', base: { family: 'categorical', values: [10], probs: [1] }, loc: -10, scale: 1 },
    { family: 'affine', base: { family: 'categorical', values: [1e15 + 2], probs: [1] }, loc: -1e15, scale: -3 },
    { family: 'pointMass', x: 3 },
    { family: 'categorical', values: [-7.25], probs: [1] },
  ])('a law on one point: B(d) = 0 exactly, error 0 (every P ≪ δ_x is δ_x): %j', (spec) => {
    const q = build(spec);
    for (const d of [1e-12, 1e-3, 1, 50]) {
      const r = dvBound(q, d);
      // the first law's computed mean is 1.8e-15 = ulp(10), above its top 0: B was −1.8e-15 ± 1.6e-30
      expect(r.bound, `B(${d}) = ${r.bound} ± ${r.error}, μ = ${q.mean()}, support ${JSON.stringify(q.support)}`).toBe(0);
      expect(r.error, `error of B(${d}) = ${r.bound}`).toBe(0);
    }
  });

  it.each<[DistributionSpec, number]>([
    // atoms 0 and 1 exactly, each ½: B = 1 − ½; computed μ = 0.4999999989522621 (B was 0.5000000010 ± 1.3e-15)
    [{ family: 'affine', base: { family: 'categorical', values: [1e6, 1e6 + 1], probs: [0.5, 0.5] }, loc: -1e6, scale: 1 }, 0.5],
    // atoms 0 (1e-3) and 2^-49 (0.999): B = 1e-3·2^-49 ≥ 0; computed μ = 7.1e-15 > top (B was −5.3e-15 ± 7.9e-30)
    [{ family: 'affine', base: { family: 'categorical', values: [10, 10.000000000000002], probs: [1e-3, 0.999] }, loc: -10, scale: 1 }, 1e-3 * 2 ** -49],
  ])('B(1) within its error of the exact sup − μ: %j', (spec, exact) => {
    const q = build(spec);
    const r = dvBound(q, 1);
    const msg = `B(1) = ${r.bound} ± ${r.error} vs exact ${exact}; μ = ${q.mean()}, top ${q.support.upper}`;
    expect(r.lambda, msg).toBe(Infinity); // the atom-at-top form, not the root search
    expect(r.bound, msg).toBeGreaterThanOrEqual(0);
    expect(Math.abs(r.bound - exact), msg).toBeLessThanOrEqual(r.error);
    expect(r.error, `${msg}: a few ulps of the base's atoms, not more`).toBeLessThan(1e-13 * 1e6);
  });

  test.prop([crowded])('over affine maps of crowded categorical laws: B(d) ≥ 0 and |B − (sup − μ)| ≤ error, d past −log Q(sup)', ({ spec, exactB }) => {
    const q = build(spec);
    const atTop = q.massAt(q.support.upper);
    fc.pre(atTop > 0);
    const d = -Math.log(atTop) + 0.5;
    const r = dvBound(q, d);
    const msg = `B(${d}) = ${r.bound} ± ${r.error} vs exact ${exactB[0]}; μ = ${q.mean()}, support ${JSON.stringify(q.support)}, ${JSON.stringify(spec)}`;
    expect(r.bound, msg).toBeGreaterThanOrEqual(0);
    expect(Math.abs(r.bound - exactB[0] - exactB[1]), msg).toBeLessThanOrEqual(r.error + 1e-28 * Math.abs(exactB[0]));
  });

  test.prop([crowded])('meanRoundingOf bounds |μ − E[X]| (exact sums in double-double)', ({ spec, exactMean }) => {
    const q = build(spec);
    const mu = q.mean(), bound = meanRoundingOf(q);
    const err = Math.abs(mu - exactMean[0] - exactMean[1]);
    const msg = `μ = ${mu}, exact ${exactMean[0]} + ${exactMean[1]}, rounding bound ${bound}; ${JSON.stringify(spec)}`;
    expect(err, msg).toBeLessThanOrEqual(bound);
    // not vacuous: within 1e4 ulps of the largest number the mean is formed from (the base atoms, then loc)
    const base = (spec as { base: { values: number[] } }).base.values;
    expect(bound, msg).toBeLessThanOrEqual(1e4 * Number.EPSILON * (Math.abs(spec.loc as number) + Math.abs(spec.scale as number) * (Math.abs(mu) + Math.max(...base.map(Math.abs)))));
  });
});

describe('B from the root search on a law a few ulps wide: the centring at the computed mean is counted', () => {
  /** x* with kl(½ + x ‖ ½) = (½ + x)·log1p(2x) + (½ − x)·log1p(−2x) = d, by bisection (stable for small x) */
  function bernoulliShift(d: number): number {
    let lo = 0, hi = 0.5;
    for (let i = 0; i < 200; i++) {
      const x = 0.5 * (lo + hi);
      const kl = (0.5 + x) * Math.log1p(2 * x) + (0.5 - x) * Math.log1p(-2 * x);
      if (kl < d) lo = x; else hi = x;
    }
    return 0.5 * (lo + hi);
  }
  // atoms a and a + h w.p. ½: every P ≪ Q is Bernoulli on them, so B(d) = h·x*(d) exactly. The computed mean is
  // off by up to h/2 (a + h/2 is not a double when h is one ulp), and the centred sums then put B 41% (h = 2^-52)
  // and 4× (a = 1e6, h = 2^-32) above it, with error estimates of 2e-31 and 1e-24
  it.each<[number, number]>([[1, 2 ** -52], [1e6, 2 ** -32], [1e6, 1]])('categorical {%d, %d above} w.p. ½: |B − h·x*| ≤ error', (a, h) => {
    const q = build({ family: 'categorical', values: [a, a + h], probs: [0.5, 0.5] });
    for (const d of [1e-12, 1e-6]) {
      const r = dvBound(q, d), exact = h * bernoulliShift(d);
      const msg = `B(${d}) = ${r.bound} ± ${r.error} vs exact ${exact}; μ = ${q.mean()}, atoms ${a}, ${a + h}`;
      expect(Math.abs(r.bound - exact), msg).toBeLessThanOrEqual(r.error);
      expect(r.error, `${msg}: a few ulps of |μ|, not more`).toBeLessThan(1e-13 * a + 1e-8 * exact);
    }
  });
});
