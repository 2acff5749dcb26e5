import { describe, expect, it } from 'vitest';
import type { PairSpec } from '../../pairs/types.ts';
import { shiftClasses } from './shiftClasses.ts';
import { weakPenaltyVerdictContinuous } from './weakPenaltyContinuous.ts';

const uniformV = { family: 'uniform', a: 0, b: 1 } as const;
const verdict = (pair: PairSpec, squash: 'clip' | 'tanh') => weakPenaltyVerdictContinuous(shiftClasses(pair)!, { squash, loc: 0, scale: 1 });

describe('weakPenaltyVerdictContinuous', () => {
  // X ~ N(0, 1) ⊥ V ~ U(0, 1), clip at T = 1: the limit gain is E[V | U > 1] − ½ = 0.0912430955514812622041117991461
  // (mpmath: quad((v − ½)·ncdf(−(1 − v))) / quad(ncdf(−(1 − v))) over (0, 1))
  it('saturating clip: the gain is E[V | U > T] − E[V] by quadrature', () => {
    const v = verdict({ kind: 'independent', x: { family: 'normal', mu: 0, sigma: 1 }, v: uniformV }, 'clip');
    expect(v.status, v.summary).toBe('holds');
    expect(Math.abs((v.numbers.limitShift as number) - 0.09124309555148126), v.summary).toBeLessThan(1e-9);
  });
  it('tanh with a long-tailed X (Student-t 3): the limit is E[V] — fails', () => {
    expect(verdict({ kind: 'independent', x: { family: 'studentT', df: 3 }, v: uniformV }, 'tanh').status).toBe('fails');
  });
  it('tanh with a ratio-light X (normal) and V bounded above: the limit is sup V — holds', () => {
    expect(verdict({ kind: 'independent', x: { family: 'normal', mu: 0, sigma: 1 }, v: uniformV }, 'tanh').status).toBe('holds');
  });
  it('tanh with a normal X and an unbounded V: not decided — inconclusive', () => {
    expect(verdict({ kind: 'independent', x: { family: 'normal', mu: 0, sigma: 1 }, v: { family: 'normal', mu: 0, sigma: 1 } }, 'tanh').status).toBe('inconclusive');
  });
});
