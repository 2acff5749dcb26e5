import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import { conditioningWitness } from './conditioning.ts';
import { squashOf, type SquashSpec } from './squash.ts';
import { twoSidedDv } from './penalisedVerdict.ts';

const specs: SquashSpec[] = [{ kind: 'logistic' }, { kind: 'tanh' }, { kind: 'arctan' }, { kind: 'clip', lo: -1, hi: 1 }];

describe('squash', () => {
  for (const spec of specs) {
    it(`${spec.kind}: gap = σ₊ − σ, levelForGap inverts it, bounds hold`, () => {
      const s = squashOf(spec);
      for (const m of [-5, -0.3, 0, 0.7, 3]) {
        expect(Math.abs(s.gap(m) - (s.upper - s.value(m))), `gap(${m})`).toBeLessThan(1e-15);
        expect(s.value(m) >= s.lower && s.value(m) <= s.upper, `range at ${m}`).toBe(true);
      }
      for (const g of [0.5, 1e-3, 1e-12]) {
        const M = s.levelForGap(g);
        expect(s.gap(M), `gap(levelForGap(${g})) = ${s.gap(M)}`).toBeLessThanOrEqual(g * (1 + 1e-9));
      }
    });
  }
});

describe('conditioningWitness', () => {
  it('N(0,1): KL = −log Φ̄(v) beyond any level, shift certified by v − μ ≥ η (E_P[V] = φ(v)/Φ̄(v) > v)', () => {
    const v = build({ family: 'normal', mu: 0, sigma: 1 });
    for (const k of [0.1, 5, 300]) {
      const w = conditioningWitness(v, k, 0.5)!;
      expect(w.kl, `KL at level ${k}`).toBeGreaterThan(k);
      expect(w.shiftLow, `shift bound at level ${k}`).toBeGreaterThan(0.5);
      expect(w.shiftLow, `shift bound at level ${k}`).toBe(w.v);
      expect(v.tailMean(w.v), `E_P[V] at level ${k}`).toBeGreaterThan(w.shiftLow);
      expect(Math.abs(w.kl + v.logSf(w.v)), `KL identity at ${k}`).toBeLessThan(1e-12 * w.kl);
    }
  });
  it('a law bounded above with an atom at its top: no upper event rare enough, lower side used', () => {
    const v = build({ family: 'categorical', values: [0, 1], probs: [0.5, 0.5] });
    expect(conditioningWitness(v, 3, 0.1), 'categorical at level 3').toBeUndefined();
    const u = build({ family: 'uniform', a: 0, b: 1 });
    const w = conditioningWitness(u, 20, 0.3)!;
    expect(w.kl > 20 && w.shiftLow >= 0.3 && w.v < 1, `uniform: ${JSON.stringify(w)}`).toBe(true);
    // the lower side of a law bounded below: −V's witness mirrored
    const e = conditioningWitness(build({ family: 'affine', base: { family: 'exponential', rate: 1 }, loc: 0, scale: -1 }), 5, 2)!;
    expect(e.side === 'lower' && e.v <= -3 && Math.abs(e.kl + e.v) < 1e-12 * e.kl, `−Exp(1): ${JSON.stringify(e)}`).toBe(true);
  });
  it('two-sided DV bound of N(0, σ²) is σ√(2d)', () => {
    const v = build({ family: 'normal', mu: 1, sigma: 2 });
    for (const d of [1e-6, 0.1, 3]) expect(Math.abs(twoSidedDv(v, d) - 2 * Math.sqrt(2 * d)), `d=${d}`).toBeLessThan(1e-9 * (1 + 2 * Math.sqrt(2 * d)));
  });
});
