import { describe, expect, it } from 'vitest';
import { frechetLogMgf } from './frechet.ts';
import { logLogisticLogMgf } from './logLogistic.ts';
import { lomaxLogMgf } from './lomax.ts';
import { weibullLogMgf } from './weibull.ts';

type Family = 'weibull' | 'lomax' | 'frechet' | 'logLogistic';

const LOG_MGF: Record<Family, (lambda: number, params: number[]) => number> = {
  weibull: (l, [k, scale]) => weibullLogMgf(l, k, scale),
  lomax: (l, [alpha, scale]) => lomaxLogMgf(l, alpha, scale),
  frechet: (l, [alpha, s, m]) => frechetLogMgf(l, alpha, s, m),
  logLogistic: (l, [alpha, beta]) => logLogisticLogMgf(l, alpha, beta),
};

const PARAM_NAMES: Record<Family, string[]> = {
  weibull: ['k', 'lambda'],
  lomax: ['alpha', 'scale'],
  frechet: ['alpha', 's', 'm'],
  logLogistic: ['alpha', 'beta'],
};

/**
 * [family, params, λ, log E[e^{λX}]] from mpmath (mp.dps = 34), every law written through a standardized W with
 * a unit-width density φ: Weibull X = scale·e^{w/k}, Fréchet X = m + s·e^{−w/α}, Lomax X = scale·expm1(e^w/α)
 * (φ(w) = e^{w − e^w}: e^W ~ Exp(1)), log-logistic X = α·e^{w/β} (W standard logistic). The value is
 * λm + log1p(−D), D = ∫ −expm1(λ(X − m))·φ(w) dw, where D < ½, else λm + log ∫ e^{λ(X − m)}·φ(w) dw, by mp.quad
 * over pieces on which the log-integrand varies by ≤ 5, its maximum factored out (probe script ref.py). Lomax rows
 * with moderate u = −λ·scale agree with the closed form α·e^u·E_{α+1}(u) (mp.expint) to 1e-34. The Fréchet row
 * (200, 1e50, 0) at λ = −1 is Laplace's value max_z[−1e50·z + log f(z)] + ½log(2π/|g″|) (relative error ~1e-50).
 * Grid: narrow mass far from 1 (shape 50–1000 with scales 1e±50), λ → 0⁻ (−5e-324, −1e-300, −1e-20; heavy
 * α, β ≤ 1 where E[X] = ∞ and the deficit goes like |λ|^α), |λ| up to 1e300 (log M ~ −shape·log|λ|, finite),
 * Fréchet with m = ±1e10 (finite for m < 0: X > m) and ordinary cases. Before the fix (quadrature in x) 42 of
 * these 62 were wrong by more than 1e-12 (−∞, NaN, ~1e-16 absolute floors, or O(1) errors).
 */
