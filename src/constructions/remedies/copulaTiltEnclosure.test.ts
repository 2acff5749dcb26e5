import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { integrate } from '../../numerics/quadrature.ts';
import type { PairSpec } from '../../pairs/types.ts';
import type { Reward, Squash } from './boundedReward.ts';
import { optimumExistsVerdict, positiveUtilityVerdict } from './boundedRewardVerdicts.ts';
import { continuousV } from './continuousPairs.ts';
import { quantileCouplingPair } from './copulaPairs.ts';
import { betaArbitrary, rewardArbitrary } from './remedyCases.ts';
import { categoricalSpec } from '../../arbitraries/categoricalSpec.ts';
import { geometricSpec } from '../../arbitraries/geometricSpec.ts';
import { poissonSpec } from '../../arbitraries/poissonSpec.ts';
import { copulaTiltEnclosure, type CopulaEnclosure, type CopulaSpec } from './copulaTiltEnclosure.ts';
import { rewardAt } from './boundedReward.ts';

const normal = (mu: number, sigma: number): DistributionSpec => ({ family: 'normal', mu, sigma });
const tanh1: Reward = { squash: 'tanh', loc: 0, scale: 1 };
const never = (): boolean => false;

/** N and E[W] in linear space from an enclosure (scaled by e^{scaleLog}). */
const nBounds = (e: CopulaEnclosure): [number, number] => [e.nLo * Math.exp(e.scaleLog), e.nHi * Math.exp(e.scaleLog)];

function enclose(r: Reward, beta: number, spec: CopulaSpec, decided?: (e: CopulaEnclosure) => boolean): CopulaEnclosure {
  const e = copulaTiltEnclosure(r, beta, spec, decided);
  if ('reason' in e) throw new Error(`${JSON.stringify(spec)}: ${e.reason}`);
  return e;
}

/**
 * mpmath quad at 30 digits, h(u) = exp((tanh(u) − 1)/β), φ the N(0, 1) density:
 *  comonotone X, V ~ N(0, 1) (U = 2Z, V = Z), β = 1: N = ∫ z·h(2z)φ(z) dz, E[W] = ∫ h(2z)φ(z) dz;
 *  countermonotone X ~ N(0, 10), V ~ N(0, 1) (U = 9Z, V = −Z), β = 1: N = −∫ z·h(9z)φ(z) dz;
 *  countermonotone X ~ Exp(1), V ~ U(0, 1), β = ½: N = ∫₀¹ (½ − w)·h(−log(1 − w) + 1 − w) dw, E[W] = ∫₀¹ h(…) dw.
 */
const MPMATH: { name: string; spec: CopulaSpec; beta: number; n: number; e: number }[] = [
  { name: 'comonotone N(0,1)/N(0,1)', spec: { kind: 'comonotone', x: normal(0, 1), v: normal(0, 1) }, beta: 1, n: 0.310279734769054990358111169414, e: 0.493041127234546375733458983913 },
  { name: 'countermonotone N(0,10)/N(0,1)', spec: { kind: 'countermonotone', x: normal(0, 10), v: normal(0, 1) }, beta: 1, n: -0.342895403305860513431879338095, e: 0.549572288392166775526968913629 },
  { name: 'countermonotone Exp(1)/U(0,1)', spec: { kind: 'countermonotone', x: { family: 'exponential', rate: 1 }, v: { family: 'uniform', a: 0, b: 1 } }, beta: 0.5, n: -0.0354389351175392795478129450039, e: 0.756840623363560909290792143984 },
];

