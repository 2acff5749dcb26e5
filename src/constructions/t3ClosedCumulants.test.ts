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

/**
 * Gamma(a, r) (Exp(r) for a = 1) and Laplace(μ, b) near λ = 0 (t3ClosedCumulants.ts, gammaCumulants and
 * laplaceCumulants). Reference values from mpmath at 40 digits (mp.mp.dps = 40, inputs as decimal strings):
 *   gamma: Λ = −a·log(1 − λ/r) − aλ/r, Λ′ = a/(r − λ) − a/r;  Laplace: Λ = −log(1 − b²λ²), Λ′ = 2b²λ/(1 − b²λ²);
 *   KL = λΛ′ − Λ.
 */
const SPEC_REFERENCE: ReadonlyArray<readonly [spec: string, lambda: number, logMgf: number, shift: number, tiltKl: number]> = [
  ['{"family":"exponential","rate":2}', 1e-7, 1.250000041666668229166729e-15, 2.500000125000006250000313e-8, 1.250000083333338020833583e-15],
  ['{"family":"exponential","rate":2}', -3e-3, 0.000001123876264108145999851133, -0.0007488766849725411882176735, 0.000001122753790809477564801887],
  ['{"family":"gamma","shape":2.5,"rate":3}', 1e-5, 1.388891975316358045267547e-11, 0.000002777787037067901337448903, 1.388895061751543292181356e-11],
  ['{"family":"gamma","shape":0.001,"rate":1}', 2e-3, 2.002670673077351692793568e-9, 0.00000200400801603206416997331, 2.005345358986776647153052e-9],
  ['{"family":"laplace","mu":-1,"b":2}', 1e-6, 4.000000000008000000000021e-12, 0.000008000000000032000000000128, 4.000000000024000000000107e-12],
  ['{"family":"laplace","mu":3,"b":0.5}', -1e-2, 0.0000250003125052084309915365, -0.005000125003125078126953174, 0.00002500093752604235027799524],
  ['{"family":"laplace","mu":-1,"b":0.000001}', 1e3, 0.000001000000500000333243079467, 2.000002000001999820992087e-9, 0.000001000001500001666577912621],
];

describe('gamma, exponential and Laplace cumulants near λ = 0 (centred closed forms) against mpmath', () => {
  it.each(SPEC_REFERENCE)('%s, λ = %d', (spec, lambda, logMgf, shift, tiltKl) => {
    const c = cumulantsOf(build(JSON.parse(spec)));
    for (const [name, got, ref] of [
      ['Λ', c.logMgf(lambda), logMgf],
      ['Λ′', c.shift(lambda), shift],
      ['λΛ′ − Λ', c.tiltKl(lambda), tiltKl],
    ] as const) {
      const msg = `${name}(${lambda}; ${spec}) = ${got.value} ± ${got.error} vs mpmath ${ref}`;
      expect(Math.abs(got.value - ref) / Math.abs(ref), msg).toBeLessThan(1e-13);
      expect(Math.abs(got.value - ref), msg).toBeLessThanOrEqual(got.error + 2 * Number.EPSILON * Math.abs(ref));
    }
  });
});