const CASES: [Family, number[], number, number][] = [
  ['weibull', [2, 1], -1, -0.78886843852842568301047293899696],
  ['weibull', [2, 1], -5e-324, -4.3785427828571914343581169517259e-324],
  ['weibull', [2, 1], -1e-300, -8.8622692545275803585712565342594e-301],
  ['weibull', [2, 1], -1e-20, -8.8622692545275796504136312220969e-21],
  ['weibull', [2, 1], -1e+300, -1380.8579086158674652063871611996],
  ['weibull', [0.5, 1], -1, -0.60579336747232962537139776833567],
  ['weibull', [0.5, 1], -1e-20, -1.9999999999999998902065429084191e-20],
  ['weibull', [0.5, 1], -1e+300, -345.50854618674209785129661677604],
  ['weibull', [5, 3], -0.7, -1.827239120753406750402792214247],
  ['weibull', [0.1, 1], -1e-20, -3.6287999878355552845390582372761e-14],
  ['weibull', [0.1, 1], -1, -0.49236484779864193203365281194971],
  ['weibull', [50, 1e-50], -1, -9.8884420326391327638646432257707e-51],
  ['weibull', [50, 1e-50], -1e+50, -0.98852882990511797818459830070742],
  ['weibull', [50, 1e+50], -1, -5607.984965533341181792326363406],
  ['weibull', [50, 1e+50], -1e-50, -0.98852882990511797818459830070742],
  ['weibull', [50, 1e+50], -1e-300, -9.8884420326391336908128015667265e-251],
  ['weibull', [200, 1e-50], -1e+50, -0.9971181908943538889965343923628],
  ['weibull', [200, 1e-50], -5e-324, -4.9265189441198868950491928333445e-374],
  ['weibull', [0.05, 1e-50], -1, -2.4329020081766318598973549555249e-32],
  ['lomax', [3, 1], -1, -0.35406931462910098859828580989267],
  ['lomax', [3, 1], -1e-300, -5.0000000000000001252954591760438e-301],
  ['lomax', [3, 1], -1e-20, -4.9999999999999997257288572710479e-21],
  ['lomax', [3, 1], -1e+300, -689.67691560954559556650695142359],
  ['lomax', [0.5, 1], -1, -1.4182894119086193376056687066261],
  ['lomax', [0.5, 1], -1e-20, -1.7724538508625956113718460922217e-10],
  ['lomax', [0.5, 1], -5e-324, -3.9397373051587547755523186865732e-162],
  ['lomax', [3, 1e-50], -1, -5.0000000000000000380811185289117e-51],
  ['lomax', [3, 1e+50], -1, -114.03064236103417458580202590821],
  ['lomax', [3, 1e+50], -1e-50, -0.35406931462910101163784657050776],
  ['lomax', [0.001, 1], -1, -7.425133165869705018370746260251],
  ['lomax', [1000000.0, 1], -1, -0.000001000000499999333331583333533343],
  ['lomax', [10000000000.0, 1e-40], -1, -1.0000000000999999293028793928104e-50],
  ['lomax', [10000000000.0, 1e-40], -1e+40, -1.0000000000499999596648155759121e-10],
  ['frechet', [2, 1, 0], -1, -1.2271501260787184851548894613498],
  ['frechet', [2, 1, 0], -5e-324, -8.7570855657143828687162339034518e-324],
  ['frechet', [2, 1, 0], -1e-300, -1.7724538509055160717142513068519e-300],
  ['frechet', [2, 1, 0], -1e-20, -1.7724538509055159296337214424281e-20],
  ['frechet', [2, 1, 0], -10000000000.0, -8772045.0541979884197634896613504],
  ['frechet', [0.5, 1, 0], -1, -1.2271501260787184851548894613498],
  ['frechet', [0.5, 1, 0], -1e-20, -1.7724538486965928677054837451439e-10],
  ['frechet', [0.5, 1, 0], -5e-324, -3.9397373051587547755523186865732e-162],
  ['frechet', [3, 2, -1], -1, -1.1873193353823570666589075302103],
  ['frechet', [3, 2, 5], -1, -7.1873193353823570666589075302103],
  ['frechet', [50, 1e-50, 0], -1, -1.0119473558125111140657080102578e-50],
  ['frechet', [50, 1e-50, 0], -1e+50, -1.0116039696488257442723063896475],
  ['frechet', [200, 1e+50, 0], -1e-50, -1.002890136706819395163787936126],
  ['frechet', [200, 1e+50, 0], -1, -5.819125897070892983461571263621716907282e+49],
  ['frechet', [50, 1, 10000000000.0], -1, -10000000001.011603969648825659413],
  ['frechet', [50, 1e-05, 10000000000.0], -1e-10, -1.000000000000001048379553128009],
  ['frechet', [3, 1, -10000000000.0], -1, 9999999998.8248445788791117948355],
  ['logLogistic', [1, 3], -1, -0.98954832449435323081368511889608],
  ['logLogistic', [1, 3], -5e-324, -5.9742396954454748027731349676387e-324],
  ['logLogistic', [1, 3], -1e-300, -1.2091995761561452640308287310871e-300],
  ['logLogistic', [1, 3], -1e-20, -1.2091995761561451674039634162872e-20],
  ['logLogistic', [1, 3], -1e+300, -2070.5348242254130607728941126232],
  ['logLogistic', [1, 0.5], -1, -0.82596236320710835212613240141188],
  ['logLogistic', [1, 0.5], -1e-20, -1.7724538465151469910501694238198e-10],
  ['logLogistic', [2, 1], -0.3, -0.6866882070398415907865950814609],
  ['logLogistic', [1e-50, 100], -1, -1.0001645123493127216552202922889e-50],
  ['logLogistic', [1e+50, 100], -1e-50, -0.99999998107707362209047628730344],
  ['logLogistic', [1e+50, 100], -1, -11149.186089414664937575647121144],
  ['logLogistic', [1e-50, 1000], -1e+50, -0.99999999999810603599461140509307],
];