describe('copulaTiltEnclosure: rigorous bounds on E[(V − μ)h(U)] and E[h(U)] for quantile couplings', () => {
  for (const c of MPMATH) {
    it(`${c.name}: the enclosure contains the mpmath values at the first decisive level and when refined to the end`, () => {
      const first = enclose(tanh1, c.beta, c.spec);
      const full = enclose(tanh1, c.beta, c.spec, never);
      for (const [what, e] of [['first', first], ['full', full]] as const) {
        const [lo, hi] = nBounds(e);
        expect(lo, `${c.name} (${what}): N lower ${lo} ≤ ${c.n}`).toBeLessThanOrEqual(c.n);
        expect(hi, `${c.name} (${what}): N upper ${hi} ≥ ${c.n}`).toBeGreaterThanOrEqual(c.n);
        expect(e.eLo, `${c.name} (${what}): E[W] lower ${e.eLo} ≤ ${c.e}`).toBeLessThanOrEqual(c.e);
        expect(e.eHi, `${c.name} (${what}): E[W] upper ${e.eHi} ≥ ${c.e}`).toBeGreaterThanOrEqual(c.e);
        expect(Math.sign(c.n) > 0 ? e.nLo > 0 : e.nHi < 0, `${c.name} (${what}): the sign of N is certified: [${lo}, ${hi}]`).toBe(true);
      }
      // refined to the end: much narrower (the box of each piece shrinks with it; the piece where A → ∞ at an end of
      // W, e.g. X = −log(1 − W), narrows only as fast as its mass)
      const [lo, hi] = nBounds(full), [lo0, hi0] = nBounds(first);
      expect(hi - lo, `${c.name}: refined width ${hi - lo} against ${hi0 - lo0} at the first level`).toBeLessThan(Math.min(0.25 * (hi0 - lo0), 0.1 * Math.abs(c.n)));
      expect(full.eHi - full.eLo, `${c.name}: refined E[W] width ${full.eHi - full.eLo}`).toBeLessThan(Math.min(0.25 * (first.eHi - first.eLo), 0.1 * c.e));
    });
  }

  it('a countermonotone pair where the bounded reward lowers E[V]: positiveUtilityVerdict fails with the enclosure', () => {
    // X ~ N(0, 10), V ~ N(0, 1), V = F_V⁻¹(1 − W): U = 9Z, V = −Z; E_{P*}[V] − E[V] = N/E[W] = −0.6239 (mpmath)
    const pair: PairSpec = { kind: 'countermonotone', x: normal(0, 10), v: normal(0, 1) };
    const v = positiveUtilityVerdict(pair, tanh1, 1);
    expect(v.status, v.summary).toBe('fails');
    expect(v.numbers.nUpper, v.summary).toBeLessThan(0);
    const s = v.numbers.shift * Math.exp(v.numbers.scaleLog), err = v.numbers.error * Math.exp(v.numbers.scaleLog);
    expect(Math.abs(s + 0.623931392736409866), `shift ${s} ± ${err}`).toBeLessThanOrEqual(err);
    // the same laws comonotone: U = 11Z, V = Z, a gain
    expect(positiveUtilityVerdict({ ...pair, kind: 'comonotone' }, tanh1, 1).status).toBe('holds');
    // and the existence of the optimum: log Z ∈ [−1/β, 1/β]
    expect(optimumExistsVerdict(pair, tanh1, 1).status).toBe('holds');
  });
});

/** A brute-force reference: N = ∫₀¹ (V(w) − μ)h(U(w)) dw and E[W] = ∫₀¹ h(U(w)) dw by adaptive quadrature in the logit of w. */
function bruteForce(r: Reward, beta: number, spec: CopulaSpec): { n: number; nErr: number; e: number; eErr: number } {
  const X = build(spec.x), V = build(spec.v), mu = V.mean();
  const sig = (y: number) => (y >= 0 ? 1 / (1 + Math.exp(-y)) : Math.exp(y) / (1 + Math.exp(y)));
  const at = (y: number) => {
    const w = sig(y), w1 = sig(-y);
    const v = V.quantile(spec.kind === 'comonotone' ? w : w1);
    return { v, h: Math.exp((rewardAt(r, X.quantile(w) + v) - 1) / beta), jac: w * w1 };
  };
  const opts = { relTol: 1e-11, breakpoints: [0], maxEvaluations: 400_000 };
  const n = integrate((y) => { const p = at(y); return (p.v - mu) * p.h * p.jac; }, -36.7, 36.7, opts);
  const e = integrate((y) => { const p = at(y); return p.h * p.jac; }, -36.7, 36.7, opts);
  // the ends beyond |y| = 36.7 hold w or 1 − w below 1e-16: at most that mass times |V − μ| there
  const cut = 2e-16 * (Math.abs(at(-36.7).v - mu) + Math.abs(at(36.7).v - mu) + 1);
  return { n: n.value, nErr: n.error + cut + 1e-13, e: e.value, eErr: e.error + 1e-15 };
}

