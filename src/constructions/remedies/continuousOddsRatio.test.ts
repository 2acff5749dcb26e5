import { describe, expect, it } from 'vitest';
import type { PairSpec } from '../../pairs/types.ts';
import { continuousQuantilizerShift } from './continuousOddsRatio.ts';
import { shiftClasses } from './shiftClasses.ts';

const shiftOf = (pair: PairSpec, logK: number) => {
  const s = continuousQuantilizerShift(shiftClasses(pair)!, logK);
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
  it('K = e^30: gain (1/√2)·φ(z)/Φ̄(z), z = Φ̄⁻¹(e^{−30})', () => {
    const s = shiftOf({ kind: 'independent', x: normal(0, 1), v: normal(0, 1) }, 30);
    expect(Math.abs(s.shift - 5.295499962260383), `shift ${s.shift} ± ${s.error}`).toBeLessThan(1e-7);
    expect(Math.abs(s.logKMet - 30), `logKMet ${s.logKMet}`).toBeLessThan(1e-6);
  });
});
