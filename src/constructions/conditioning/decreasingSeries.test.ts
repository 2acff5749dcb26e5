import { describe, expect, it } from 'vitest';
import { decreasingSeries } from './decreasingSeries.ts';
import { conditionalMeanFast } from './conditionalMeanFast.ts';
import { independentConditionalMean } from './independentConditionalMean.ts';

describe('decreasingSeries (integral-test tail bracket)', () => {
  it('Σ k^{-s} = ζ(s) for slowly decaying terms (s = 1.5, 2.5, 3: no early stop), within the reported error', () => {
    // python3 -c "import mpmath; mpmath.mp.dps=30; print(mpmath.zeta(1.5), mpmath.zeta(2.5), mpmath.zeta(3))"
    const refs: [number, number][] = [[1.5, 2.61237534868548834334856756793], [2.5, 1.34148725725091717975676969335], [3, 1.20205690315959428539973816151]];
    for (const [s, z] of refs) {
      const h = (k: number) => -s * Math.log(k);
      const r = decreasingSeries(h, h, 1, 1e-12);
      const got = Math.exp(r.log);
      expect(r.converged, `ζ(${s}) converged`).toBe(true);
      expect(Math.abs(got - z) / z, `ζ(${s}): got ${got}, ref ${z}, relError ${r.relError}`).toBeLessThanOrEqual(r.relError + 1e-14);
      expect(r.relError, `ζ(${s}) relError`).toBeLessThan(1e-5);
    }
  });

  it('a series that settles early is summed exactly (geometric ratio ½ from 0: sum 2)', () => {
    const h = (k: number) => -k * Math.LN2;
    const r = decreasingSeries(h, h, 0, 1e-12);
    expect(Math.abs(Math.exp(r.log) - 2), `Σ 2^{-k} = ${Math.exp(r.log)}`).toBeLessThan(1e-14);
  });

  it('zeta V on a decreasing branch against heavy X matches the blind-sampling kernel within the errors', () => {
    const x = { family: 'studentT', df: 1.1, loc: -1, scale: 2 } as const;
    const v = { family: 'affine', base: { family: 'zeta', s: 2.9 }, loc: -2, scale: -2 } as const;
    for (const t of [10, 1e4]) {
      const f = conditionalMeanFast(x, v, t);
      const s = independentConditionalMean(x, v, t);
      expect(f.converged && s.converged, `both converged at t = ${t}`).toBe(true);
      expect(Math.abs(f.value - s.value), `t = ${t}: fast ${f.value} ± ${f.error}, slow ${s.value} ± ${s.error}`).toBeLessThanOrEqual(f.error + s.error);
    }
  });
});
