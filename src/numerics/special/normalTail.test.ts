import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { logAddExp } from '../logspace.ts';
import { logScaledError, relativeError } from '../tolerance.ts';
import { logPhi, logPhiDensity, logPhic, millsRatio } from './normalTail.ts';

type Table = readonly (readonly [number, number])[];
/** [z, log P(N(0,1) > z)]: mpmath, dps = 50, log(erfc(z/√2)/2) via log(erfcx) − z²/2 for z ≥ 0. */
const LOG_PHIC: Table = [
  [-40, 0.0],
  [-10, -7.619853024160525e-24],
  [-5, -2.866516129637636e-07],
  [-1, -0.17275377902344988],
  [-1e-10, -0.6931471804801569],
  [0, -0.6931471805599453],
  [1, -1.8410216450092636],
  [5, -15.064998393988725],
  [8.5, -39.19739642821767],
  [10, -53.23128515051247],
  [37, -689.0305855768906],
  [100, -5005.524208694205],
  [1e3, -500007.82669481216],
  [1e6, -500000000014.73444],
  [1e150, -4.9999999999999995e+299],
];
/** [z, log P(N(0,1) ≤ z)]: mpmath, dps = 50, the same expression at −z. */
const LOG_PHI: Table = [
  [-1e6, -500000000014.73444],
  [-37, -689.0305855768906],
  [-10, -53.23128515051247],
  [-1, -1.8410216450092636],
  [0, -0.6931471805599453],
  [1e-10, -0.6931471804801569],
  [1, -0.17275377902344988],
  [5, -2.866516129637636e-07],
  [40, 0.0],
];
/** [z, Φc(z)/φ(z)]: mpmath, dps = 50, sqrt(pi/2)·erfcx(z/√2). */
const MILLS: Table = [
  [-5, 672621.6367228793],
  [-1, 3.4770518117036944],
  [0, 1.2533141373155003],
  [1, 0.6556795424187984],
  [10, 0.09902859647173193],
  [1e6, 9.99999999999e-07],
];

describe('normal tails against mpmath', () => {
  it('logPhic to 2e-14 log-scaled from −40σ to 1e150σ', () => {
    for (const [z, ref] of LOG_PHIC) {
      expect(logScaledError(logPhic(z), ref), `logPhic(${z}) = ${logPhic(z)} vs ${ref}`).toBeLessThanOrEqual(2e-14);
    }
  });
  it('logPhic keeps relative accuracy where its value is tiny (z ≪ 0)', () => {
    for (const [z, ref] of LOG_PHIC) {
      if (ref !== 0) expect(relativeError(logPhic(z), ref), `logPhic(${z})`).toBeLessThanOrEqual(2e-14);
    }
  });
  it('logPhi to 2e-14 log-scaled', () => {
    for (const [z, ref] of LOG_PHI) {
      expect(logScaledError(logPhi(z), ref), `logPhi(${z}) = ${logPhi(z)} vs ${ref}`).toBeLessThanOrEqual(2e-14);
    }
  });
  it('millsRatio to 2e-14 relative', () => {
    for (const [z, ref] of MILLS) {
      expect(relativeError(millsRatio(z), ref), `millsRatio(${z}) = ${millsRatio(z)} vs ${ref}`).toBeLessThanOrEqual(2e-14);
    }
  });
  it('logPhiDensity(0) = −½log 2π and the infinities', () => {
    expect(logPhiDensity(0)).toBe(-0.9189385332046728);
    expect(logPhic(Infinity)).toBe(-Infinity);
    expect(logPhic(-Infinity)).toBe(0);
    expect(logPhic(NaN)).toBeNaN();
  });
});

describe('normal-tail identities', () => {
  test.prop([fc.double({ min: -30, max: 30, noNaN: true })])('Φ(z) + Φc(z) = 1 in log form', (z) => {
    const total = logAddExp(logPhic(z), logPhi(z));
    expect(Math.abs(total), `logAddExp(logPhic(${z}), logPhi(${z})) = ${total}`).toBeLessThanOrEqual(3e-16);
  });

  // below z ≈ −1 the two logs on the right cancel (log R ≈ z²/2), so the check would test its own rounding
  test.prop([fc.double({ min: -1, max: 1e6, noNaN: true })])('Φc(z) = R(z)·φ(z) (Mills ratio)', (z) => {
    const viaMills = Math.log(millsRatio(z)) + logPhiDensity(z);
    expect(logScaledError(viaMills, logPhic(z)), `logPhic(${z}) vs log R + log φ`).toBeLessThanOrEqual(1e-15);
  });

  test.prop([fc.double({ min: 1e3, max: 1e300, noNaN: true })])(
    'logPhic(z) = log φ(z) − log z + log(1 − 1/z² + 3/z⁴) for z ≥ 1e3 (DLMF 7.12.1; next term −15/z⁶)',
    (z) => {
      const r = 1 / z / z;
      const asymptotic = logPhiDensity(z) - Math.log(z) + Math.log1p(-r + 3 * r * r);
      expect(logScaledError(logPhic(z), asymptotic), `logPhic(${z})`).toBeLessThanOrEqual(4e-16);
    },
  );
});
