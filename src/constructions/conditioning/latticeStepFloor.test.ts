import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { latticeStepFloor } from './latticeStepFloor.ts';

describe('latticeStepFloor: log F̄_X(y − s) − log F̄_X(y) ≥ θ(σ) for y ≥ e^σ', () => {
  test.prop([fc.double({ min: 0.05, max: 50, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0.1, max: 3, noNaN: true }), fc.double({ min: 0, max: 5.5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })], { numRuns: 200 })(
    'Poisson(λ) and loc + c·Poisson(λ), at y = e^σ·(1 + u) and just below a lattice point',
    (lambda, loc, c, sigma, u) => {
      const spec: DistributionSpec = { family: 'affine', base: { family: 'poisson', lambda }, loc, scale: c };
      const X = build(spec);
      const f = latticeStepFloor(spec)!;
      const lt = f.logStepInf(sigma);
      if (Number.isNaN(lt)) return;
      const y0 = Math.exp(sigma) * (1 + u);
      // the next lattice point above y0, approached from below, where the step ratio is tightest
      const y1 = loc + c * Math.ceil((y0 - loc) / c) - 1e-9 * c;
      for (const y of [y0, Math.max(y0, y1)]) {
        const step = X.logSf(y - f.spacing) - X.logSf(y);
        if (!Number.isFinite(step)) continue;
        expect(step, `λ=${lambda}, loc=${loc}, c=${c}, σ=${sigma}, y=${y}: step ${step} vs θ = ${Math.exp(lt)}`).toBeGreaterThanOrEqual(Math.exp(lt) - 1e-9 * Math.max(1, step));
      }
    },
  );
});
