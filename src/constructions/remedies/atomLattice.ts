/**
 * A purely discrete law X as a weighted union of atom sets (for sums over the atoms of X: discreteNoiseSums.ts):
 *   X = Σ_j w_j·(loc_j + scale_j·B_j),
 * B_j either a finite list of atoms (categorical, point mass) or an integer lattice law (geometric on {1, 2, …},
 * Poisson on {0, 1, …}, zeta on {1, 2, …}) with closed-form pmf and tails. Affine maps compose
 * (loc + scale·(loc′ + scale′·B) = (loc + scale·loc′) + scale·scale′·B) and mixtures distribute, so every nesting
 * of categorical, point mass, geometric, Poisson and zeta under affine maps and mixtures is covered. A law with a
 * continuous part (any component not in that list) gives undefined.
 */
import { build } from '../../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { isExactAffine } from '../../numerics/errorFree.ts';

/**
 * Finitely many atoms x with P(X = x) = w·p (p summing to 1 within the part); `exact`: every x is the spec's
 * atom exactly (no rounding in composing the affine maps: checked by error-free transformations).
 */
export interface FiniteAtoms { readonly kind: 'finite'; readonly w: number; readonly x: readonly number[]; readonly p: readonly number[]; readonly exact: boolean }

/** Atoms x_n = loc + scale·n, n = n0, n0 + 1, …, with P(X = x_n) = w·P(B = n). */
export interface LatticeAtoms {
  readonly kind: 'lattice';
  readonly w: number;
  readonly loc: number;
  readonly scale: number;
  /** the integer law B (geometric, Poisson, zeta): logPdf(n), logSf(n) = log P(B > n), logCdf(n) = log P(B ≤ n) */
  readonly base: Distribution;
  /** least n of the support */
  readonly n0: number;
  /** the median of B (computed once: seeds the sums, and decides from which tail a block's mass is formed) */
  readonly median: number;
  /** loc and scale are the spec's composed affine map exactly (no rounding) */
  readonly exact: boolean;
}

/** a·b + c is exact in doubles: Dekker's product and Knuth's sum leave no error (Ogita, Rump & Oishi 2005). */
export const exactAffine = isExactAffine;

export type AtomPart = FiniteAtoms | LatticeAtoms;

const LATTICE_START: Partial<Record<DistributionSpec['family'], number>> = { geometric: 1, poisson: 0, zeta: 1 };

function parts(spec: DistributionSpec, w: number, loc: number, scale: number, ex: boolean): AtomPart[] | undefined {
  switch (spec.family) {
    case 'pointMass':
      return [{ kind: 'finite', w, x: [loc + scale * spec.x], p: [1], exact: ex && exactAffine(loc, scale, spec.x) }];
    case 'categorical': {
      const keep = spec.probs.map((p, i) => i).filter((i) => spec.probs[i] > 0);
      return [{ kind: 'finite', w, x: keep.map((i) => loc + scale * spec.values[i]), p: keep.map((i) => spec.probs[i]), exact: ex && keep.every((i) => exactAffine(loc, scale, spec.values[i])) }];
    }
    case 'geometric':
    case 'poisson':
    case 'zeta': {
      const base = build(spec);
      // geometric p = 1 is the point mass at 1
      if (base.support.upper === base.support.lower) return [{ kind: 'finite', w, x: [loc + scale * base.support.lower], p: [1], exact: ex && exactAffine(loc, scale, base.support.lower) }];
      return [{ kind: 'lattice', w, loc, scale, base, n0: LATTICE_START[spec.family]!, median: base.quantile(0.5), exact: ex }];
    }
    case 'affine':
      return parts(spec.base, w, loc + scale * spec.loc, scale * spec.scale, ex && exactAffine(loc, scale, spec.loc) && exactAffine(0, scale, spec.scale));
    case 'mixture': {
      const out: AtomPart[] = [];
      for (const [i, c] of spec.components.entries()) {
        if (!(spec.weights[i] > 0)) continue;
        const r = parts(c, w * spec.weights[i], loc, scale, ex);
        if (!r) return undefined;
        out.push(...r);
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** The atom sets of a purely discrete law, finite parts merged into one; undefined for a law with a continuous part. */
export function atomPartsOf(spec: DistributionSpec): AtomPart[] | undefined {
  const r = parts(spec, 1, 0, 1, true);
  if (!r) return undefined;
  const finite = r.filter((q): q is FiniteAtoms => q.kind === 'finite');
  const lattice = r.filter((q): q is LatticeAtoms => q.kind === 'lattice');
  if (finite.length <= 1) return [...finite, ...lattice];
  const x = finite.flatMap((q) => q.x);
  const p = finite.flatMap((q) => q.p.map((pi) => pi * q.w));
  return [{ kind: 'finite', w: 1, x, p, exact: finite.every((q) => q.exact) }, ...lattice];
}
