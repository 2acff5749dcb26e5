/**
 * The witness of post Theorem 2 (claims.md §2 T2), with its key numbers computed at the trajectory level.
 * - Proof witness (history-determined MDPs): the T1 search (highMeanWitness.ts) on the return law
 *   Q = G∘Tr(π₀) gives a threshold t and tail mass p; the trajectory reweighting ρ = w(g)·ρ₀ with the T1
 *   weights w = (1 − p)/F_Q(t) on {g ≤ t}, p/F̄_Q(t) on {g > t} is realised by the h-transform (hTransform.ts),
 *   and then E_π[G] = (1 − p)·E_Q[G | G ≤ t] + p·E_Q[G | G > t], D_traj = kl(p ‖ F̄_Q(t)) (T1's closed forms
 *   on Q). A conditioning witness (Q(· | G > s), undefined means) is the weight 1{g > s}/F̄_Q(s).
 * - Leaf-local witness (DAGs, where no Markov policy realises ρ in general): reweight only one controlled
 *   heavy leaf ℓ with the T1 weights on its own law Q_ℓ. With ρ_ℓ = P_π₀(reach ℓ) and κ_ℓ = E_π₀[b·1{reach ℓ}]
 *   (b = 1 for sums, 1/|T| for averages): E_π[G] = μ_Q + κ_ℓ·(E_P[X] − μ_ℓ), D_traj = ρ_ℓ·D(P‖Q_ℓ); the T1
 *   search (leafT1Search.ts) runs with target μ_ℓ + (M − μ_Q)/κ_ℓ and KL budget ε/ρ_ℓ.
 *   Also tried on trees after the proof witness, and used when a chance leaf is reachable (the h-transform cannot reweight the environment's draw).
 * - π₀ itself when μ_Q > M.
 */
import { findHighMeanWitness, type HighMeanWitness, type WitnessSearch } from '../constructions/highMeanWitness.ts';
import { leafBase } from './leafBase.ts';
import { leafT1Search, type LeafT1 } from './leafT1Search.ts';
import { hTransformTwoPiece, type TwoPieceWeight } from './hTransform.ts';
import { returnComponents } from './returnComponents.ts';
import { baseReturnLaw } from './returnLawCache.ts';
import { returnT1Search } from './returnT1Search.ts';
import { occupancy } from './stateDp.ts';
import { basePolicy, type MdpSpec, type PolicySpec, type StatePolicy } from './types.ts';
import { checkMdp } from './validate.ts';

export interface T2Witness {
  readonly kind: 'base' | 'h-transform' | 'leaf-local';
  readonly policy: PolicySpec;
  /** E_π[G] and D_traj, first way (T1 closed forms on the return law or the leaf law) */
  readonly mean: number;
  readonly dTraj: number;
  /** the T1 witness behind it (threshold, mass) and, for leaf-local, the leaf */
  readonly t1?: HighMeanWitness | LeafT1;
  readonly leaf?: number;
}

export interface T2Search {
  readonly witness?: T2Witness;
  readonly reason?: string;
}

const MARGIN = 1e-3;

function weightOf(w: HighMeanWitness): TwoPieceWeight | undefined {
  if (w.kind === 'conditioning') return { t: w.s, logBelow: -Infinity, logAbove: -w.logBandQ };
  if (w.kind === 'band-reweighting' && w.s === -Infinity) {
    return { t: w.t, logBelow: Math.log1p(-w.mass) - w.logBandQ, logAbove: Math.log(w.mass) - w.logTailQ };
  }
  return undefined;
}

/**
 * The T1 search on Q = G∘Tr(π₀): on the merged component table (returnT1Search.ts) when μ_Q is finite and
 * ≤ M; π₀ itself when μ_Q > M; findHighMeanWitness on the built law otherwise (μ_Q NaN or −∞: a left tail
 * with infinite mean needs the band's lower cut).
 */
function t1OnReturnLaw(mdp: MdpSpec, M: number, eps: number): WitnessSearch {
  const c = returnComponents(mdp);
  if (c.mean > M) return { witness: { kind: 'reference', s: -Infinity, t: NaN, mass: NaN, kl: 0, mean: c.mean, logTailQ: NaN, logBandQ: NaN }, lastT: NaN };
  if (Number.isFinite(c.mean)) return returnT1Search(c, M, eps, MARGIN);
  return findHighMeanWitness(baseReturnLaw(mdp), M, eps, MARGIN);
}

