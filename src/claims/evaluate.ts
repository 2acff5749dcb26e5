/**
 * Evaluating one generated case: hypotheses first (computed from the case), then the conclusion.
 * A verdict is never allowed to pass on NaN: a `holds` verdict carrying a NaN number is downgraded to
 * `inconclusive` (claims.md §4: NaN compares false).
 */
import type { Claim, Verdict } from './types.ts';

export interface CaseOutcome {
  /** every hypothesis held */
  readonly applicable: boolean;
  /** names of the hypotheses that did not hold */
  readonly unmet: readonly string[];
  readonly verdict?: Verdict;
}

/** Hypotheses of `claim` on case c, optionally leaving one out (for necessity checks). */
export function unmetHypotheses<C>(claim: Claim<C>, c: C, leaveOut?: string): string[] {
  const unmet: string[] = [];
  for (const h of claim.hypotheses) {
    if (h.name !== leaveOut && !h.holds(c)) unmet.push(h.name);
  }
  return unmet;
}

/**
 * Every hypothesis of `claim` holds on c (optionally leaving one out): stops at the first that does not, so a
 * case excluded by a cheap hypothesis never pays for the expensive ones (hypotheses are pure: same selection
 * as `unmetHypotheses(...).length === 0`).
 */
export function allHypothesesHold<C>(claim: Claim<C>, c: C, leaveOut?: string): boolean {
  for (const h of claim.hypotheses) {
    if (h.name !== leaveOut && !h.holds(c)) return false;
  }
  return true;
}

/** Whether any of the verdict's numbers is NaN (a plain loop: this runs once per generated case). */
function hasNaN(numbers: Readonly<Record<string, number>>): boolean {
  for (const k in numbers) if (Number.isNaN(numbers[k])) return true;
  return false;
}

export function guardVerdict(verdict: Verdict): Verdict {
  if (verdict.status !== 'holds' || !hasNaN(verdict.numbers)) return verdict;
  const nan = Object.entries(verdict.numbers).filter(([, v]) => Number.isNaN(v));
  return {
    ...verdict,
    status: 'inconclusive',
    reason: `NaN in the verdict's numbers (${nan.map(([k]) => k).join(', ')}): not a pass`,
  };
}

export function evaluateCase<C>(
  claim: Claim<C>,
  c: C,
  conclusion: (c: C) => Verdict = claim.conclusion,
): CaseOutcome {
  const unmet = unmetHypotheses(claim, c);
  if (unmet.length > 0) return { applicable: false, unmet };
  return { applicable: true, unmet, verdict: guardVerdict(conclusion(c)) };
}
