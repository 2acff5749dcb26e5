import { describe, expect, it } from 'vitest';
import { footnoteConditionalMean, footnoteGrid } from './footnotePair.ts';

/**
 * mpmath (mp.dps = 40): (∫_{−c}^{c} v φ(v) Φ̄((t−v)/s) dv + φ(t)) / (∫_{−c}^{c} φ(v) Φ̄((t−v)/s) dv + Φ̄(t)), Gauss–Legendre
 * in d = c − v on a geometric subdivision of [0, 2c] from s²/(8t) (ratio 1.5); Φ̄(z) = erfc(z/√2)/2.
 */
const REFERENCE: [number, number, number, number][] = [
  [2, 1, 5, 0.3650686439954792981473840176121752847063],
  [2, 1, 41, 0.8923597488007936560403752133946525569401],
  [2, 1, 4001, 0.9989990017569968624460145252520247445064],
  [10, 0.1, 10000, 0.08999192532270355553928495332187064332867],
  [0.5, 1, 51, 51.01959279488112972984976100147322272134],
];

describe('footnoteConditionalMean', () => {
  for (const [s, c, t, ref] of REFERENCE) {
    it(`s=${s}, c=${c}, t=${t} against mpmath`, () => {
      const r = footnoteConditionalMean({ s, c }, t);
      expect(r.converged, `s=${s} c=${c} t=${t}: ${r.reason}`).toBe(true);
      expect(Math.abs(r.value - ref), `s=${s} c=${c} t=${t}: ${r.value} vs ${ref} (± ${r.error})`).toBeLessThanOrEqual(1e-10 * Math.max(1, ref));
    });
  }
  it('the band mean is a non-decreasing lower bound on the grid and tends to c (s ≥ 1)', () => {
    for (const k of [{ s: 2, c: 1 }, { s: 4, c: 1 }, { s: 1, c: 0.3 }]) {
      const ms = footnoteGrid(k).map((t) => footnoteConditionalMean(k, t));
      ms.forEach((m, i) => {
        expect(m.value + m.error, `s=${k.s} c=${k.c} point ${i}: E=${m.value} ≥ band ${m.band}`).toBeGreaterThanOrEqual(m.band - m.bandError);
        if (i > 0) expect(m.band, `s=${k.s} c=${k.c}: band mean non-decreasing at point ${i}`).toBeGreaterThanOrEqual(ms[i - 1].band - m.bandError);
      });
      expect(Math.abs(ms[3].value - k.c), `s=${k.s} c=${k.c}: last ${ms[3].value}`).toBeLessThan(1e-3 * k.c + 1e-3);
    }
  });
});
