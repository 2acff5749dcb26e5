import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { centredPartialV, geometryOf, SCREEN_PRECISION } from './classIntegrals.ts';
import { continuousQuantilizerShift, continuousThreshold } from './continuousOddsRatio.ts';
import { meanOfV, shiftClasses } from './shiftClasses.ts';

const shiftOf = (pair: PairSpec, logK: number, screen = false) => {
  const s = continuousQuantilizerShift(shiftClasses(pair)!, logK, screen);
  if ('reason' in s) throw new Error(s.reason);
  return s;
};
const normal = (mu: number, sigma: number) => ({ family: 'normal', mu, sigma }) as const;

describe('continuousQuantilizerShift: closed forms of the Gaussian pair', () => {
  // X ~ N(0, 1) ⊥ V ~ N(0, 1): U ~ N(0, 2), E[V | U > u] = (1/√2)·φ(u/√2)/Φ̄(u/√2) (Cov(V, U)/σ_U times the
  // inverse Mills ratio); K = 2: u = 0 and the gain is √(1/π) = 0.5641895835477563 (mpmath: sqrt(1/pi))
  it('K = 2: gain √(1/π), u = 0', () => {
    const s = shiftOf({ kind: 'independent', x: normal(0, 1), v: normal(0, 1) }, Math.LN2);
    expect(Math.abs(s.shift - 0.5641895835477563), `shift ${s.shift} ± ${s.error}, u ${s.threshold}`).toBeLessThan(1e-8);
    expect(s.error, `error ${s.error}`).toBeLessThan(1e-6);
  });
  // X = −2V + Z, V, Z ~ N(0, 1): U = −V + Z, Cov(V, U) = −1: the gain is −√(1/π) at K = 2
  it('X = −2V + Z: the quantilizer lowers E[V] by √(1/π)', () => {
    const s = shiftOf({ kind: 'linear', v: normal(0, 1), z: normal(0, 1), a: -2 }, Math.LN2);
    expect(Math.abs(s.shift + 0.5641895835477563), `shift ${s.shift} ± ${s.error}`).toBeLessThan(1e-8);
  });
  // K = e^30: u/√2 = z = Φ̄⁻¹(e^{−30}); gain (1/√2)·φ(z)/Φ̄(z) = 5.295499962260383 (mpmath, 40 digits:
  // z = findroot(lambda z: log(ncdf(-z)) + 30, 7.5) = 7.3576668150087499; (1/sqrt(2))*npdf(z)/ncdf(-z))
  // The gain reported is at the cap met, K' = e^{logKMet} (|logKMet − 30| ≤ 1e-5, the search's tolerance): the
  // gain moves with log K by (1/√2)·(m − z) (m = φ(z)/Φ̄(z) = 7.4890, mpmath: 0.09284), so the closed form at
  // K = e^30 is met within 1e-7 + 0.1·|logKMet − 30|
  it('K = e^30: gain (1/√2)·φ(z)/Φ̄(z), z = Φ̄⁻¹(e^{−30})', () => {
    const s = shiftOf({ kind: 'independent', x: normal(0, 1), v: normal(0, 1) }, 30);
    expect(Math.abs(s.logKMet - 30), `logKMet ${s.logKMet}`).toBeLessThan(1e-5);
    expect(Math.abs(s.shift - 5.295499962260383), `shift ${s.shift} ± ${s.error} at logKMet ${s.logKMet}`).toBeLessThan(1e-7 + 0.1 * Math.abs(s.logKMet - 30));
  });

  // the screening pass (the verdicts' default): a few digits, its error estimate covering the closed form and
  // SCREEN_MARGIN = 8 times below the value, else the full pass (then its error is the full one's)
  it.each([
    ['K = 2', Math.LN2, 0.5641895835477563],
    ['K = e^30', 30, 5.295499962260383],
  ])('screened, %s: the closed form lies within the error, which is at least 8× below the gain', (_, logK, exact) => {
    const s = shiftOf({ kind: 'independent', x: normal(0, 1), v: normal(0, 1) }, logK, true);
    expect(Math.abs(s.shift - exact), `shift ${s.shift} ± ${s.error} against ${exact}`).toBeLessThanOrEqual(s.error);
    expect(8 * s.error, `shift ${s.shift} ± ${s.error}`).toBeLessThan(Math.abs(s.shift));
  });
});