function proofWitness(mdp: MdpSpec, M: number, eps: number): T2Search {
  const search = t1OnReturnLaw(mdp, M, eps);
  const w = search.witness;
  if (!w) return { reason: search.reason ?? 'no T1 witness on the return law' };
  if (w.kind === 'reference') return { witness: { kind: 'base', policy: basePolicy(mdp), mean: w.mean, dTraj: 0, t1: w } };
  const weight = weightOf(w);
  if (!weight) return { reason: 'T1 witness needs three pieces (left tail with infinite mean): not realised' };
  const h = hTransformTwoPiece(mdp, weight);
  return { witness: { kind: 'h-transform', policy: h.policy, mean: w.mean, dTraj: w.kl, t1: w } };
}

/** One leaf-local witness per controlled heavy leaf reached by π₀, the most computable first (smallest −log F̄ at t). */
function leafLocalWitnesses(mdp: MdpSpec, M: number, eps: number): { witnesses: T2Witness[]; reason: string } {
  const mu = returnComponents(mdp).mean;
  const pi0 = basePolicy(mdp);
  if (mu > M) return { witnesses: [{ kind: 'base', policy: pi0, mean: mu, dTraj: 0 }], reason: '' };
  if (!Number.isFinite(mu)) return { witnesses: [], reason: `μ_Q = ${mu}: the leaf-local witness needs a finite mean (conditioning on G > s is not Markov on a DAG)` };
  const occ = occupancy(mdp, pi0);
  let reason = 'no controlled heavy leaf reached by π₀';
  const found: { w: T2Witness; cost: number }[] = [];
  for (const i of checkMdp(mdp).order) {
    const s = mdp.states[i];
    if (s.kind !== 'leaf' || s.chance) continue;
    const ql = leafBase(s.base);
    if (ql.tailClass !== 'heavy') continue;
    let rho = 0;
    let kappa = 0;
    for (const [d, p] of occ[i]) {
      rho += p;
      kappa += mdp.returnKind === 'sum' ? p : p / (d + 1);
    }
    if (!(rho > 0 && kappa > 0)) continue;
    const muL = ql.mean();
    const w = leafT1Search(ql, muL + (M - mu) / kappa, eps / rho, MARGIN);
    if (!w) { reason = `no T1 witness on leaf ${i}`; continue; }
    const leafPolicy: StatePolicy = w.kind === 'reference' ? { kind: 'base' } : { kind: 'twoPiece', t: w.t, mass: w.mass };
    const policy = pi0.map((p, k) => (k === i ? leafPolicy : p));
    const cost = w.kind === 'band-reweighting' ? -w.logTailQ : 0;
    void MARGIN;
    found.push({ w: { kind: 'leaf-local', policy, mean: mu + kappa * (w.mean - muL), dTraj: rho * w.kl, t1: w, leaf: i }, cost });
  }
  found.sort((a, b) => a.cost - b.cost);
  return { witnesses: found.map((f) => f.w), reason };
}

/**
 * Candidate policies with E_π[G] > M and D_traj < ε/2 (so also K_avg < ε/2), first way: the proof's witness
 * first (history-determined MDPs without chance leaves), then the leaf-local ones; or the reason none was found.
 */
export function t2Witnesses(mdp: MdpSpec, M: number, eps: number): { witnesses: T2Witness[]; reason?: string } {
  const c = t2Candidates(mdp, M, eps);
  const witnesses = [...c];
  return { witnesses, reason: witnesses.length > 0 ? undefined : c.reason() };
}

/**
 * The candidates of t2Witnesses, in the same order, computed lazily: the leaf-local searches (one T1 search
 * per controlled heavy leaf) run only when the proof witness is absent or the consumer asks for more.
 * `reason()` is meaningful once the iteration has ended with no candidate.
 */
export function t2Candidates(mdp: MdpSpec, M: number, eps: number): Iterable<T2Witness> & { reason(): string | undefined } {
  let reason: string | undefined;
  function* gen(): Generator<T2Witness> {
    const { order, historyDetermined } = checkMdp(mdp);
    const chance = order.some((i) => { const s = mdp.states[i]; return s.kind === 'leaf' && s.chance === true; });
    const proof = historyDetermined && !chance ? proofWitness(mdp, M, eps) : undefined;
    if (proof?.witness) {
      yield proof.witness;
      if (proof.witness.kind === 'base') return;
    }
    const local = leafLocalWitnesses(mdp, M, eps);
    yield* local.witnesses;
    if (!proof?.witness && local.witnesses.length === 0) reason = proof?.reason ?? local.reason;
  }
  return { [Symbol.iterator]: gen, reason: () => reason };
}

/** The first candidate of t2Witnesses. */
export function t2Witness(mdp: MdpSpec, M: number, eps: number): T2Search {
  const r = t2Witnesses(mdp, M, eps);
  return r.witnesses.length > 0 ? { witness: r.witnesses[0] } : { reason: r.reason };
}
