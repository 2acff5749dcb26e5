import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { logH, logHAboveFloor, logHGap, logHPrime, logHPrimeRange, logOneMinusH, type SmoothSquash } from './squashLogs.ts';

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
