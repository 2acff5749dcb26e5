import { describe, expect, it } from 'vitest';
import type { DistributionSpec } from '../../distributions/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { atomlessX, nonDegenerateV } from './pairHypotheses.ts';

const N01: DistributionSpec = { family: 'normal', mu: 0, sigma: 1 };
const cat: DistributionSpec = { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] };

describe('nonDegenerateV, atomlessX for every pair kind', () => {
  const cases: [PairSpec, boolean, boolean][] = [
    [{ kind: 'independent', x: N01, v: N01 }, true, true],
    [{ kind: 'independent', x: cat, v: N01 }, true, false],
    [{ kind: 'independent', x: N01, v: { family: 'pointMass', x: 2 } }, false, true],
    [{ kind: 'comonotone', x: { family: 'geometric', p: 0.5 }, v: N01 }, true, false],
    [{ kind: 'comonotone', x: N01, v: { family: 'pointMass', x: 1 } }, false, true],
    [{ kind: 'countermonotone', x: N01, v: cat }, true, true],
    // X = −2V + Z has a density although Z is discrete (review finding: the noise law alone said "atoms")
    [{ kind: 'linear', v: N01, z: cat, a: -2 }, true, true],
    [{ kind: 'linear', v: cat, z: cat, a: -2 }, true, false],
    [{ kind: 'linear', v: N01, z: cat, a: 0 }, true, false],
    [{ kind: 'functional', v: N01, noise: cat, f: { kind: 'linear', a: 0.5, b: 1 } }, true, true],
    [{ kind: 'functional', v: N01, noise: cat, f: { kind: 'square' } }, true, false],
    // V = 3 + 2·(point mass) is constant (review finding: only pointMass/categorical specs were read)
    [{ kind: 'independent', x: N01, v: { family: 'affine', base: { family: 'pointMass', x: 1 }, loc: 3, scale: 2 } }, false, true],
    // latent mixtures, copula components included (shiftClasses is undefined for them)
    [{ kind: 'latentMixture', components: [{ kind: 'comonotone', x: N01, v: { family: 'pointMass', x: 1 } }, { kind: 'independent', x: N01, v: { family: 'pointMass', x: 1 } }], weights: [0.5, 0.5] }, false, true],
    [{ kind: 'latentMixture', components: [{ kind: 'comonotone', x: N01, v: { family: 'pointMass', x: 1 } }, { kind: 'independent', x: cat, v: { family: 'pointMass', x: 2 } }], weights: [0.5, 0.5] }, true, false],
  ];
  for (const [pair, nd, al] of cases) {
    it(JSON.stringify(pair), () => {
      expect(nonDegenerateV(pair), `nonDegenerateV ${JSON.stringify(pair)}`).toBe(nd);
      expect(atomlessX(pair), `atomlessX ${JSON.stringify(pair)}`).toBe(al);
    });
  }
});
