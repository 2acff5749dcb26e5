import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import { applyReweighting } from '../reweighting.ts';
import { capTilt, capped, capVerdict, underCap } from './klCap.ts';

describe('the KL cap', () => {
  it('N(0, 2²), d = 0.08: the tilt at the cap has KL d and mean shift σ√(2d) = 0.8', () => {
    const q = build({ family: 'normal', mu: 0, sigma: 2 });
    const p = capTilt(q, 0.08)!;
    const r = applyReweighting(q, p, { secondWay: false });
    expect(Math.abs(r.kl - 0.08), `KL ${r.kl}`).toBeLessThan(1e-9);
    expect(Math.abs(r.mean - 0.8), `mean ${r.mean}`).toBeLessThan(1e-8);
    expect(underCap(r, 0.08)).toBe(true);
    expect(capVerdict(q, p, 0.08).status).toBe('holds');
  });

  it('capped(): a conditioning with KL log 2 > d becomes a mixture with KL ≤ d (convexity)', () => {
    const q = build({ family: 'exponential', rate: 1 });
    const p = capped(q, { kind: 'conditioning', a: Math.LN2 }, 0.1);
    expect(p.kind).toBe('mixture');
    expect(applyReweighting(q, p, { secondWay: false }).kl, 'KL of the mixture').toBeLessThanOrEqual(0.1);
  });

  it('heavy V: no finite bound (T1 witness)', () => {
    const q = build({ family: 'studentT', df: 3 });
    expect(capVerdict(q, { kind: 'tilt', u: 0.5 }, 0.01).status).toBe('fails');
  });
});
