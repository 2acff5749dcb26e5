import { describe, expect, it } from 'vitest';
import { build } from '../distributions/build.ts';
import { cumulantsOf } from './t3Cumulants.ts';

/**
 * Geometric(p) on {1, 2, …}: centred Λ(λ), Λ′(λ) and the tilt's KL λΛ′ − Λ at small λ, where the closed form
 * log M(λ) − λμ cancels (t3ClosedCumulants.ts, geometricCumulants). Reference values from mpmath at 40 digits:
 *   M = p·e^λ/(1 − (1 − p)·e^λ), Λ = log(M) − λ/p, Λ′ = 1/(1 − (1 − p)·e^λ) − 1/p, KL = λ·Λ′ − Λ
 * (mp.mp.dps = 40; p and λ entered as decimal strings).
 */
const REFERENCE: ReadonlyArray<readonly [p: number, lambda: number, logMgf: number, shift: number, tiltKl: number]> = [
  [0.3, 1e-12, 3.8888888888962345419e-24, 7.7777777777998148148e-12, 3.888888888903580273e-24],
  [0.3, 1e-9, 3.8888888962345679167e-18, 7.7777777998148148766e-9, 3.8888889035802469599e-18],
  [0.3, 1e-6, 3.8888962345833488001e-12, 7.7777998148766051115e-6, 3.8889035802932563114e-12],
  [0.3, 1e-3, 3.8962500501603624213e-6, 0.00779987677866092969, 3.9036267285005672687e-6],
  [0.9, 1e-12, 6.1728395061753527783e-26, 1.2345679012353223594e-13, 6.1728395061778708157e-26],
  [0.9, 1e-9, 6.1728395086877000466e-20, 1.2345679019890260635e-10, 6.172839511202560588e-20],
  [0.9, 1e-6, 6.1728420210342745012e-14, 1.2345686556930879441e-7, 6.1728445358966049395e-14],
  [0.9, 1e-3, 6.1753552624673003236e-8, 0.00012353227177296223532, 6.1778719148289232079e-8],
  [0.01, 1e-12, 4.9500000003283500003e-21, 9.9000000009850500001e-9, 4.9500000006566999998e-21],
  [0.01, 1e-9, 4.9500003283500245029e-15, 9.9000009850500980117e-6, 4.9500006567000735087e-15],
  [0.01, 1e-6, 4.9503283745048630772e-9, 0.0099009851480214030475, 4.9506567735165399704e-9],
  [0.01, 1e-3, 0.005304980158284962403, 10.993891264677856612, 0.0056889111063928942094],
];

describe('geometric cumulants near λ = 0 (cancellation-free sums) against mpmath', () => {
  it.each(REFERENCE)('p = %d, λ = %d', (p, lambda, logMgf, shift, tiltKl) => {
    const c = cumulantsOf(build({ family: 'geometric', p }));
    for (const [name, got, ref] of [
      ['Λ', c.logMgf(lambda), logMgf],
      ['Λ′', c.shift(lambda), shift],
      ['λΛ′ − Λ', c.tiltKl(lambda), tiltKl],
    ] as const) {
      const rel = Math.abs(got.value - ref) / ref;
      const msg = `${name}(${lambda}; geometric p=${p}) = ${got.value} ± ${got.error} vs mpmath ${ref}`;
      expect(rel, msg).toBeLessThan(1e-13);
      // the error estimate covers the actual error
      expect(Math.abs(got.value - ref), msg).toBeLessThanOrEqual(got.error + 2 * Number.EPSILON * ref);
    }
  });
});
