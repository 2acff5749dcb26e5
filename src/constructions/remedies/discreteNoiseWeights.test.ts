import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { logMeanH, logMeanHGap, type Reward } from './boundedReward.ts';
import { discreteNoiseParts, logMeanHGapOverAtoms, logMeanHOverAtoms } from './discreteNoiseWeights.ts';

/**
 * mpmath (40 digits) references: W = Σⱼ pⱼ·exp((r(yⱼ) − 1)/β), yⱼ = (g + xⱼ − loc)/scale, and the gap
 * Σⱼ pⱼ·h(y⁰ⱼ)·expm1((r(y⁰ⱼ + d) − r(y⁰ⱼ))/β), d = (g − g₀)/scale, with r(y₁) − r(y₀) = sinh(k d)/(cosh(k y₁)cosh(k y₀))
 * (tanh k = 1, sigmoid k = ½; clip: |[y₀, y₀ + d] ∩ [−1, 1]|), summed over every atom (finite laws), over n < 400
 * (geometric 0.3), n < 200 (Poisson 4), n < 6000 (geometric 0.01), n < 60 (geometric 0.137: terms fall as e^{−2000n}), n ∈ [10⁴, 1.8·10⁴) (Poisson 10⁵: the terms peak
 * at n ≈ λ/e² and the rest is below e^{−500} of the sum), n < 20 (zeta 3 under clip: every further term is 0);
 * zeta 2.5's W adds its tail beyond n = 4000 at h = 1 (clip saturated there). Script: .scratch/s5/dxh/ref2.py.
 */
interface Ref { x: DistributionSpec; r: Reward; beta: number; g: number; g0: number; logW?: number; logGap: number }
const tanh = (loc: number, scale: number): Reward => ({ squash: 'tanh', loc, scale });
const refs: Ref[] = [
  // X ∈ {−1, 2, 10}, V ≈ 1000: the gap e^{−2016.7} sits where the layer cake's integrand is 0 but on windows near s ≈ −2000
  { x: { family: 'categorical', values: [-1, 2, 10], probs: [0.25, 0.5, 0.25] }, r: tanh(1, 1), beta: 1, g: 1110, g0: 1010, logW: 0, logGap: -2016.6882019238909 },
  { x: { family: 'categorical', values: [-1, 2, 10], probs: [0.25, 0.5, 0.25] }, r: { squash: 'sigmoid', loc: 1, scale: 1 }, beta: 0.01, g: 1110, g0: 1010, logW: 0, logGap: -1003.9930388490214 },
  { x: { family: 'geometric', p: 0.3 }, r: tanh(2, 1.5), beta: 0.5, g: 0.3, g0: 0.1, logW: -0.77260727110055269, logGap: -3.5219290323048557 },
  { x: { family: 'poisson', lambda: 4 }, r: { squash: 'sigmoid', loc: 3, scale: 0.7 }, beta: 0.2, g: 0.5, g0: -0.25, logW: -0.91180189435529373, logGap: -2.1260719402344777 },
  { x: { family: 'affine', base: { family: 'geometric', p: 0.01 }, loc: 0, scale: -0.5 }, r: tanh(0, 3), beta: 2, g: 1, g0: 0.999, logW: -0.96628572544067433, logGap: -12.00232140888764 },
  { x: { family: 'affine', base: { family: 'poisson', lambda: 100000 }, loc: -1, scale: -1 }, r: tanh(0, 1), beta: 1, g: 0.5, g0: 0.3, logGap: -86469.88816208976 },
  { x: { family: 'zeta', s: 2.5 }, r: { squash: 'clip', loc: 3, scale: 2 }, beta: 0.3, g: 0.5, g0: 0.2, logW: -2.6600868295052081, logGap: -4.9349616062519103 },
  { x: { family: 'affine', base: { family: 'zeta', s: 3 }, loc: -2, scale: 0.5 }, r: { squash: 'clip', loc: 0, scale: 1 }, beta: 0.05, g: 0.7, g0: 0.2, logGap: -5.0099878379369299 },
  // λ an ulp-scale off 1e5: the march from B's median or φ's centres alone would climb to the peak one atom at a time
  { x: { family: 'affine', base: { family: 'poisson', lambda: 99999.99999999824 }, loc: -1, scale: -1 }, r: tanh(0, 1), beta: 1, g: 0.5, g0: 0.3, logGap: -86469.888162088237 },
  // r = 1 − e^{−8000} on every atom: 1 − h below the double range (the tail bracket must not read it as 0)
  { x: { family: 'geometric', p: 0.1369197803677882 }, r: tanh(-1, 0.001), beta: 1, g: 2.5, g0: 2, logGap: -8001.2952128888529 },
  { x: { family: 'poisson', lambda: 1 }, r: tanh(10, 1), beta: 1, g: -0.997947694020952447, g0: -1, logGap: -22.504803544834819 },
];

