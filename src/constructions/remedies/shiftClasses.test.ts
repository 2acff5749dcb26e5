import { describe, expect, it } from 'vitest';
import { degenerateVOf, mergeClasses, mixtureParts, shiftClasses, uMayHaveAtoms } from './shiftClasses.ts';

describe('shiftClasses', () => {
  it('mixtureParts flattens nested mixtures and pushes affine maps inside', () => {
    const parts = mixtureParts({ family: 'affine', loc: 1, scale: -2, base: { family: 'mixture', weights: [0.25, 0.75], components: [{ family: 'normal', mu: 0, sigma: 1 }, { family: 'mixture', weights: [0.5, 0.5], components: [{ family: 'uniform', a: 0, b: 1 }, { family: 'exponential', rate: 1 }] }] } });
    expect(parts.map((p) => p.p)).toEqual([0.25, 0.375, 0.375]);
    expect(parts.every((p) => p.spec.family === 'affine'), JSON.stringify(parts)).toBe(true);
  });
  it('a mixture V is split into classes and merged back by mergeClasses', () => {
    const cs = shiftClasses({ kind: 'independent', x: { family: 'normal', mu: 0, sigma: 1 }, v: { family: 'mixture', weights: [0.5, 0.5], components: [{ family: 'normal', mu: 0, sigma: 1 }, { family: 'uniform', a: 0, b: 1 }] } })!;
    expect(cs.length).toBe(2);
    const m = mergeClasses(cs);
    expect(m.length).toBe(1);
    expect(m[0].v.mean()).toBeCloseTo(0.25, 14);
  });
  it('degenerate V and atoms of U', () => {
    expect(degenerateVOf(shiftClasses({ kind: 'independent', x: { family: 'normal', mu: 0, sigma: 1 }, v: { family: 'pointMass', x: 2 } })!)).toBe(true);
    expect(degenerateVOf(shiftClasses({ kind: 'independent', x: { family: 'normal', mu: 0, sigma: 1 }, v: { family: 'uniform', a: 0, b: 1 } })!)).toBe(false);
    // X = −V + Z with a discrete Z: U = Z has atoms; with a = −0.5 a continuous V spreads them
    expect(uMayHaveAtoms(shiftClasses({ kind: 'linear', a: -1, z: { family: 'poisson', lambda: 2 }, v: { family: 'uniform', a: 0, b: 1 } })!)).toBe(true);
    expect(uMayHaveAtoms(shiftClasses({ kind: 'linear', a: -0.5, z: { family: 'poisson', lambda: 2 }, v: { family: 'uniform', a: 0, b: 1 } })!)).toBe(false);
  });
});