const smoothLaw: fc.Arbitrary<DistributionSpec> = fc.oneof(
  fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 0.2, max: 5, noNaN: true })).map(([mu, sigma]) => normal(mu, sigma)),
  fc.double({ min: 0.2, max: 5, noNaN: true }).map((rate): DistributionSpec => ({ family: 'exponential', rate })),
  fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 0.1, max: 5, noNaN: true })).map(([a, w]): DistributionSpec => ({ family: 'uniform', a, b: a + w })),
);
const smoothCase = fc.record({
  spec: fc.record({ kind: fc.constantFrom<'comonotone' | 'countermonotone'>('comonotone', 'countermonotone'), x: smoothLaw, v: smoothLaw }),
  reward: fc.record({ squash: fc.constantFrom<Squash>('tanh', 'sigmoid', 'clip'), loc: fc.double({ min: -3, max: 3, noNaN: true }), scale: fc.double({ min: 0.2, max: 5, noNaN: true }) }),
  beta: fc.double({ min: 0.05, max: 5, noNaN: true }),
});

describe('copulaTiltEnclosure against brute-force quadrature in w', () => {
  test.prop([smoothCase], { numRuns: 20 })('the enclosure (first decisive level, and fully refined) contains the quadrature value', ({ spec, reward, beta }) => {
    const ref = bruteForce(reward, beta, spec);
    for (const e of [enclose(reward, beta, spec), enclose(reward, beta, spec, never)]) {
      const [lo, hi] = nBounds(e);
      const where = `${JSON.stringify({ spec, reward, beta })}: N ∈ [${lo}, ${hi}] vs ${ref.n} ± ${ref.nErr}; E[W] ∈ [${e.eLo}, ${e.eHi}] vs ${ref.e} ± ${ref.eErr}`;
      expect(lo - ref.nErr, where).toBeLessThanOrEqual(ref.n);
      expect(hi + ref.nErr, where).toBeGreaterThanOrEqual(ref.n);
      expect(e.eLo - ref.eErr, where).toBeLessThanOrEqual(ref.e);
      expect(e.eHi + ref.eErr, where).toBeGreaterThanOrEqual(ref.e);
    }
  });
});

describe('comonotone pairs with a strictly increasing bounded reward: N > 0 (Chebyshev: V and h(U) both non-decreasing in W)', () => {
  const strict = fc.record({ squash: fc.constantFrom<Squash>('tanh', 'sigmoid'), loc: fc.double({ min: -3, max: 3, noNaN: true }), scale: fc.double({ min: 0.5, max: 10, noNaN: true }) });
  // X continuous or discrete (Poisson, geometric, categorical) on the scale of V and of the reward (within ~1e2), β 0.2–10
  const moderateX = fc.oneof(continuousV(), poissonSpec(), geometricSpec(), categoricalSpec({ maxAtoms: 4 }));
  test.prop([fc.record({ pair: quantileCouplingPair(continuousV(), ['comonotone']).map((p) => p), x: moderateX, reward: strict, beta: fc.double({ min: 0.2, max: 10, noNaN: true }) })], { numRuns: 150 })(
    'X on the scale of the reward: the enclosure\'s lower end is positive',
    ({ pair, x, reward, beta }) => {
      const spec: CopulaSpec = { kind: 'comonotone', x, v: (pair as CopulaSpec).v };
      const e = copulaTiltEnclosure(reward, beta, spec);
      const where = `${JSON.stringify({ spec, reward, beta })}: ${JSON.stringify(e)}`;
      expect('reason' in e, where).toBe(false);
      expect((e as CopulaEnclosure).nLo, where).toBeGreaterThan(0);
    },
  );

  // X any law (remedyCases.anyNoise: heavy up to zeta(1 + 1e-9), scales 1e-6…1e6) and rewards/β as the claims draw them:
  // where r is saturated on all of W but a sliver below the resolution of V's nodes, the gain lies below the rounding
  // of E[V] times that sliver and stays undecided; the sign is never certified wrong
  it('any X, the claims\' rewards: never a certified N ≤ 0, and undecided in under 3% of 300 cases', () => {
    const cases = fc.sample(fc.record({ pair: quantileCouplingPair(continuousV(true), ['comonotone']), reward: rewardArbitrary(['tanh', 'sigmoid']), beta: betaArbitrary() }), { numRuns: 300, seed: 20240717 });
    let undecided = 0;
    for (const { pair, reward, beta } of cases) {
      const e = copulaTiltEnclosure(reward, beta, pair as CopulaSpec);
      const where = `${JSON.stringify({ pair, reward, beta })}: ${JSON.stringify(e)}`;
      if ('reason' in e || !(e.nLo > 0)) undecided++;
      if (!('reason' in e)) expect(e.nHi, where).toBeGreaterThan(0);
    }
    expect(undecided, `${undecided} of ${cases.length} undecided`).toBeLessThan(9);
  });
});
