import { describe, expect, it } from 'vitest';
import type { PairSpec } from '../../pairs/types.ts';
import { continuousQuantilizerShift } from './continuousOddsRatio.ts';
import { shiftClasses } from './shiftClasses.ts';

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
