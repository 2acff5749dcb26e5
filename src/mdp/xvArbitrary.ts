/**
 * `xvMdpArbitrary()`: MDPs of arbitrary.ts with their return split into X and V (xv.ts). The split of each
 * choice action's reward: all error (V part 0, most often), all utility, a small integer V part (so V and X
 * move apart) or a random real; each leaf's share of its draw counted as utility: 0 (pure error), 1, ½, −1, 2
 * or any real in [−2, 3] — and, with `heavyLeafShare`, the share of a heavy-tailed leaf drawn from that
 * generator instead (the headline's main search keeps heavy draws mostly in X; its necessity checks put them
 * in V). The hypotheses are always computed from the built laws of X and V, never from these choices.
 * Chained on the MDP (the split needs its shape): shrinking shrinks the MDP first, then the split.
 */
import fc from 'fast-check';
import { buildCached } from '../claims/buildCached.ts';
import { mdpArbitrary, type MdpConstraints } from './arbitrary.ts';
import type { MdpSpec } from './types.ts';
import type { XvMdpSpec, XvSplitEntry } from './xv.ts';

export interface XvConstraints extends MdpConstraints {
  /** share of the draw counted as V at heavy-tailed leaves (default: the same as at any leaf) */
  readonly heavyLeafShare?: fc.Arbitrary<number>;
  /** share at every other leaf (default: see the file comment) */
  readonly leafShare?: fc.Arbitrary<number>;
}

export const anyShare = fc.oneof(
  { withCrossShrink: true },
  { arbitrary: fc.constant(0), weight: 4 },
  { arbitrary: fc.constantFrom(1, 0.5, -1, 2), weight: 3 },
  { arbitrary: fc.double({ min: -2, max: 3, noNaN: true }), weight: 1 },
);

const vPart = (reward: number): fc.Arbitrary<number> =>
  fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.constant(reward), weight: 2 }, { arbitrary: fc.integer({ min: -5, max: 5 }), weight: 2 }, { arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }), weight: 1 });

function splitOf(mdp: MdpSpec, c: XvConstraints): fc.Arbitrary<XvSplitEntry[]> {
  return fc.tuple(
    ...mdp.states.map((s): fc.Arbitrary<XvSplitEntry> => {
      if (s.kind === 'choice') return fc.tuple(...s.actions.map((a) => vPart(a.reward)));
      if (s.kind === 'terminal') return fc.constant(null);
      const heavy = buildCached(s.base).tailClass === 'heavy';
      const share = heavy && c.heavyLeafShare ? c.heavyLeafShare : c.leafShare ?? anyShare;
      return share.map((vShare) => ({ vShare }));
    }),
  );
}

export function xvMdpArbitrary(c: XvConstraints = {}): fc.Arbitrary<XvMdpSpec> {
  return mdpArbitrary(c).chain((mdp) => splitOf(mdp, c).map((split): XvMdpSpec => ({ mdp, split })));
}
