/**
 * Structural facts about a purely discrete X (atom sets of atomLattice.ts) against the support of a continuous V,
 * for the weak-penalty limit with a saturating reward (weakPenaltyDiscreteNoise.ts):
 * - each atom x is `below` (T − x ≥ sup V: U ≤ T a.s. on it), `inside` (inf V < T − x < sup V: P(U > T | X = x)
 *   strictly between 0 and 1, rising in V) or `above` (T − x ≤ inf V: U > T a.s. on it); the signs of
 *   T − x − (end of V) are exact where every number is (Shewchuk's expansion sum of the doubles, no rounding), else
 *   decided only beyond a margin of a few ulps (`uncertain` inside it);
 * - on a lattice x_n = loc + scale·n (n ≥ n0) the class is monotone in n, so only the atoms next to the two
 *   boundaries n = (T − end − loc)/scale and the first atom n0 are classified one by one (a boundary beyond 2^50,
 *   where consecutive atoms are no longer resolved, leaves the part `uncertain`);
 * - the right tail of X: its lattice parts unbounded above (scale > 0) — zeta (long-tailed), geometric
 *   (exponential-type, λ₊ = −log(1 − p)/scale), Poisson (ratio-light) — the heaviest one deciding, else
 *   bounded above with sup X the largest atom.
 */
import { exactAffine, type AtomPart } from './atomLattice.ts';
import { twoSum } from '../../numerics/errorFree.ts';

/** An end of a support: the double, and whether it is the law's end exactly. */
export interface EndOf { readonly x: number; readonly exact: boolean }

/**
 * The sign of Σ terms: exactly (Shewchuk's grow-expansion: the sum's nonoverlapping components, the sign of the
 * largest non-zero one) when `exact`, else only if |Σ| exceeds 16 ulps of Σ|terms| (undefined inside that margin).
 * Infinite terms decide alone (both infinities: undefined).
 */
export function certifiedSign(terms: readonly number[], exact: boolean): -1 | 0 | 1 | undefined {
  if (terms.some(Number.isNaN)) return undefined;
  const pos = terms.includes(Infinity), neg = terms.includes(-Infinity);
  if (pos || neg) return pos && neg ? undefined : pos ? 1 : -1;
  if (exact) {
    let e: number[] = [];
    for (const t of terms) {
      let q = t;
      const next: number[] = [];
      for (const c of e) {
        const [s, err] = twoSum(q, c);
        if (err !== 0) next.push(err);
        q = s;
      }
      if (!Number.isFinite(q)) return undefined;
      next.push(q);
      e = next;
    }
    for (let i = e.length - 1; i >= 0; i--) if (e[i] !== 0) return e[i] > 0 ? 1 : -1;
    return 0;
  }
  const s = terms.reduce((a, b) => a + b, 0);
  const slack = 16 * Number.EPSILON * terms.reduce((a, b) => a + Math.abs(b), 0);
  return !Number.isFinite(s) ? undefined : s > slack ? 1 : s < -slack ? -1 : undefined;
}

export type AtomClass = 'below' | 'inside' | 'above' | 'uncertain';

/** The class of the atom x against T = Σ tTerms and V's support ends (file comment). */
export function classifyAtom(x: number, xExact: boolean, tTerms: readonly number[], ends: { lower: EndOf; upper: EndOf }): AtomClass {
  const dSup = ends.upper.x === Infinity ? -1 : certifiedSign([...tTerms, -x, -ends.upper.x], xExact && ends.upper.exact);
  const dInf = ends.lower.x === -Infinity ? 1 : certifiedSign([...tTerms, -x, -ends.lower.x], xExact && ends.lower.exact);
  if (dSup !== undefined && dSup >= 0) return 'below';
  if (dInf !== undefined && dInf <= 0) return 'above';
  return dSup === -1 && dInf === 1 ? 'inside' : 'uncertain';
}

export interface AtomClassesPresent { readonly below: boolean; readonly inside: boolean; readonly above: boolean; readonly uncertain: boolean }

const N_RESOLVED = 2 ** 50;

/** Which classes the atoms of X fall in (a lattice from the atoms next to its boundaries: file comment). */
export function atomClasses(parts: readonly AtomPart[], tTerms: readonly number[], ends: { lower: EndOf; upper: EndOf }): AtomClassesPresent {
  const seen = { below: false, inside: false, above: false, uncertain: false };
  const note = (k: AtomClass): void => { seen[k] = true; };
  const T = tTerms.reduce((a, b) => a + b, 0);
  for (const p of parts) {
    if (p.kind === 'finite') {
      for (const [i, x] of p.x.entries()) if (p.p[i] > 0) note(classifyAtom(x, p.exact, tTerms, ends));
      continue;
    }
    const cand = new Set<number>([p.n0]);
    for (const e of [ends.lower.x, ends.upper.x]) {
      if (!Number.isFinite(e)) continue;
      const b = (T - e - p.loc) / p.scale;
      if (Number.isNaN(b) || b < p.n0 - 2) continue;
      if (!(b <= N_RESOLVED)) { seen.uncertain = true; continue; }
      for (let n = Math.floor(b) - 1; n <= Math.floor(b) + 2; n++) if (n >= p.n0) cand.add(n);
    }
    const ns = [...cand].sort((a, b) => a - b);
    const ks = ns.map((n) => classifyAtom(p.loc + p.scale * n, p.exact && exactAffine(p.loc, p.scale, n), tTerms, ends));
    ks.forEach(note);
    // consecutive candidates of different classes with atoms between them: a boundary was not where computed
    for (let i = 1; i < ns.length; i++) if (ns[i] - ns[i - 1] > 1 && ks[i] !== ks[i - 1]) seen.uncertain = true;
  }
  return seen;
}

export interface RightTail {
  /** the heaviest lattice part unbounded above decides; 'bounded' when none */
  readonly kind: 'longTailed' | 'exponential' | 'ratioLight' | 'bounded';
  /** λ₊ for 'exponential' (the smallest over the geometric parts), else NaN */
  readonly rate: number;
  /** sup X (Infinity unless bounded), with its exactness */
  readonly sup: EndOf;
}

/** The right tail of X from its atom sets (file comment). */
export function rightTailOfAtoms(parts: readonly AtomPart[]): RightTail {
  let sup: EndOf = { x: -Infinity, exact: true };
  const up = new Set<string>();
  let rate = Infinity;
  for (const p of parts) {
    if (p.kind === 'finite') {
      for (const [i, x] of p.x.entries()) if (p.p[i] > 0 && x > sup.x) sup = { x, exact: p.exact };
      continue;
    }
    if (p.scale > 0) {
      const fam = p.base.spec.family;
      up.add(fam);
      if (fam === 'geometric' && p.base.spec.family === 'geometric') rate = Math.min(rate, -Math.log1p(-p.base.spec.p) / p.scale);
      sup = { x: Infinity, exact: true };
      continue;
    }
    const top = p.loc + p.scale * p.n0;
    if (top > sup.x) sup = { x: top, exact: p.exact && exactAffine(p.loc, p.scale, p.n0) };
  }
  const kind = up.has('zeta') ? 'longTailed' : up.has('geometric') ? 'exponential' : up.has('poisson') ? 'ratioLight' : 'bounded';
  return { kind, rate: kind === 'exponential' ? rate : NaN, sup };
}
