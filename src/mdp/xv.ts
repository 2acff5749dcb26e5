/**
 * U = X + V per trajectory on the MDP model of types.ts (claims.md "Headline corollary", T4): the return U
 * of `mdp` (its rewards and leaf draws) is split into an error part X and a true-utility part V.
 * - At a choice state, `split[i][j]` is the V part of action j's reward; its X part is reward − split[i][j].
 * - At a leaf, the draw y counts as V·share and X·(1 − share) (`{ vShare }`): share 0 is pure error, 1 pure
 *   utility, 0 < share < 1 a comonotone split of one draw, share < 0 or > 1 a countermonotone one.
 * - Terminal states: null.
 * Averaged returns average both parts: X = Σ x-parts/|T|, V = Σ v-parts/|T|, so U = X + V always.
 * X and V are dependent per trajectory in general: through the path (V fixed by the choices, X's law by the
 * leaf the path reaches — a latent-class dependence) and within a shared leaf draw.
 *
 * Any linear part cX·X + cV·V has the law, under a policy's trajectory law, of a mixture over the paths
 * (paths.ts) of atoms and affine images of leaf laws: at a path with prefix sums (x₀, v₀) after n choices
 * and a leaf of share s, cX·X + cV·V = ω·(cX·x₀ + cV·v₀) + ω·(cX·(1 − s) + cV·s)·y, ω = 1 or 1/(n + 1).
 * `partLawSpec` gives that law under π₀ as a DistributionSpec (trajectory level); `partMeanByPaths` and
 * `partMeanByStates` give E_π of a part for any π, at the trajectory and the state level.
 */
import { DomainError } from '../errors.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import type { MdpSpec } from './types.ts';
import { checkMdp } from './validate.ts';

export type XvSplitEntry = readonly number[] | { readonly vShare: number } | null;

export interface XvMdpSpec {
  /** the MDP whose return is U = X + V (policies are those of `mdp`) */
  readonly mdp: MdpSpec;
  /** per state: V parts of the actions' rewards (choice), { vShare } (leaf), null (terminal) */
  readonly split: readonly XvSplitEntry[];
}

/** A linear part cX·X + cV·V: X is { x: 1, v: 0 }, V is { x: 0, v: 1 }, U is { x: 1, v: 1 }. */
export interface PartCoefficients { readonly x: number; readonly v: number }
export const PART_X: PartCoefficients = { x: 1, v: 0 };
export const PART_V: PartCoefficients = { x: 0, v: 1 };
export const PART_U: PartCoefficients = { x: 1, v: 1 };

const checked = new WeakSet<XvMdpSpec>();

/** Throws DomainError('xvMdp', …) unless the split has the MDP's shape with finite entries. */
export function checkXv(xv: XvMdpSpec): void {
  if (checked.has(xv)) return;
  checkMdp(xv.mdp);
  const { states } = xv.mdp;
  if (!Array.isArray(xv.split) || xv.split.length !== states.length) throw new DomainError('xvMdp', 'split', `${states.length} entries`, xv.split);
  states.forEach((s, i) => {
    const e = xv.split[i];
    const ok =
      s.kind === 'choice' ? Array.isArray(e) && e.length === s.actions.length && e.every(Number.isFinite)
      : s.kind === 'leaf' ? e !== null && !Array.isArray(e) && Number.isFinite((e as { vShare: number }).vShare)
      : e === null;
    if (!ok) throw new DomainError('xvMdp', `split[${i}]`, s.kind === 'choice' ? 'finite V parts, one per action' : s.kind === 'leaf' ? '{ vShare: finite }' : 'null', e);
  });
  checked.add(xv);
}

/** The coefficient of a leaf draw y in the part (before the 1/|T| of averaged returns). */
export function leafCoefficient(xv: XvMdpSpec, leaf: number, c: PartCoefficients): number {
  const s = (xv.split[leaf] as { vShare: number }).vShare;
  return c.x * (1 - s) + c.v * s;
}

/** The part of the reward of action j at choice state i. */
export function actionPart(xv: XvMdpSpec, i: number, j: number, c: PartCoefficients): number {
  const st = xv.mdp.states[i];
  if (st.kind !== 'choice') return NaN;
  const v = (xv.split[i] as readonly number[])[j];
  return c.x * (st.actions[j].reward - v) + c.v * v;
}

/** ω·z + ω·k·y at one endpoint: { a, b } with b the coefficient of the leaf draw (0 at a terminal state). */
export function partAffine(xv: XvMdpSpec, end: number, prefix: number, choices: number, c: PartCoefficients): { a: number; b: number } {
  const leaf = xv.mdp.states[end].kind === 'leaf';
  const n = choices + (leaf ? 1 : 0);
  const omega = xv.mdp.returnKind === 'sum' ? 1 : n === 0 ? 0 : 1 / n;
  return { a: omega * prefix, b: leaf ? omega * leafCoefficient(xv, end, c) : 0 };
}

export type { DistributionSpec };
