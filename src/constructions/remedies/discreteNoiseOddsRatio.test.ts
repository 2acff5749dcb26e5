import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import { seededRng } from '../../numerics/rng.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { discreteNoiseCase, discreteNoiseOddsRatioVerdict, discreteNoiseQuantilizerShift } from './discreteNoiseOddsRatio.ts';

const shiftOf = (pair: PairSpec, logK: number) => {
  const s = discreteNoiseQuantilizerShift(discreteNoiseCase(pair)!, logK);
  if ('reason' in s) throw new Error(s.reason);
  return s;
};
const N01 = { family: 'normal', mu: 0, sigma: 1 } as const;

describe('discreteNoiseQuantilizerShift: reference values (mpmath, 40 digits)', () => {
  // X = 0 a.s.: the quantilizer is Q(· | V > z), Φ̄(z) = 1/K; gain φ(z)/Φ̄(z). K = 2: √(2/π) = 0.7978845608028654;
  // K = e^30: z = findroot(lambda z: log(ncdf(-z)) + 30, 7.5) = 7.3576668150087499, gain npdf(z)/ncdf(-z) = 7.488967866174847
  it('point mass X: gain of the V-quantile', () => {
    const a = shiftOf({ kind: 'independent', x: { family: 'pointMass', x: 0 }, v: N01 }, Math.LN2);
    expect(Math.abs(a.shift - 0.7978845608028654), `K = 2: ${a.shift} ± ${a.error}`).toBeLessThan(1e-9);
    const b = shiftOf({ kind: 'independent', x: { family: 'pointMass', x: 0 }, v: N01 }, 30);
    expect(Math.abs(b.shift - 7.488967866174847), `K = e^30: ${b.shift} ± ${b.error}`).toBeLessThan(1e-7);
  });
  // K = e^{1e-6}: u = findroot(lambda u: ncdf(u) − (1 − exp(−1e-6)), −4.75) = −4.7534244098670247 (the lower tail
  // decides u: Q(U > u) = 1 − 1e-6 cannot be told from 1 to the search's tolerance), gain npdf(u)/ncdf(−u) = 4.948335288183451e-6
  it('point mass X, K = e^{1e-6}: the cap met to 1e-9 relative', () => {
    const s = shiftOf({ kind: 'independent', x: { family: 'pointMass', x: 0 }, v: N01 }, 1e-6);
    expect(Math.abs(s.logKMet / 1e-6 - 1), `log K' = ${s.logKMet}`).toBeLessThan(1e-9);
    expect(Math.abs(s.shift / 4.948335288183451e-6 - 1), `gain ${s.shift} ± ${s.error}`).toBeLessThan(1e-8);
  });
  // X geometric(½) on {1, 2, …}: u = findroot(Σ ½ⁿ ncdf(n − u) − ½, 1.7) = 1.7463330878935340,
  // gain Σ ½ⁿ npdf(u − n) / ½ = 0.5446350945536256 (nsum over n ≥ 1)
  it('geometric(½) X, K = 2', () => {
    const s = shiftOf({ kind: 'independent', x: { family: 'geometric', p: 0.5 }, v: N01 }, Math.LN2);
    expect(Math.abs(s.threshold - 1.746333087893534), `u = ${s.threshold}`).toBeLessThan(1e-8);
    expect(Math.abs(s.shift - 0.5446350945536256), `gain ${s.shift} ± ${s.error}`).toBeLessThan(1e-9);
    expect(s.error, `error ${s.error}`).toBeLessThan(1e-8);
  });
});

