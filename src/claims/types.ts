/**
 * The vocabulary of an executable claim: a statement quoted from its source, hypotheses computed from the
 * generated case, a conclusion that returns an honest verdict, and the expected outcome recorded as data
 * (after TLA+ Examples' manifest and Lean blueprints' labelled statements).
 */
import type fc from 'fast-check';

/** `holds`: the conclusion was established for this case with a margin beating the error estimate;
 * `fails`: it was shown false (with the numbers); `inconclusive`: neither, with the reason. */
export type VerdictStatus = 'holds' | 'fails' | 'inconclusive';

export interface Verdict {
  readonly status: VerdictStatus;
  /** one line saying what was established, e.g. "witness t=1e8: mean 12.3 > M=10, KL 3e-5 < ε=1e-3" */
  readonly summary: string;
  /** the numbers behind the verdict (margin, error estimate, witness quantities), finite or not */
  readonly numbers: Readonly<Record<string, number>>;
  /** for `inconclusive`: beyond double range, error larger than the margin, quadrature did not converge, … */
  readonly reason?: string;
  /** plain data describing a witness or certificate */
  readonly witness?: unknown;
}

/** A named predicate on the generated case, computed from the distributions, never from how they were generated. */
export interface Hypothesis<C> {
  /** how it reads in the statement, e.g. "heavyTailed(Q)" */
  readonly name: string;
  /** one sentence: the definition used (cite claims.md §1 where relevant) */
  readonly description: string;
  holds(c: C): boolean;
}

/** A deliberately wrong version of a claim that the search must refute: proves the property is not vacuous. */
export interface Mutant<C> {
  readonly name: string;
  readonly conclusion: (c: C) => Verdict;
  /** a generator concentrating on the cases that refute this mutant (default: the claim's arbitrary) */
  readonly arbitrary?: fc.Arbitrary<C>;
}

export type Expectation = 'holds' | 'refuted';

export interface ClaimDefinition<C> {
  /** semantic, stable: "<area>/<slug>", also its store folder */
  readonly id: string;
  readonly title: string;
  /** bibliographic source, e.g. 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", Theorem 1' */
  readonly source: string;
  /** the statement exactly as worded in the source */
  readonly quote: string;
  /** the post's and the paper's numbering, e.g. ["post T1", "paper T1"] */
  readonly aliases: readonly string[];
  /** what is checked, in one or two sentences (the reading of the quote this claim takes) */
  readonly reading: string;
  readonly hypotheses: readonly Hypothesis<C>[];
  readonly conclusion: (c: C) => Verdict;
  readonly expect: Expectation;
  /** ids of claims this one depends on */
  readonly uses: readonly string[];
  /** everything the wording allows, as plain data (storable, printable, shrinkable) */
  readonly arbitrary: fc.Arbitrary<C>;
  /** for claims expected to be refuted, or corrected ones: what was found and why, in one or two sentences */
  readonly finding?: string;
  /** id of the corrected claim standing beside a refuted literal one, or of the literal one it corrects */
  readonly correctedBy?: string;
  readonly corrects?: string;
  /**
   * The expected result of dropping each hypothesis, recorded as data (every hypothesis must appear):
   * 'load-bearing' (the search must find the conclusion failing without it), 'appears-unnecessary' (the
   * conclusion still held in at least 20 exercised cases, one or more of them decided) or 'not-exercised'
   * (declared where dropping the hypothesis leaves every case undecidable: the statement is then undefined or
   * beyond the numerics; say why in a comment — the report shows it as such, not as evidence either way).
   */
  readonly necessity: Readonly<Record<string, 'load-bearing' | 'appears-unnecessary' | 'not-exercised'>>;
  /** per hypothesis name: a generator concentrating on cases that violate it (default: the main arbitrary) */
  readonly necessityArbitraries?: Readonly<Record<string, fc.Arbitrary<C>>>;
  readonly mutants?: readonly Mutant<C>[];
  /**
   * Where a claim is known to exceed the suite's 1% target of inconclusive cases, the share it is allowed in
   * tests and the reason, stated as data (shown in the report); absent means 1%.
   */
  readonly inconclusiveBudget?: { readonly share: number; readonly reason: string };
  /** runs under vitest (CI) and under `goodhart verify` (default 1000) */
  readonly testRuns?: number;
  readonly verifyRuns?: number;
  /** plot data for the report, computed deterministically */
  readonly series?: () => Readonly<Record<string, unknown>>;
}

export type Claim<C = unknown> = ClaimDefinition<C>;