describe('exact sums over the atoms of a discrete noise against mpmath', () => {
  for (const c of refs) {
    it(`X ${JSON.stringify(c.x)}, ${JSON.stringify(c.r)}, β = ${c.beta}, g = ${c.g}, g₀ = ${c.g0}`, () => {
      const n = build(c.x);
      const parts = discreteNoiseParts(n)!;
      const tol = (l: number, rel: number) => rel + 1e-12 * Math.max(1, Math.abs(l));
      const gap = logMeanHGapOverAtoms(c.r, c.beta, c.g, c.g0, parts);
      const what = `gap ${JSON.stringify(c)}: e^${gap.log} ± ${gap.relError}`;
      expect(gap.relError, what).toBeLessThan(1e-6);
      expect(Math.abs(gap.log - c.logGap), what).toBeLessThanOrEqual(tol(c.logGap, gap.relError));
      // the dispatch in boundedReward gives the same
      const viaCake = logMeanHGap(c.r, c.beta, c.g, c.g0, n);
      expect(viaCake.converged && viaCake.log === gap.log, `${what}; logMeanHGap ${JSON.stringify(viaCake)}`).toBe(true);
      if (c.logW !== undefined) {
        const w = logMeanHOverAtoms(c.r, c.beta, c.g, parts);
        const wWhat = `W ${JSON.stringify(c)}: e^${w.log} ± ${w.relError}`;
        expect(Math.abs(w.log - c.logW), wWhat).toBeLessThanOrEqual(tol(c.logW, w.relError) + 1e-15);
        expect(logMeanH(c.r, c.beta, c.g, n).log, wWhat).toBe(w.log);
      }
    });
  }
});

describe('a mixed noise: atom sums for its discrete components, a layer cake per continuous one (boundedReward.mixedSum)', () => {
  // mpmath (30 digits): ½·Σ pⱼ·(term at xⱼ) + ½·∫ (term at x)·φ(x) dx over X = ½·categorical{−1, 2, 10}(¼, ½, ¼) + ½·N(0, 1),
  // tanh(u − 1); the terms as in the references above; quad on unit subintervals of [−40, 40] plus the two tails
  const n = build({ family: 'mixture', components: [{ family: 'categorical', values: [-1, 2, 10], probs: [0.25, 0.5, 0.25] }, { family: 'normal', mu: 0, sigma: 1 }], weights: [0.5, 0.5] });
  const cases = [
    { beta: 1, g: 1110, g0: 1010, logW: 0, logGap: -2015.7758654389717 },
    { beta: 0.5, g: 0.5, g0: 0.2, logW: -0.88170526921058364, logGap: -2.9747693808682761 },
  ];
  for (const c of cases) {
    it(`β = ${c.beta}, g = ${c.g}, g₀ = ${c.g0}`, () => {
      const w = logMeanH(tanh(1, 1), c.beta, c.g, n), gap = logMeanHGap(tanh(1, 1), c.beta, c.g, c.g0, n);
      const what = `${JSON.stringify(c)}: W ${JSON.stringify(w)}, gap ${JSON.stringify(gap)}`;
      expect(w.converged && gap.converged, what).toBe(true);
      expect(Math.abs(w.log - c.logW), what).toBeLessThanOrEqual(w.relError + 1e-12 * Math.max(1, Math.abs(c.logW)));
      expect(Math.abs(gap.log - c.logGap), what).toBeLessThanOrEqual(gap.relError + 1e-12 * Math.abs(c.logGap));
    });
  }
});

