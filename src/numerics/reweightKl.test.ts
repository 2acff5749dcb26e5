import { describe, it, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { reweightKl } from './reweightKl.ts';
import { binaryKl } from './kl.ts';
import { relativeError } from './tolerance.ts';

/** Uniform on [lo, hi] (fc.double concentrates on tiny magnitudes; mixed with it where edge cases matter). */
const uniform = (lo: number, hi: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: 2 ** 30 }).map((i) => lo + ((hi - lo) * i) / 2 ** 30);

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const normal = { logPdf: (x: number) => -0.5 * x * x - LOG_SQRT_2PI, lower: -Infinity, upper: Infinity };
const LOG_C3 = Math.log(2 / (Math.PI * Math.sqrt(3)));
const studentT3 = { logPdf: (x: number) => LOG_C3 - 2 * Math.log1p((x * x) / 3), lower: -Infinity, upper: Infinity };

describe('reweightKl', () => {
  it('Exp(2) as a reweighting of Exp(1): KL = ln 2 − ½, mean ½', () => {
    const r = reweightKl({ logPdf: (x) => -x, lower: 0, upper: Infinity }, (x) => Math.LN2 - x);
    expect(r.converged, r.reason).toBe(true);
    expect(relativeError(r.kl, Math.LN2 - 0.5), `kl ${r.kl}`).toBeLessThanOrEqual(1e-13);
    expect(Math.abs(r.mass - 1)).toBeLessThanOrEqual(1e-13);
    expect(relativeError(r.mean!, 0.5), `mean ${r.mean}`).toBeLessThanOrEqual(1e-12);
  });

  test.prop([uniform(-5, 5)])('the tilt of N(0,1) by e^{θx − θ²/2} is N(θ, 1): KL = θ²/2, mean θ', (theta) => {
    const r = reweightKl(normal, (x) => theta * x - 0.5 * theta * theta);
    expect(r.converged, `θ=${theta}: ${r.reason}`).toBe(true);
    expect(Math.abs(r.kl - 0.5 * theta * theta), `θ=${theta}: kl ${r.kl} ± ${r.klError}`).toBeLessThanOrEqual(1e-11 * Math.max(1, 0.5 * theta * theta));
    expect(Math.abs(r.mean! - theta), `θ=${theta}: mean ${r.mean}`).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(theta)));
    expect(Math.abs(r.kl - 0.5 * theta * theta), `θ=${theta}: error estimate`).toBeLessThanOrEqual(r.klError + 1e-15);
  });

  it('T1 tail reweighting of Student-t(3) at t = 1e6 (jump at t): KL and mean against mpmath', () => {
    const t = 1e6;
    const p = 3e-6;
    const logQ = -41.34880823485182; // mpmath: log(½·I_{3/(3+t²)}(3/2, ½)) at t = 1e6
    const q = Math.exp(logQ);
    const logRatio = (x: number): number => (x > t ? Math.log(p) - logQ : Math.log1p(-p) - Math.log1p(-q));
    const r = reweightKl(studentT3, logRatio, { breakpoints: [t] });
    expect(r.converged, r.reason).toBe(true);
    // mpmath (50 digits): p(log p − log q) + (1−p)(log1p(−p) − log1p(−q)) = 8.289573439667258158583811e-5
    expect(relativeError(r.kl, 8.289573439667258158583811e-5), `kl ${r.kl}`).toBeLessThanOrEqual(1e-12);
    expect(relativeError(r.kl, binaryKl(p, logQ)), 'closed form').toBeLessThanOrEqual(1e-12);
    // mpmath: p·m(t)/q − (1−p)/(1−q)·m(t), m(t) = f(t)(3 + t²)/2 = 1.653986686260414188e-12: 4.500000000001046132
    expect(relativeError(r.mean!, 4.500000000001046132279556), `mean ${r.mean}`).toBeLessThanOrEqual(1e-11);
  });

  it('an unnormalised ratio: mass reports Z and KL is that of the normalised P', () => {
    const r = reweightKl({ logPdf: (x) => -x, lower: 0, upper: Infinity }, (x) => Math.log(6) - x);
    expect(relativeError(r.mass, 3), `mass ${r.mass}`).toBeLessThanOrEqual(1e-12);
    expect(relativeError(r.kl, Math.LN2 - 0.5), `kl ${r.kl}`).toBeLessThanOrEqual(1e-12);
  });

  it('a reweighting with infinite mass is not converged', () => {
    const r = reweightKl({ logPdf: (x) => -x, lower: 0, upper: Infinity }, (x) => 2 * x);
    expect(r.converged, `kl ${r.kl}`).toBe(false);
    expect(r.reason).toBeTypeOf('string');
  });

  it('a P without a mean: KL converges, the mean reports why not', () => {
    // Q: density ½(1+x)^{−3/2} on [0, ∞); r = 2(1+x)^{−½} makes P: (1+x)^{−2}, whose mean diverges;
    // KL = ln 2 − ½·E_P[log(1+X)] = ln 2 − ½ (E[log Y] = 1 for Y with density y^{−2} on [1, ∞))
    const q = { logPdf: (x: number) => -Math.LN2 - 1.5 * Math.log1p(x), lower: 0, upper: Infinity };
    const r = reweightKl(q, (x) => Math.LN2 - 0.5 * Math.log1p(x));
    expect(r.converged, r.reason).toBe(true);
    expect(relativeError(r.kl, Math.LN2 - 0.5), `kl ${r.kl}`).toBeLessThanOrEqual(1e-10);
    expect(r.mean, `mean ${r.mean}`).toBeUndefined();
    expect(r.meanReason).toBeTypeOf('string');
  });
});
