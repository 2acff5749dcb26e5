import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { relativeError } from '../tolerance.ts';
import { log1pmx } from './log1pmx.ts';

/** [u, log1p(u) − u]: mpmath, dps = 50, log1p(mpf(u)) − mpf(u) at the double u. */
const LOG1PMX: readonly (readonly [number, number])[] = [
  [-0.999999, -12.815511557935519],
  [-0.9, -1.402585092994046],
  [-0.5, -0.19314718055994531],
  [-0.49, -0.1833445532637656],
  [-0.1, -0.005360515657826302],
  [-1e-5, -5.0000333335833364e-11],
  [-1e-10, -5.000000000333334e-21],
  [1e-300, 0.0],
  [1e-10, -4.999999999666667e-21],
  [1e-5, -4.9999666669166655e-11],
  [0.1, -0.00468982019567514],
  [0.49, -0.09122388004263222],
  [0.5, -0.09453489189183562],
  [0.51, -0.09789034917316704],
  [1, -0.3068528194400547],
  [10, -7.602104727201629],
  [1e10, -9999999976.97415],
  [1e300, -1e+300],
];

describe('log1pmx', () => {
  it('matches mpmath to 2e-14 relative, including both sides of the |u| = ½ switch', () => {
    for (const [u, ref] of LOG1PMX) {
      expect(relativeError(log1pmx(u), ref), `log1pmx(${u}) = ${log1pmx(u)} vs ${ref}`).toBeLessThanOrEqual(2e-14);
    }
  });

  it('is −∞ at u = −1 and at +∞, NaN below −1', () => {
    expect(log1pmx(-1)).toBe(-Infinity);
    expect(log1pmx(Infinity)).toBe(-Infinity);
    expect(log1pmx(-1.5)).toBeNaN();
    expect(log1pmx(NaN)).toBeNaN();
  });

  test.prop([fc.double({ min: -1e-4, max: 1e-4, noNaN: true }).filter((u) => u !== 0)])(
    'agrees with the Taylor series −u²/2 + u³/3 − u⁴/4 + u⁵/5 for |u| ≤ 1e-4',
    (u) => {
      const taylor = u * u * (-1 / 2 + u * (1 / 3 + u * (-1 / 4 + u / 5)));
      expect(relativeError(log1pmx(u), taylor), `log1pmx(${u}) = ${log1pmx(u)} vs ${taylor}`).toBeLessThanOrEqual(1e-15);
    },
  );

  test.prop([fc.double({ min: 0.01, max: 1e6, noNaN: true })])('equals log1p(u) − u where that does not cancel', (u) => {
    const direct = Math.log1p(u) - u;
    const slack = 4e-16 * (Math.abs(Math.log1p(u)) + u);
    expect(Math.abs(log1pmx(u) - direct), `log1pmx(${u}) = ${log1pmx(u)} vs ${direct}`).toBeLessThanOrEqual(slack);
  });
});
