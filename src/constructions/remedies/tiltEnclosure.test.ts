import { describe, expect, it } from 'vitest';
import type { PairSpec } from '../../pairs/types.ts';
import type { Reward } from './boundedReward.ts';
import { shiftClasses } from './shiftClasses.ts';
import { enclosedShift, tiltEnclosure } from './tiltEnclosure.ts';

const normal = (mu: number, sigma: number) => ({ family: 'normal', mu, sigma }) as const;

describe('tiltEnclosure: rigorous bounds on E[(V − μ)W(V)] and E[W(V)]', () => {
  // X, V ~ N(0, 1) independent, r = tanh(U), β = ½: U ~ N(0, 2), E[V | U] = U/2, h = e^{(tanh u − 1)/β};
  // mpmath quad (30 digits): E[h(U)] = 0.315328949767893046422853173533, E[V·h(U)] = 0.213992600361672561558781256377
  const pair: PairSpec = { kind: 'independent', x: normal(0, 1), v: normal(0, 1) };
  const r: Reward = { squash: 'tanh', loc: 0, scale: 1 };
  it('the enclosure contains the mpmath values and certifies the sign', () => {
    const e = tiltEnclosure(r, 0.5, shiftClasses(pair)!);
    if ('reason' in e) throw new Error(e.reason);
    const s = Math.exp(e.scaleLog);
    expect(e.nLo * s, `N lower ${e.nLo * s}`).toBeLessThanOrEqual(0.21399260036167256);
    expect(e.nHi * s, `N upper ${e.nHi * s}`).toBeGreaterThanOrEqual(0.21399260036167256);
    expect(e.nLo, 'lower end positive at the first level').toBeGreaterThan(0);
    expect(e.eLo, `E[W] lower ${e.eLo}`).toBeLessThanOrEqual(0.31532894976789305);
    expect(e.eHi, `E[W] upper ${e.eHi}`).toBeGreaterThanOrEqual(0.31532894976789305);
    const sh = enclosedShift(e);
    expect(Math.abs(sh.shift * s - 0.6786329023046821), `shift ${sh.shift * s} ± ${sh.error * s}`).toBeLessThanOrEqual(sh.error * s);
  });

  it('X = −2V + Z (U = −V + Z): the enclosure lies below 0', () => {
    const e = tiltEnclosure(r, 0.5, shiftClasses({ kind: 'linear', v: normal(0, 1), z: normal(0, 1), a: -2 })!);
    if ('reason' in e) throw new Error(e.reason);
    expect(e.nHi, `N upper ${e.nHi}`).toBeLessThan(0);
  });

  it('V uniform on (0, 1), X uniform on (−10, −9), clip at 0 ± 1: W is e^{−2/β}-constant, the enclosure is exactly 0', () => {
    const e = tiltEnclosure({ squash: 'clip', loc: 10, scale: 1 }, 1, shiftClasses({ kind: 'independent', x: { family: 'uniform', a: -10, b: -9 }, v: { family: 'uniform', a: 0, b: 1 } })!);
    if ('reason' in e) throw new Error(e.reason);
    expect(e.exactZero, JSON.stringify(e)).toBe(true);
  });
});