describe('clip: a zero gap term is certified only where no rounding could hide a positive one', () => {
  const parts = discreteNoiseParts(build({ family: 'zeta', s: 3 }))!;
  const clip: Reward = { squash: 'clip', loc: 0, scale: 1 };
  it('atoms on the integers, g₀ = 0: y = g₀ + x ≥ 1 exactly, every term 0 (W constant in g ≥ 0)', () => {
    const z = logMeanHGapOverAtoms(clip, 0.1, 2, 0, parts);
    expect(z.log === -Infinity && z.exactZero, JSON.stringify(z)).toBe(true);
  });
  it('g₀ = 1e-17: y = 1 + 1e-17 rounds to 1, the zero is not certified', () => {
    const z = logMeanHGapOverAtoms(clip, 0.1, 2, 1e-17, parts);
    expect(z.log === -Infinity && !z.exactZero, JSON.stringify(z)).toBe(true);
  });
});

/** Atoms (x, p) listed one by one: finite laws whole, lattices until P(B > n) < 1e-18. */
function listAtoms(spec: DistributionSpec): [number, number][] {
  const d = build(spec);
  const out: [number, number][] = [];
  for (let k = d.support.lower; k <= d.support.upper && out.length < 5000; k++) {
    if (spec.family === 'categorical') break;
    out.push([k, Math.exp(d.logPdf(k))]);
    if (d.logSf(k) < -41.5) break;
  }
  return spec.family === 'categorical' ? spec.values.map((x, i) => [x, spec.probs[i]]) : out;
}

const xLaw: fc.Arbitrary<DistributionSpec> = fc.oneof(
  fc.array(fc.tuple(fc.double({ min: -8, max: 8, noNaN: true }), fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 5 }).map(([...a]): DistributionSpec => {
    const tot = a.reduce((s, y) => s + y[1], 0);
    return { family: 'categorical', values: a.map((y) => y[0]), probs: a.map((y) => y[1] / tot) };
  }),
  fc.double({ min: 0.05, max: 0.9, noNaN: true }).map((p): DistributionSpec => ({ family: 'geometric', p })),
  fc.double({ min: 0.1, max: 20, noNaN: true }).map((lambda): DistributionSpec => ({ family: 'poisson', lambda })),
);
const reward: fc.Arbitrary<Reward> = fc.record({ squash: fc.constantFrom('tanh', 'sigmoid', 'clip' as const), loc: fc.double({ min: -5, max: 5, noNaN: true }), scale: fc.double({ min: 0.1, max: 10, noNaN: true }) });

describe('exact sums against the naive linear-space sums (where those resolve)', () => {
  test.prop([xLaw, reward, fc.double({ min: 0.05, max: 10, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 1e-3, max: 3, noNaN: true })])(
    'W(g) and W(g) − W(g₀)',
    (x, r, beta, g0, w) => {
      const g = g0 + w;
      const parts = discreteNoiseParts(build(x))!;
      const atoms = x.family === 'categorical' ? x.values.map((v, i): [number, number] => [v, x.probs[i]]) : listAtoms(x);
      const h = (u: number) => { const y = (u - r.loc) / r.scale; const rr = r.squash === 'tanh' ? Math.tanh(y) : r.squash === 'sigmoid' ? Math.tanh(y / 2) : Math.max(-1, Math.min(1, y)); return Math.exp((rr - 1) / beta); };
      const W = atoms.reduce((s, [xx, p]) => s + p * h(g + xx), 0);
      const G = atoms.reduce((s, [xx, p]) => s + p * (h(g + xx) - h(g0 + xx)), 0);
      const a = logMeanHOverAtoms(r, beta, g, parts), b = logMeanHGapOverAtoms(r, beta, g, g0, parts);
      const what = `X ${JSON.stringify(x)}, ${JSON.stringify(r)}, β = ${beta}, g₀ = ${g0}, g = ${g}: W e^${a.log} ± ${a.relError} vs ${W}; gap e^${b.log} ± ${b.relError} vs ${G}`;
      // the naive sums carry ~1e-15 per atom, and the lattice lists leave out a tail below 1e-18
      const naiveErr = 1e-14 * W * atoms.length + 1e-17;
      expect(Math.abs(Math.exp(a.log) - W), what).toBeLessThanOrEqual(Math.exp(a.log) * a.relError + naiveErr);
      if (G > 1e-6 * W) expect(Math.abs(Math.exp(b.log) - G), what).toBeLessThanOrEqual(Math.exp(b.log) * b.relError + naiveErr);
    },
  );
});
