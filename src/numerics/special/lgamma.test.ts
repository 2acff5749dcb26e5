import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { logScaledError, relativeError } from '../tolerance.ts';
import { lgamma, lgamma1p, stirlerr } from './lgamma.ts';

/** [x, log Γ(x)]: mpmath, dps = 50, loggamma(mpf(x)) at the double x. */
const LGAMMA: readonly (readonly [number, number])[] = [
  [1e-300, 690.7755278982137],
  [1e-10, 23.025850929882736],
  [1e-3, 6.907178885383853],
  [0.1, 2.252712651734206],
  [0.5, 0.5723649429247001],
  [0.9, 0.06637623973474295],
  [0.99, 0.005854806764709781],
  [1, 0.0],
  [1.0000001, -5.772155829918507e-08],
  [1.25, -0.09827183642181316],
  [1.5, -0.12078223763524522],
  [1.9, -0.03898427592308336],
  [2, 0.0],
  [2.1, 0.04543773854448518],
  [2.5, 0.2846828704729192],
  [3, 0.6931471805599453],
  [4.5, 2.4537365708424423],
  [7.3, 7.147892523022248],
  [9.99, 12.779315214350193],
  [10, 12.801827480081469],
  [10.5, 13.940625219403763],
  [25.5, 56.389167643719944],
  [100, 359.1342053695754],
  [1000.5, 5908.674175848678],
  [1e5, 1051287.7089736569],
  [1e10, 220258509288.81058],
  [1e150, 3.4438776394910686e+152],
  [1e300, 6.897755278982137e+302],
];

/** [a, stirlerr(a)]: mpmath, dps = 50, loggamma(a) − ((a − ½)log a − a + ½log 2π). */
const STIRLERR: readonly (readonly [number, number])[] = [
  [1e-3, 2.5422704679670947],
  [0.1, 0.512740081331915],
  [0.5, 0.15342640972002736],
  [0.99, 0.08184093812825274],
  [1, 0.08106146679532726],
  [1.5, 0.05481412105191765],
  [2, 0.0413406959554093],
  [3, 0.02767792568499834],
  [5, 0.016644691189821193],
  [9.5, 0.008768700134139386],
  [10, 0.00833056343336287],
  [30, 0.0027776749297526936],
  [1000, 8.333333055555635e-05],
  [1e5, 8.333333333305556e-07],
  [1e10, 8.333333333333334e-12],
];

describe('lgamma', () => {
  it('matches mpmath to 2e-14 in the log-scaled metric, tiny to huge x', () => {
    for (const [x, ref] of LGAMMA) {
      expect(logScaledError(lgamma(x), ref), `lgamma(${x}) = ${lgamma(x)} vs ${ref}`).toBeLessThanOrEqual(2e-14);
    }
  });

  it('keeps relative accuracy at the zeros x = 1 and x = 2 and between them', () => {
    for (const [x, ref] of LGAMMA) {
      if (ref === 0) expect(lgamma(x), `lgamma(${x})`).toBe(0);
      else expect(relativeError(lgamma(x), ref), `lgamma(${x}) = ${lgamma(x)} vs ${ref}`).toBeLessThanOrEqual(2e-14);
    }
  });

  it('is NaN outside x > 0 and +∞ at +∞', () => {
    for (const x of [0, -1, -0.5, NaN]) expect(lgamma(x), `lgamma(${x})`).toBeNaN();
    expect(lgamma(Infinity)).toBe(Infinity);
  });

  test.prop([fc.double({ min: 1e-3, max: 1e6, noNaN: true })])(
    'satisfies log Γ(x + 1) = log Γ(x) + log x',
    (x) => {
      const lhs = lgamma(x + 1);
      const rhs = lgamma(x) + Math.log(x);
      // x + 1 is rounded; its effect on log Γ is ψ(x + 1)·ulp(x + 1).
      const inputSlack = Math.abs(Math.log(x + 1)) * Number.EPSILON * (x + 1);
      expect(Math.abs(lhs - rhs), `lgamma(${x} + 1) = ${lhs} vs lgamma(x) + log x = ${rhs}`).toBeLessThanOrEqual(
        4e-15 * Math.max(1, Math.abs(lhs)) + inputSlack,
      );
    },
  );
});

describe('lgamma1p', () => {
  it('agrees with lgamma(1 + ε) where 1 + ε is exact', () => {
    for (const eps of [-0.5, -0.25, 0.125, 0.5, 0.75, 1]) {
      expect(Math.abs(lgamma1p(eps) - lgamma(1 + eps)), `lgamma1p(${eps})`).toBeLessThanOrEqual(2e-16);
    }
  });

  it('is −γε to first order for tiny ε', () => {
    for (const eps of [1e-300, 1e-20, -1e-20]) {
      expect(relativeError(lgamma1p(eps), -0.5772156649015329 * eps), `lgamma1p(${eps})`).toBeLessThanOrEqual(1e-15);
    }
  });
});

describe('stirlerr', () => {
  it('matches mpmath to 2e-14 relative', () => {
    for (const [a, ref] of STIRLERR) {
      expect(relativeError(stirlerr(a), ref), `stirlerr(${a}) = ${stirlerr(a)} vs ${ref}`).toBeLessThanOrEqual(2e-14);
    }
  });

  // a = k/1024, so a + 1 is exact; a < 1 (definition) and a ≥ 10 (Stirling series) are the branches
  // that do not use the recurrence themselves.
  const kOver1024 = fc.oneof(fc.integer({ min: 10, max: 1023 }), fc.integer({ min: 10240, max: 10_000_000 }));
  test.prop([kOver1024])('satisfies stirlerr(a) − stirlerr(a + 1) = Σ u^(2k)/(2k + 1), u = 1/(2a + 1)', (k) => {
    const a = k / 1024;
    const lhs = stirlerr(a) - stirlerr(a + 1);
    const u = 1 / (2 * a + 1);
    let rhs = 0;
    if (u > 0.5) rhs = Math.atanh(u) / u - 1; // = the series; no cancellation this far from u = 0
    else for (let n = 1, p = u * u; n < 400 && p > 1e-20 * rhs; n++, p *= u * u) rhs += p / (2 * n + 1);
    const slack = 2e-15 * (Math.abs(stirlerr(a)) + Math.abs(stirlerr(a + 1)));
    expect(Math.abs(lhs - rhs), `stirlerr(${a}) − stirlerr(${a} + 1) = ${lhs} vs ${rhs}`).toBeLessThanOrEqual(slack);
  });
});
