/**
 * Deterministic-transition MDPs with terminating trajectories, as plain JSON (claims.md §1, §2 T2/T4;
 * post: "Let W = (S, A, P, R) be a deterministic-transition MDP with Markovian returns").
 *
 * ## The model
 * An `MdpSpec` lists states by index (`states[i]` is state i) and carries the base policy π₀ with them:
 * - `terminal`: no action; a trajectory that reaches it ends.
 * - `choice`: finitely many actions, action j goes to `actions[j].next` with reward `actions[j].reward`,
 *   chosen by π₀ with probability `actions[j].p0` (the p0 sum to 1; p0 may be 0: π₀ never takes it).
 * - `leaf`: the last action is a real number x (continuous or countable), drawn by π₀ from the law `base`
 *   (any DistributionSpec of the suite); its reward is x itself and the trajectory then ends. Heavy-tailed
 *   returns need infinitely many trajectories: they come from the leaves. `chance: true` makes the draw a
 *   stochastic transition of the environment instead (a random last reward no policy controls: every
 *   policy must keep { kind: 'base' } there); it is how the suite steps outside "deterministic-transition"
 *   for the necessity checks. Its draw still counts in |T| and in the average return.
 * Transitions form a DAG reachable from `start` (acyclic, so every trajectory terminates after at most
 * |S| actions; the wording also allows cycles that end almost surely: not modelled). A single start
 * state (the post's Tr has no start distribution; a start law is one extra choice state with reward 0).
 * A trajectory T is the sequence of (state, action) pairs taken; |T| counts them (a leaf's draw counts).
 * Returns (`returnKind`): 'sum' g(T) = Σ rewards, or 'average' g(T) = Σ rewards / |T| (the post's "average
 * return function g"; 0 for the empty trajectory of a terminal start). Each claim says which it uses.
 *
 * ## Policies (`PolicySpec`, plain data, indexed like `states`)
 * - choice state: an array of action probabilities (same order as `actions`);
 * - leaf state: a `LeafPolicy` relative to the base law Q = `base`:
 *   { kind: 'base' } (π = π₀ there); { kind: 'twoPiece', t, mass }: the T1 weights, dπ/dQ = (1 − mass)/F_Q(t)
 *   on {x ≤ t} and mass/F̄_Q(t) on {x > t} (mass ∈ [0, 1]; 0 and 1 are conditionings);
 *   { kind: 'tilt', theta }: dπ/dQ = e^{θx}/E_Q[e^{θX}] (when normalisable);
 * - terminal state: null.
 * `basePolicy(mdp)` is π₀ in this form.
 *
 * ## Functions (each exact; no Monte Carlo)
 * - checkMdp (validate.ts): structure, topological order, `historyDetermined` (tree-like: each reachable state
 *   has one incoming reachable edge, so the state determines the history).
 * - leafLaw (leafLaw.ts): a leaf policy's law: mean, KL to the base law, logSf.
 * - trajectoryPaths (paths.ts): Tr(π) as its finite skeleton: one entry per path start → endpoint (a terminal
 *   state or a leaf), with log-probability, prefix reward, length, Σ per-state KL and Σ log π/π₀ along it.
 * - returnLawSpec, returnMean, returnLogSf (returnLaw.ts): G∘Tr(π₀) as a buildable DistributionSpec (mixture of
 *   point masses and affine images of leaf laws); E_π[G] and log P_π(G > t) for any π (trajectory level).
 * - stateKls, occupancy, dTrajByStates, kAvgByStates, meanByStates (policyKl.ts, stateDp.ts): state-level DPs,
 *   linear in (state, depth) pairs. dTrajByPaths, kAvgByPaths (policyKl.ts): trajectory level.
 *   D_traj = D(Tr(π)‖Tr(π₀)) = E_T Σ_{s∈T} D(π(s)‖π₀(s)) (chain rule), K_avg = E_T[(1/|T|) Σ_{s∈T} D(π(s)‖π₀(s))]
 *   over the states where an action is taken; K_avg ≤ D_traj.
 * - hTransformTwoPiece (hTransform.ts): the policy realising ρ(T) = w(g(T))·ρ₀(T) for the T1 weights w,
 *   π(a|s) = π₀(a|s)·h(s′)/h(s), h(s) = E_π₀[w(G) | s] (history-determined MDPs).
 * - softBellman (softBellman.ts): π*(a|s) = π₀(a|s)·h(s′)/h(s), h(s) = E_π₀[e^{U/β} | s], with the
 *   objective E[U] − β·D_traj (policyObjective) and its optimum β·log h(start).
 * - mdpArbitrary (arbitrary.ts): MDPs over everything the wording allows.
 */
import type { DistributionSpec } from '../distributions/types.ts';

export interface ChoiceAction {
  /** index of the next state */
  readonly next: number;
  /** reward of taking this action (finite) */
  readonly reward: number;
  /** π₀'s probability of this action (in [0, 1]; the state's p0 sum to 1 within 1e-12) */
  readonly p0: number;
}

export type StateSpec =
  | { readonly kind: 'terminal' }
  | { readonly kind: 'choice'; readonly actions: readonly ChoiceAction[] }
  | { readonly kind: 'leaf'; readonly base: DistributionSpec; readonly chance?: boolean };

export type ReturnKind = 'sum' | 'average';

export interface MdpSpec {
  readonly start: number;
  readonly states: readonly StateSpec[];
  readonly returnKind: ReturnKind;
}

export type LeafPolicy =
  | { readonly kind: 'base' }
  | { readonly kind: 'twoPiece'; readonly t: number; readonly mass: number }
  | { readonly kind: 'tilt'; readonly theta: number };

/** Per state: action probabilities (choice), a LeafPolicy (leaf) or null (terminal). */
export type StatePolicy = readonly number[] | LeafPolicy | null;
export type PolicySpec = readonly StatePolicy[];

/** The base policy π₀ of an MDP, as a PolicySpec. */
export function basePolicy(mdp: MdpSpec): PolicySpec {
  return mdp.states.map((s) => (s.kind === 'choice' ? s.actions.map((a) => a.p0) : s.kind === 'leaf' ? { kind: 'base' } : null));
}

/** The return of a trajectory with reward sum R over n actions (claims.md §2 T2: g is the average return). */
export function returnOf(kind: ReturnKind, rewardSum: number, n: number): number {
  if (kind === 'sum') return rewardSum;
  return n === 0 ? 0 : rewardSum / n;
}