describe('continuousQuantilizerShift: the screening margin (a screened numerator is kept only beyond 8× its error)', () => {
  // Latent classes, weights w and 1 − w: X ⊥ V (gain +√(1/π) at K = 2) and X = −2V + Z (gain −√(1/π)); at
  // w = ½ they cancel exactly, so the mixture's gain ≈ √(1/π)·(2w − 1) is small while the screen's error (the sum
  // of the classes' errors, ~5e-5) is not. w = 0.5002, 0.5003: the screen's |value|/error ≈ 4.3, 6.5 — inside
  // (1, 8), so the full pass must decide; w = 0.6: ≈ 2000, so the screen is kept. A margin of 1× (or keeping the screen
  // regardless) returns the screen's error at w = 0.5002; never keeping it returns the full one's at w = 0.6.
  const stdNormal = build({ family: 'normal', mu: 0, sigma: 1 });
  const pairOf = (w: number): PairSpec => ({
    kind: 'latentMixture',
    weights: [w, 1 - w],
    components: [{ kind: 'independent', x: normal(0, 1), v: normal(0, 1) }, { kind: 'linear', v: normal(0, 1), z: normal(0, 1), a: -2 }],
  });
  /** the screening pass itself, as continuousQuantilizerShift runs it, and its value/error ratio */
  const screenOf = (w: number) => {
    const classes = shiftClasses(pairOf(w))!;
    const geo = geometryOf(classes);
    const th = continuousThreshold(classes, geo, Math.LN2);
    if ('reason' in th) throw new Error(th.reason);
    const first = centredPartialV(classes, geo, th.u, meanOfV(classes), th.logQ, SCREEN_PRECISION);
    return { ...first, ratio: Math.abs(first.value) / (first.error + Math.abs(first.value) * th.relError) };
  };

  it.each([
    [0.5002, false],
    [0.5003, false],
    [0.6, true],
  ])('w = %d: screen kept = %s', (w, kept) => {
    const first = screenOf(w);
    const full = shiftOf(pairOf(w), Math.LN2, false);
    const screened = shiftOf(pairOf(w), Math.LN2, true);
    const where = `w = ${w}: screen ${first.value} ± ${first.error} (ratio ${first.ratio}); full ${full.shift} ± ${full.error}; screened ${screened.shift} ± ${screened.error}`;
    // the case is what it claims: the screen converged, its ratio inside (1, 8) or far beyond 8, and its error
    // far above the full pass's (so which one was kept shows in the result)
    expect(first.converged, where).toBe(true);
    if (kept) expect(first.ratio, where).toBeGreaterThan(100);
    else expect(first.ratio > 1 && first.ratio < 8, where).toBe(true);
    expect(first.error, where).toBeGreaterThan(1e3 * full.error);
    // both agree with the closed form within their own errors: U ~ N(0, 2) in both classes, so at the threshold u
    // met (u ≈ 0, K' ≈ 2) the gain is (2w − 1)·(1/√2)·φ(z)/Φ̄(z), z = u/√2 (√(1/π)·(2w − 1) at u = 0)
    const exactAt = (u: number) => (2 * w - 1) * Math.SQRT1_2 * Math.exp(stdNormal.logPdf(u * Math.SQRT1_2) - stdNormal.logSf(u * Math.SQRT1_2));
    expect(Math.abs(full.shift - exactAt(full.threshold)), where).toBeLessThanOrEqual(full.error + 1e-15);
    expect(Math.abs(screened.shift - exactAt(screened.threshold)), where).toBeLessThanOrEqual(screened.error + 1e-15);
    if (kept) expect(screened.error, where).toBeGreaterThan(1e3 * full.error);
    else {
      expect(screened.shift, where).toBe(full.shift);
      expect(screened.error, where).toBe(full.error);
    }
  });
});
