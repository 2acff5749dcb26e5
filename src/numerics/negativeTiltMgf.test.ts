import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { logExponentialLogDensity, logisticLogDensity, logMgfNegativeTilt, logOneMinusExpNegExp } from './negativeTiltMgf.ts';

/** X = scale·e^W with e^W ~ Exp(1), so X ~ Exp(mean scale) and log E[e^{λX}] = −log1p(−λ·scale) exactly. */
function exponentialLaw(logScale: number) {
  return { logDensity: logExponentialLogDensity, logX: (w: number) => logScale + w };
}

/** −log(1 + c) for c = −λ·scale = e^{lc} > 0, without overflow of c. */
function exactLogMgf(lc: number): number {
  return lc > 700 ? -(lc + Math.log1p(Math.exp(-lc))) : -Math.log1p(Math.exp(lc));
}

describe('logMgfNegativeTilt', () => {
  it('matches −log1p(−λ·scale) for an exponential law from λ·scale = −5e-324 to −1e300', () => {
    for (const [lambda, scale] of [[-5e-324, 1], [-1e-300, 1], [-1e-20, 1], [-0.3, 1], [-1, 1], [-1e10, 1], [-1e300, 1], [-1, 1e-50], [-1e-50, 1e50], [-1e300, 1e300]]) {
      const got = logMgfNegativeTilt(lambda, exponentialLaw(Math.log(scale)));
      const ref = exactLogMgf(Math.log(-lambda) + Math.log(scale));
      const tol = Math.max(1e-13 * Math.abs(ref), 5e-324);
      expect(Math.abs(got - ref), `logMgfNegativeTilt(${lambda}; Exp(mean ${scale})) = ${got} vs ${ref}`).toBeLessThanOrEqual(tol);
    }
  });

  test.prop([fc.double({ min: -300, max: -1e-3, noNaN: true }), fc.double({ min: -290, max: 290, noNaN: true })])(
    'has relative error ≤ 1e-12 of −log1p(−λ·scale) over log-uniform λ < 0 and scale (exponential law)',
    (log10MinusLambda, log10Scale) => {
      const lambda = -(10 ** log10MinusLambda);
      const logScale = log10Scale * Math.LN10;
      const got = logMgfNegativeTilt(lambda, exponentialLaw(logScale));
      const ref = exactLogMgf(Math.log(-lambda) + logScale);
      expect(Math.abs(got - ref), `logMgfNegativeTilt(${lambda}; Exp(mean e^${logScale})) = ${got} vs ${ref}`).toBeLessThanOrEqual(Math.max(1e-12 * Math.abs(ref), 5e-324));
    },
  );

  it('is −∞ at λ = −∞ and NaN for λ ≥ 0 or NaN', () => {
    const law = exponentialLaw(0);
    expect(logMgfNegativeTilt(-Infinity, law), 'λ = −∞').toBe(-Infinity);
    for (const l of [0, -0, 1, NaN]) expect(logMgfNegativeTilt(l, law), `λ = ${l}`).toBeNaN();
  });

  it('the densities integrate to 1 in the right shape: log-Exp(1) and logistic at a few points', () => {
    expect(logExponentialLogDensity(0), 'log φ(0) of log Exp(1)').toBe(-1);
    expect(logExponentialLogDensity(800), 'log φ(800) of log Exp(1)').toBe(-Infinity);
    expect(Math.abs(logisticLogDensity(0) - Math.log(0.25)), 'logistic log φ(0)').toBeLessThan(1e-16);
    expect(logisticLogDensity(-3), 'logistic symmetry at ±3').toBe(logisticLogDensity(3));
    expect(Math.abs(logisticLogDensity(800) + 800), 'logistic log φ(800) ≈ −800').toBeLessThan(1e-12);
  });

  it('logOneMinusExpNegExp(z) = log(1 − e^{−e^z}): z for tiny e^z, 0 for huge, log(1 − e^{−1}) at 0', () => {
    expect(logOneMinusExpNegExp(-1000), 'z = −1000').toBe(-1000);
    expect(Math.abs(logOneMinusExpNegExp(-40) - (-40 - 0.5 * Math.exp(-40))), 'z = −40').toBeLessThan(1e-14);
    expect(Math.abs(logOneMinusExpNegExp(0) - Math.log(1 - Math.exp(-1))), 'z = 0').toBeLessThan(1e-15);
    expect(logOneMinusExpNegExp(1000), 'z = 1000').toBe(0);
  });
});
