import { describe, it, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { bisectLog, brent, expandBracket } from './roots.ts';

/** Uniform on [lo, hi] (fc.double concentrates on tiny magnitudes; mixed with it where edge cases matter). */
const uniform = (lo: number, hi: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: 2 ** 30 }).map((i) => lo + ((hi - lo) * i) / 2 ** 30);

describe('brent', () => {
  it('finds √2 and the Dottie number to a few ulps', () => {
    const r = brent((x) => x * x - 2, 0, 2);
    expect(r.converged && r.bracketed).toBe(true);
    expect(Math.abs(r.root - Math.SQRT2)).toBeLessThanOrEqual(4e-16);
    const d = brent((x) => Math.cos(x) - x, 0, 1);
    expect(Math.abs(d.root - 0.7390851332151607)).toBeLessThanOrEqual(4e-16);
  });
  it('reports an unbracketed interval instead of throwing', () => {
    const r = brent((x) => x * x + 1, -1, 1);
    expect(r).toMatchObject({ converged: false, bracketed: false });
    expect(r.root).toBeNaN();
    expect(r.reason).toMatch(/sign/);
  });
  it('a zero at an end, and NaN values', () => {
    expect(brent((x) => x - 1, 1, 5).root).toBe(1);
    expect(brent(() => NaN, 0, 1).converged).toBe(false);
  });
  test.prop([uniform(-1e3, 1e3), uniform(1e-3, 1e3)])(
    'root of the monotone cubic (x − r)³ + s(x − r) within 8 ulps',
    (r, s) => {
      const f = (x: number): number => (x - r) ** 3 + s * (x - r);
      const out = brent(f, r - 1e4, r + 1e3);
      expect(out.converged, `r=${r} s=${s}: ${out.reason}`).toBe(true);
      expect(Math.abs(out.root - r), `r=${r} s=${s}: root ${out.root}`).toBeLessThanOrEqual(8 * Number.EPSILON * Math.max(1, Math.abs(r)) + 1e-300);
    },
  );
});

describe('bisectLog', () => {
  it('solves −α·log t = −500 (Pareto logSf) for log t', () => {
    const r = bisectLog((y) => -2.5 * y + 500, 0, 1e4);
    expect(r.converged).toBe(true);
    expect(Math.abs(r.logRoot - 200)).toBeLessThanOrEqual(1e-13);
  });
  it('works where t itself overflows: log t = 2000', () => {
    const r = bisectLog((y) => Math.log(y) - Math.log(2000), 1, 1e6);
    expect(Math.abs(r.logRoot - 2000)).toBeLessThanOrEqual(1e-12);
    expect(Math.exp(r.logRoot)).toBe(Infinity);
  });
  it('reports a missing sign change', () => {
    expect(bisectLog((y) => y + 1, 0, 10)).toMatchObject({ bracketed: false, converged: false });
  });
  test.prop([uniform(-700, 700)])('recovers any log-root in [−700, 700]', (y0) => {
    const r = bisectLog((y) => Math.expm1(y - y0), -800, 800);
    expect(Math.abs(r.logRoot - y0), `y0=${y0}`).toBeLessThanOrEqual(4 * Number.EPSILON * Math.max(1, Math.abs(y0)));
  });
});

describe('expandBracket', () => {
  it('grows geometrically up to a far root', () => {
    const b = expandBracket((x) => x - 1e10, 1);
    expect(b.bracketed).toBe(true);
    expect(b.lo <= 1e10 && 1e10 <= b.hi).toBe(true);
    expect(b.steps).toBeLessThan(60);
  });
  it('approaches a finite lower bound geometrically without crossing it', () => {
    const b = expandBracket((x) => Math.log(x) + 30, 1, { lower: 0 });
    expect(b.bracketed).toBe(true);
    expect(b.lo).toBeGreaterThan(0);
    expect(b.lo <= Math.exp(-30) && Math.exp(-30) <= b.hi).toBe(true);
  });
  it('gives up with a reason when there is no root', () => {
    const b = expandBracket((x) => x * x + 1, 0, { maxSteps: 50 });
    expect(b.bracketed).toBe(false);
    expect(b.reason).toBeTypeOf('string');
  });
});