describe('logMgf for λ < 0 of the families integrated in a standardized variable (mpmath)', () => {
  it.each(CASES)('%s%j at λ = %d', (family, params, lambda, ref) => {
    const got = LOG_MGF[family](lambda, params);
    const tag = PARAM_NAMES[family].map((n, i) => `${n}=${params[i]}`).join(', ');
    // relative 1e-12 of the log itself (also where it is ~1e-300), with one least subnormal of slack
    const tol = Math.max(1e-12 * Math.abs(ref), 5e-324);
    expect(Math.abs(got - ref), `${family} logMgf(${lambda}; ${tag}) = ${got}, mpmath ${ref}`).toBeLessThanOrEqual(tol);
  });

  it('is −∞ at λ = −∞ when X > 0 surely, +∞ for a Fréchet with m < 0 (P(X < 0) > 0), and NaN for invalid parameters', () => {
    expect(weibullLogMgf(-Infinity, 2, 1), 'weibull logMgf(−∞; k=2, lambda=1)').toBe(-Infinity);
    expect(weibullLogMgf(-Infinity, 0.5, 3), 'weibull logMgf(−∞; k=0.5, lambda=3)').toBe(-Infinity);
    expect(lomaxLogMgf(-Infinity, 3, 1), 'lomax logMgf(−∞; alpha=3, scale=1)').toBe(-Infinity);
    expect(logLogisticLogMgf(-Infinity, 1, 3), 'logLogistic logMgf(−∞; alpha=1, beta=3)').toBe(-Infinity);
    expect(frechetLogMgf(-Infinity, 2, 1, 0), 'frechet logMgf(−∞; alpha=2, s=1, m=0)').toBe(-Infinity);
    expect(frechetLogMgf(-Infinity, 2, 1, 3), 'frechet logMgf(−∞; alpha=2, s=1, m=3)').toBe(-Infinity);
    expect(frechetLogMgf(-Infinity, 2, 1, -3), 'frechet logMgf(−∞; alpha=2, s=1, m=−3)').toBe(Infinity);
    for (const l of [-1, -1e-300, NaN]) {
      expect(weibullLogMgf(l, -1, 1), `weibull logMgf(${l}; k=−1, lambda=1)`).toBeNaN();
      expect(lomaxLogMgf(l, 3, 0), `lomax logMgf(${l}; alpha=3, scale=0)`).toBeNaN();
      expect(frechetLogMgf(l, 2, 1, NaN), `frechet logMgf(${l}; alpha=2, s=1, m=NaN)`).toBeNaN();
      expect(logLogisticLogMgf(l, Infinity, 3), `logLogistic logMgf(${l}; alpha=∞, beta=3)`).toBeNaN();
    }
  });

  it('decreases in λ on (−∞, 0) and stays ≥ λ·E[X] (Jensen: E[e^{λX}] ≥ e^{λE[X]})', () => {
    const laws: [string, (l: number) => number, number][] = [
      ['weibull k=2, lambda=1e-50', (l) => weibullLogMgf(l, 2, 1e-50), 1e-50 * 0.886226925452758],
      ['lomax alpha=3, scale=1e50', (l) => lomaxLogMgf(l, 3, 1e50), 0.5e50],
      ['frechet alpha=50, s=1e-50, m=0', (l) => frechetLogMgf(l, 50, 1e-50, 0), 1.0119473558125111e-50],
      ['logLogistic alpha=1e50, beta=100', (l) => logLogisticLogMgf(l, 1e50, 100), 1.0001645123493127e50],
    ];
    for (const [tag, f, mean] of laws) {
      let prev = 0;
      for (const l of [-1e-300, -1e-200, -1e-100, -1e-60, -1e-50, -1e-40, -1, -1e10, -1e100]) {
        const v = f(l);
        expect(v, `logMgf(${l}; ${tag}) = ${v} not below logMgf at the previous λ, ${prev}`).toBeLessThanOrEqual(prev);
        const jensen = l * mean;
        expect(v, `logMgf(${l}; ${tag}) = ${v} below λ·E[X] = ${jensen}`).toBeGreaterThanOrEqual(jensen * (1 + 1e-12));
        prev = v;
      }
    }
  });
});