describe('discreteNoiseQuantilizerShift against Monte Carlo (seeded, 2e5 draws)', () => {
  const cases: [PairSpec, number][] = [
    [{ kind: 'independent', x: { family: 'poisson', lambda: 3 }, v: { family: 'logistic', mu: 1, s: 0.7 } }, Math.log(4)],
    [{ kind: 'independent', x: { family: 'affine', base: { family: 'zeta', s: 2.5 }, loc: 0, scale: -0.5 }, v: { family: 'gamma', shape: 2, rate: 1 } }, Math.log(3)],
    [{ kind: 'independent', x: { family: 'mixture', components: [{ family: 'geometric', p: 0.3 }, { family: 'categorical', values: [-2, 5], probs: [0.5, 0.5] }], weights: [0.6, 0.4] }, v: { family: 'beta', alpha: 2, beta: 0.7 } }, Math.log(1.5)],
  ];
  for (const [pair, logK] of cases) {
    it(`${JSON.stringify(pair)}, log K = ${logK}`, () => {
      const s = shiftOf(pair, logK);
      const { x, v } = pair as Extract<PairSpec, { kind: 'independent' }>;
      const X = build(x), V = build(v);
      const rng = seededRng(20240717);
      const n = 200_000;
      const us: number[] = [], vs: number[] = [];
      for (let i = 0; i < n; i++) { const x = X.sample(rng), v = V.sample(rng); us.push(x + v); vs.push(v); }
      // the quantilizer at K' = e^{logKMet}: the draws with U > u (U has no atoms)
      let sum = 0, count = 0;
      for (let i = 0; i < n; i++) if (us[i] > s.threshold) { sum += vs[i]; count++; }
      const mc = sum / count - vs.reduce((a, b) => a + b, 0) / n;
      const sd = Math.sqrt(V.variance() / count);
      expect(Math.abs(count / n - Math.exp(-s.logKMet)), `Q(U > u): MC ${count / n} vs ${Math.exp(-s.logKMet)}`).toBeLessThan(0.005);
      expect(Math.abs(mc - s.shift), `gain: MC ${mc} vs ${s.shift} (MC sd ${sd})`).toBeLessThan(6 * sd + 1e-3);
    });
  }
});

describe('discreteNoiseOddsRatioVerdict', () => {
  const twoAtoms: PairSpec = { kind: 'independent', x: { family: 'categorical', values: [0, 100], probs: [0.5, 0.5] }, v: { family: 'uniform', a: 0, b: 1 } };
  it('two far atoms, V uniform on (0, 1), K = 2: the gain is exactly 0 (fails, certified); the mutant holds', () => {
    const v = discreteNoiseOddsRatioVerdict(twoAtoms, Math.LN2);
    expect(v.status, v.summary).toBe('fails');
    expect(v.numbers.shift, v.summary).toBe(0);
    expect(discreteNoiseOddsRatioVerdict(twoAtoms, Math.LN2, true).status).toBe('holds');
  });
  it('the same X with K = 3 (u inside V\'s range above the top atom): positive gain, holds', () => {
    const v = discreteNoiseOddsRatioVerdict(twoAtoms, Math.log(3));
    expect(v.status, v.summary).toBe('holds');
    expect(discreteNoiseOddsRatioVerdict(twoAtoms, Math.log(3), true).status).toBe('fails');
  });
  it('K ≤ 1 fails; a continuous X is not this file\'s case', () => {
    expect(discreteNoiseOddsRatioVerdict(twoAtoms, 0).status).toBe('fails');
    expect(discreteNoiseOddsRatioVerdict({ kind: 'independent', x: N01, v: N01 }, 1).status).toBe('inconclusive');
  });
  // u ≈ 2.3e25, far beyond 2^53: the atoms near u are not doubles; the window bound certifies the gain > 0
  it('zeta(1.039) X at u ≈ 2e25: holds on the certified lower bound', () => {
    const v = discreteNoiseOddsRatioVerdict({ kind: 'independent', x: { family: 'affine', base: { family: 'zeta', s: 1.0390437979199711 }, loc: -10, scale: 1 }, v: { family: 'exponential', rate: 0.5 } }, Math.log(10));
    expect(v.status, v.summary).toBe('holds');
    expect(v.numbers.lower, v.summary).toBeGreaterThan(0);
  });
});
