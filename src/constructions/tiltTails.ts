/**
 * Tail profiles of an exponential tilt dQ_θ ∝ e^{θx}dQ (claims.md §1). The MGF of the tilt is
 * M_θ(λ) = M(θ + λ)/M(θ), so its abscissae shift: λ₊ of the tilt is λ₊ − θ on the right and λ₋ + θ on
 * the left (λ₋ the abscissa of −X). A bounded side stays bounded; a strongly light side stays strongly light
 * (same ratio-light flag: e^{θx} changes F̄(t + 1)/F̄(t) by at most e^{|θ|}·o(1)); a side left with a finite
 * positive abscissa is exponential-type (F̄(t) = e^{−(λ₊ − θ)t + o(t)}: neither long-tailed nor ratio-light).
 * A heavy side tilted toward 0 (θ < 0 on the right) becomes exponential-type with rate |θ|.
 */
import { exponentialTail } from '../distributions/tails.ts';
import type { TailProfile } from '../distributions/types.ts';

/**
 * The profile of one side after the tilt; `shift` is −θ for the right side and +θ for the left side.
 * A side whose abscissa becomes exactly 0 (only possible when M is finite at its abscissa) is reported
 * heavy in the standard sense (λ₊ = 0) without claiming the finer classes.
 */
export function tiltedSide(p: TailProfile, shift: number): TailProfile {
  if (p.bounded || p.mgfSup === Infinity) return p;
  const rate = p.mgfSup + shift;
  if (rate > 0) return exponentialTail(rate);
  return {
    mgfSup: 0, tailClass: 'heavy', heavyPaper: false, longTailed: false,
    subexponential: false, ratioLight: false, bounded: false, powerIndex: Infinity,
  };
}

export function tiltedTails(tails: { right: TailProfile; left: TailProfile }, theta: number): { right: TailProfile; left: TailProfile } {
  return { right: tiltedSide(tails.right, -theta), left: tiltedSide(tails.left, theta) };
}
