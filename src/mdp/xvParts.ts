/**
 * Linear parts cX·X + cV·V of the return (xv.ts) under a policy, exact, two ways:
 * - trajectory level (`xvPaths`, `partLawSpec`, `partMeanByPaths`): every path start → endpoint of Tr(π)
 *   with its probability and the prefix sums (x₀, v₀) of the choices made; the part is ω·(cX·x₀ + cV·v₀) + b·y
 *   at the endpoint (xv.ts partAffine). Under π₀ this is a mixture of atoms and affine images of the leaf laws:
 *   a DistributionSpec the suite builds (tail class, mean, logMgf, dvBound).
 * - state level (`partMeanByStates`): occupancies occ(s, d) (stateDp.ts) and f_ω(s, d) = E_π[ω(|T|) | s, d],
 *   E_π[part] = Σ occ(s, d)·[Σ_a π(a|s)·part(s, a)·f_ω(s′, d + 1)  |  ω(d + 1)·b_s·E_π[y_s]] (stateDp.ts's
 *   meanByStates with the part's rewards and leaf coefficients).
 * A leaf coefficient 0 contributes 0 even where the leaf mean is infinite or undefined.
 */
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import { leafBase, registerLeafBases } from './leafBase.ts';
import { leafLaw } from './leafLaw.ts';
import { expectedOmega, occupancy } from './stateDp.ts';
import { Compensated, compensatedSum } from './sum.ts';
import { basePolicy, type LeafPolicy, type PolicySpec } from './types.ts';
import { actionPart, checkXv, leafCoefficient, partAffine, type PartCoefficients, type XvMdpSpec } from './xv.ts';
import { endpointMixture } from './endpointMixture.ts';

export interface XvPath { readonly end: number; readonly logProb: number; readonly xSum: number; readonly vSum: number; readonly choices: number }

export function xvPaths(xv: XvMdpSpec, policy: PolicySpec): XvPath[] {
  checkXv(xv);
  const out: XvPath[] = [];
  const visit = (i: number, logProb: number, xSum: number, vSum: number, choices: number): void => {
    const s = xv.mdp.states[i];
    if (s.kind !== 'choice') {
      out.push({ end: i, logProb, xSum, vSum, choices });
      return;
    }
    const probs = policy[i] as readonly number[];
    s.actions.forEach((a, j) => {
      if (!(probs[j] > 0)) return;
      visit(a.next, logProb + Math.log(probs[j]), xSum + actionPart(xv, i, j, { x: 1, v: 0 }), vSum + actionPart(xv, i, j, { x: 0, v: 1 }), choices + 1);
    });
  };
  visit(xv.mdp.start, 0, 0, 0, 0);
  return out;
}

const affineOf = (xv: XvMdpSpec, p: XvPath, c: PartCoefficients) => partAffine(xv, p.end, c.x * p.xSum + c.v * p.vSum, p.choices, c);

/**
 * The law of the part under π₀ (terminal and zero-coefficient endpoints merged into one categorical, equal
 * atom values into one atom with the summed probability, in first-seen order). Leaf
 * endpoints with the same base law (by content, leafBase.ts) and the same affine map a + b·y are one
 * component whose weight is the sum of theirs (Σ_k w_k·P = (Σ_k w_k)·P: the same law, built from ~20
 * components instead of one per leaf), in first-seen order.
 */
export function partLawSpec(xv: XvMdpSpec, c: PartCoefficients): DistributionSpec {
  const components: DistributionSpec[] = [];
  const weights: number[] = [];
  const atoms: number[] = [];
  const atomProbs: number[] = [];
  const atomSlot = new Map<number, number>(); // atom value → index in atoms (equal values merged: the same law)
  registerLeafBases(xv.mdp);
  const slot = new Map<Distribution, Map<number, Map<number, number>>>(); // law → a → b → index in components
  for (const p of xvPaths(xv, basePolicy(xv.mdp))) {
    const { a, b } = affineOf(xv, p, c);
    const w = Math.exp(p.logProb);
    const s = xv.mdp.states[p.end];
    if (s.kind !== 'leaf' || b === 0) {
      const k = atomSlot.get(a);
      if (k !== undefined) atomProbs[k] += w;
      else {
        atomSlot.set(a, atoms.length);
        atoms.push(a);
        atomProbs.push(w);
      }
      continue;
    }
    const law = leafBase(s.base);
    let byA = slot.get(law);
    if (!byA) slot.set(law, (byA = new Map()));
    let byB = byA.get(a);
    if (!byB) byA.set(a, (byB = new Map()));
    const k = byB.get(b);
    if (k !== undefined) {
      weights[k] += w;
      continue;
    }
    byB.set(b, components.length);
    components.push(a === 0 && b === 1 ? s.base : { family: 'affine', base: s.base, loc: a, scale: b });
    weights.push(w);
  }
  return endpointMixture(components, weights, atoms, atomProbs);
}

function leafMean(xv: XvMdpSpec, policy: PolicySpec, i: number): number {
  const s = xv.mdp.states[i];
  return s.kind === 'leaf' ? leafLaw(s.base, policy[i] as LeafPolicy).mean : NaN;
}

/** E_π[part] summed over the paths of Tr(π). */
export function partMeanByPaths(xv: XvMdpSpec, policy: PolicySpec, c: PartCoefficients, paths = xvPaths(xv, policy)): number {
  return compensatedSum(
    paths.map((p) => {
      const w = Math.exp(p.logProb);
      if (w === 0) return 0;
      const { a, b } = affineOf(xv, p, c);
      return w * (b === 0 ? a : a + b * leafMean(xv, policy, p.end));
    }),
  );
}

/**
 * E_π[part] by the state-level programme (file comment), with f_ω from stateDp.ts (expectedOmega).
 */
export function partMeanByStates(xv: XvMdpSpec, policy: PolicySpec, c: PartCoefficients, occ = occupancy(xv.mdp, policy)): number {
  checkXv(xv);
  const { mdp } = xv;
  const omega = mdp.returnKind === 'sum' ? () => 1 : (n: number) => (n === 0 ? 0 : 1 / n);
  const f = expectedOmega(mdp, policy, omega);
  const total = new Compensated();
  for (let i = 0; i < occ.length; i++) {
    const m = occ[i];
    if (m.size === 0) continue;
    const s = mdp.states[i];
    if (s.kind === 'terminal') continue;
    for (const [d, p] of m) {
      if (!(p > 0)) continue;
      if (s.kind === 'leaf') {
        const k = leafCoefficient(xv, i, c);
        if (k !== 0) total.add(p * omega(d + 1) * k * leafMean(xv, policy, i));
        continue;
      }
      const probs = policy[i] as readonly number[];
      const acc = new Compensated();
      for (let j = 0; j < s.actions.length; j++) {
        const r = actionPart(xv, i, j, c);
        acc.add(probs[j] > 0 && r !== 0 ? probs[j] * r * f(s.actions[j].next, d + 1) : 0);
      }
      total.add(p * acc.value());
    }
  }
  return total.value();
}

/** Past this many (state, depth) cells f_ω is memoised in a Map instead of a table. */
