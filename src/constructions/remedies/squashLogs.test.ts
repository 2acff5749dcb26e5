import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { logH, logHAboveFloor, logHGap, logHPrime, logHPrimeRange, logOneMinusH, logRGap, type SmoothSquash } from './squashLogs.ts';

const r = (sq: SmoothSquash, y: number): number => (sq === 'tanh' ? Math.tanh(y) : sq === 'sigmoid' ? Math.tanh(y / 2) : Math.max(-1, Math.min(1, y)));
const h = (sq: SmoothSquash, beta: number, y: number): number => Math.exp((r(sq, y) - 1) / beta);
const squash = fc.constantFrom<SmoothSquash>('tanh', 'sigmoid', 'clip');
const beta = fc.double({ min: 0.05, max: 20, noNaN: true });
const y = fc.double({ min: -8, max: 8, noNaN: true });

describe('squash kernels in log space against the naive linear forms (where those resolve)', () => {
  test.prop([squash, beta, y, fc.double({ min: 1e-4, max: 5, noNaN: true })])('h, 1 − h, h − e^{−2/β}, h(y + d) − h(y)', (sq, b, y0, d) => {
    const what = `${sq}, β = ${b}, y = ${y0}, d = ${d}`;
    const close = (log: number, lin: number, label: string) => {
      // the naive forms lose ~1e-16/|value| to cancellation; compared only where that is below 1e-9
      if (lin > 1e-7) expect(Math.abs(Math.exp(log) / lin - 1), `${label}: ${what}: e^${log} vs ${lin}`).toBeLessThan(1e-8);
    };
    close(logH(sq, b, y0), h(sq, b, y0), 'h');
    close(logOneMinusH(sq, b, y0), 1 - h(sq, b, y0), '1 − h');
    close(logHAboveFloor(sq, b, y0), h(sq, b, y0) - Math.exp(-2 / b), 'h − floor');
    close(logHGap(sq, b, y0, d, Math.log(d)), h(sq, b, y0 + d) - h(sq, b, y0), 'gap');
  });

  it('far saturation: 1 − h and the gap below the double range', () => {
    // tanh(y) = 1 − 2e^{−2y}(1 + O(e^{−2y})): at y = 4000, β = 1, 1 − h = 2e^{−8000}, h(y + 1) − h(y) = 2e^{−8000}(1 − e^{−2})
    expect(Math.abs(logOneMinusH('tanh', 1, 4000) - (Math.LN2 - 8000))).toBeLessThan(1e-9);
    expect(Math.abs(logHGap('tanh', 1, 4000, 1, 0) - (Math.LN2 - 8000 + Math.log1p(-Math.exp(-2))))).toBeLessThan(1e-9);
    // far below: h − e^{−2/β} = e^{−2/β}·expm1((1 + r)/β), 1 + tanh(−y) ≈ 2e^{−2y}
    expect(Math.abs(logHAboveFloor('tanh', 0.5, -3000) - (-4 + Math.LN2 - 6000 - Math.log(0.5)))).toBeLessThan(1e-9);
  });
});

describe("logHPrimeRange bounds h′ over the interval (the mean-value brackets' rigour)", () => {
  test.prop([squash, beta, y, fc.double({ min: 0, max: 6, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })])('min ≤ log h′(y) ≤ max for y in [ya, yb]', (sq, b, ya, w, t) => {
    const yb = ya + w, yy = ya + t * w;
    const { max, min } = logHPrimeRange(sq, b, ya, yb);
    const l = logHPrime(sq, b, yy);
    const what = `${sq}, β = ${b}, [${ya}, ${yb}], y = ${yy}: log h′ = ${l}, range [${min}, ${max}]`;
    const slack = 1e-12 * Math.max(1, Math.abs(l));
    if (l > -Infinity) {
      expect(l, what).toBeLessThanOrEqual(max + slack);
      expect(l, what).toBeGreaterThanOrEqual(min - slack);
    }
  });
});

describe('logRGap / logHGap at far-apart and nearly equal arguments (mpmath)', () => {
  // mpmath (50 digits): log(sinh(k·d)/(cosh(k·y0)·cosh(k·(y0 + d)))), y0 + d kept exact
  const cases: [SmoothSquash, number, number, number][] = [
    ['tanh', -3, 1e17, 0.69067149542221485988637243941465359929876620969828], // d ≫ |y0|: y0 + d rounds y0 away
    ['sigmoid', 30, 1e17, -29.306852819440148266812456275909617208898746617217],
    ['tanh', -87.74410844030015, 3550464.6146915676, 0.69314718055994530941723212145817656807550013436025], // opposite signs
  ];
  it.each(cases)('%s: y0 = %d, d = %d', (sq, y0, d, ref) => {
    const l = logRGap(sq, y0, d, Math.log(d));
    expect(Math.abs(l - ref), `logRGap(${sq}, ${y0}, ${d}) = ${l} vs mpmath ${ref}`).toBeLessThan(1e-14);
  });

  it('h gap across the whole range: 1 − e^{−2/β}, never above 1', () => {
    // mpmath (50 digits): log(h(−181501.73… + 385554.91…) − h(−181501.73…)) at β = 0.00755… is −e^{−264.9}(1 + …):
    // 0 but for the rounding of log h(y0) = −2/β ≈ −264.9 against log expm1(2/β) (a few ulps of 265)
    const l = logHGap('tanh', 0.007551277371197627, -181501.73131603617, 385554.91652597894, Math.log(385554.91652597894));
    expect(Math.abs(l), `log gap ${l}`).toBeLessThan(1e-12);
    // mpmath (50 digits): β = 1, log(h(3 + 1e17) − h(3)) = −5.3118001087570817896622119126780436820523222202524
    const m = logHGap('tanh', 1, 3, 1e17, Math.log(1e17));
    expect(Math.abs(m + 5.3118001087570817896622119126780436820523222202524), `log gap ${m}`).toBeLessThan(1e-14);
  });

  it('clip: a gap below the rounding of y0 + d inside the ramp is d itself; on the flat parts it is exactly 0', () => {
    for (const y0 of [-1, -0.5, 0, 0.5]) expect(logRGap('clip', y0, 1e-300, Math.log(1e-300)), `clip y0 = ${y0}`).toBe(Math.log(1e-300));
    expect(logRGap('clip', 1, 1e-300, Math.log(1e-300))).toBe(-Infinity);
    expect(logRGap('clip', -2, 0.5, Math.log(0.5))).toBe(-Infinity);
  });
});
