/**
 * `mdpArbitrary()`: deterministic-transition MDPs (types.ts) over everything T2's wording allows: trees
 * of any depth and branching, then (optionally) DAGs made by redirecting edges forward in breadth-first
 * order (acyclic by construction); π₀'s action probabilities from integer weights 0, 1, …, 1e12 (so near 0,
 * near 1, and exactly 0: actions π₀ never takes); rewards at intermediate choices or only at the leaves,
 * from 0 and small integers to ±1e6; leaf laws from `leafLaw` (heavy and light, discrete and continuous);
 * summed or averaged returns; optionally chance leaves (a step outside "deterministic transitions").
 * A single start state (index 0): the post's Tr takes no start law. Built from a recursive tree
 * (fc.letrec, depthSize 'small'), so a failing case shrinks toward small trees; states beyond `maxStates`
 * (breadth-first) are cut to terminal states.
 * @example mdpArbitrary({ maxStates: 20 }) generates e.g. { start: 0, returnKind: 'sum', states: [{ kind: 'choice',
 *   actions: [{ next: 1, reward: 0, p0: 0.999 }, { next: 2, reward: 3, p0: 0.001 }] }, { kind: 'terminal' },
 *   { kind: 'leaf', base: { family: 'studentT', df: 2.5 } }] }
 */
import fc from 'fast-check';
import { anyDistribution } from '../arbitraries/anyDistribution.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import type { ChoiceAction, MdpSpec, ReturnKind, StateSpec } from './types.ts';

export interface MdpConstraints {
  /** law of the leaves' last action. Default: anyDistribution({ maxDepth: 1 }) */
  readonly leafLaw?: fc.Arbitrary<DistributionSpec>;
  /** most states (≤ 200). Default: 40 */
  readonly maxStates?: number;
  /** most actions per choice state. Default: 4 */
  readonly maxBranching?: number;
  /** deepest nesting of choice states. Default: 6 */
  readonly maxDepth?: number;
  /** fast-check depth size of the recursive tree ('small' keeps most trees under ~30 states). Default: 'small' */
  readonly size?: fc.DepthSize;
  /** 'sum' or 'average'; default: either */
  readonly returnKind?: ReturnKind;
  /** allow edges redirected into DAGs. Default: true */
  readonly dag?: boolean;
  /** share of leaves that are chance leaves: 'none' (default), 'some' or 'all' */
  readonly chanceLeaves?: 'none' | 'some' | 'all';
}

type Node =
  | { readonly kind: 'terminal' }
  | { readonly kind: 'leaf'; readonly base: DistributionSpec; readonly chance: boolean }
  | { readonly kind: 'choice'; readonly edges: readonly { reward: number; weight: number; child: Node }[] };

const reward = fc.oneof(
  { withCrossShrink: true },
  { arbitrary: fc.constant(0), weight: 4 },
  { arbitrary: fc.integer({ min: -3, max: 3 }), weight: 2 },
  { arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: fc.constantFrom(1e6, -1e6), weight: 1 },
);
const weight = fc.oneof(
  { withCrossShrink: true },
  fc.constant(1),
  fc.integer({ min: 1, max: 100 }),
  fc.integer({ min: 1, max: 1e12 }),
  fc.constant(0),
);

/** Breadth-first flattening: state 0 is the root; states past maxStates become terminal. */
function flatten(root: Node, maxStates: number, leavesOnly: boolean): StateSpec[] {
  const states: StateSpec[] = [];
  const queue: { node: Node; index: number }[] = [{ node: root, index: 0 }];
  let next = 1;
  const slots: (StateSpec | undefined)[] = [];
  for (let k = 0; k < queue.length; k++) {
    const { node, index } = queue[k];
    if (node.kind === 'terminal') slots[index] = { kind: 'terminal' };
    else if (node.kind === 'leaf') slots[index] = node.chance ? { kind: 'leaf', base: node.base, chance: true } : { kind: 'leaf', base: node.base };
    else if (next + node.edges.length > maxStates) slots[index] = { kind: 'terminal' };
    else {
      const total = node.edges.reduce((s, e) => s + e.weight, 0);
      const actions: ChoiceAction[] = node.edges.map((e) => {
        const child = next++;
        queue.push({ node: e.child, index: child });
        return { next: child, reward: leavesOnly ? 0 : e.reward, p0: total === 0 ? 1 / node.edges.length : e.weight / total };
      });
      slots[index] = { kind: 'choice', actions };
    }
  }
  for (let i = 0; i < next; i++) states.push(slots[i]!);
  return states;
}

/** Redirect edge (k mod #edges) of state i to a later state j > i: the order stays topological, so acyclic. */
function redirect(states: StateSpec[], moves: readonly [number, number][]): StateSpec[] {
  const out = states.map((s) => (s.kind === 'choice' ? { kind: 'choice' as const, actions: s.actions.map((a) => ({ ...a })) } : s));
  const edges: [number, number][] = [];
  out.forEach((s, i) => { if (s.kind === 'choice') s.actions.forEach((_, j) => edges.push([i, j])); });
  for (const [e, t] of moves) {
    if (edges.length === 0) break;
    const [i, j] = edges[e % edges.length];
    if (i >= out.length - 1) continue;
    const s = out[i];
    if (s.kind === 'choice') (s.actions[j] as { next: number }).next = i + 1 + (t % (out.length - i - 1));
  }
  return out;
}

export function mdpArbitrary(c: MdpConstraints = {}): fc.Arbitrary<MdpSpec> {
  const maxStates = Math.min(200, c.maxStates ?? 40);
  const leafLaw = c.leafLaw ?? anyDistribution({ maxDepth: 1 });
  const chance = c.chanceLeaves === 'all' ? fc.constant(true) : c.chanceLeaves === 'some' ? fc.boolean() : fc.constant(false);
  const { node } = fc.letrec<{ node: Node; leaf: Node; choice: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: c.size ?? 'small', maxDepth: c.maxDepth ?? 6, withCrossShrink: true },
      { arbitrary: tie('leaf'), weight: 2 },
      { arbitrary: fc.constant<Node>({ kind: 'terminal' }), weight: 1 },
      { arbitrary: tie('choice'), weight: 3 },
    ),
    leaf: fc.record({ kind: fc.constant('leaf' as const), base: leafLaw, chance }),
    choice: fc.record({
      kind: fc.constant('choice' as const),
      edges: fc.array(fc.record({ reward, weight, child: tie('node') }), { minLength: 1, maxLength: c.maxBranching ?? 4 }),
    }),
  }));
  return fc
    .record({
      root: node,
      leavesOnly: fc.boolean(),
      returnKind: c.returnKind ? fc.constant(c.returnKind) : fc.constantFrom<ReturnKind>('sum', 'average'),
      moves: c.dag === false ? fc.constant([] as [number, number][]) : fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    })
    .map(({ root, leavesOnly, returnKind, moves }) => ({
      start: 0,
      returnKind,
      states: redirect(flatten(root, maxStates, leavesOnly), moves),
    }));
}
