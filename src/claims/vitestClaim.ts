/**
 * Registers a claim's checks as vitest tests when the claim file runs under vitest (CI and `npm test`):
 * the main property (stored counterexamples replayed first), one test per hypothesis for its necessity
 * expectation, one per mutant (which must be refuted), and the inconclusive share (< 1%).
 * Outside vitest (the `goodhart` CLI imports the same files) it does nothing.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { checkNecessity } from './necessity.ts';
import { searchClaim } from './search.ts';
import { deriveSeed } from './seeds.ts';
import type { Claim } from './types.ts';
import { recordCounterexample, replayExamples } from '../store/record.ts';
import { canonicalJson } from '../store/codec.ts';
import { replayStore } from '../store/replay.ts';

export const STORE_ROOT = join(process.cwd(), 'counterexamples');
const DEFAULT_TEST_RUNS = 100;

function describeCase(value: unknown): string {
  const text = canonicalJson(value);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

/** The least k with P(Binomial(n, p) ≥ k) < alpha. */
export function binomialCriticalCount(n: number, p: number, alpha: number): number {
  let pmf = (1 - p) ** n; // P(X = 0)
  let upper = 1; // P(X ≥ k) for k = 0
  for (let k = 0; k <= n; k++) {
    if (upper < alpha) return k;
    upper -= pmf;
    pmf *= ((n - k) / (k + 1)) * (p / (1 - p));
  }
  return n + 1;
}

/** Runs allowed to each mutant's search (it stops at the first refutation). */
const MUTANT_RUNS = 400;
/** Runs of each necessity search at least. */
const NECESSITY_RUNS = 100;

export async function checkClaimInVitest<C>(claim: Claim<C>): Promise<void> {
  if (!process.env.VITEST) return;
  const { describe, it, expect } = await import('vitest');
  const baseSeed = fc.readConfigureGlobal().seed ?? 0;
  const numRuns = claim.testRuns ?? DEFAULT_TEST_RUNS;

  describe(claim.id, () => {
    it(`${claim.expect === 'holds' ? 'holds' : 'is refuted'} (${numRuns} runs, stored cases first)`, () => {
      // Claims expected to be refuted get no stored cases in their search: the search must find a refutation on
      // its own at this seed; the stored ones are checked separately below to still refute.
      const { examples, load } = replayExamples(STORE_ROOT, claim.id, { expect: claim.expect, forSearch: true });
      for (const err of load.errors) console.warn(`store: ${err.message}`);
      const seed = deriveSeed(baseSeed, claim.id, 'main');
      const r = searchClaim(claim, { numRuns, seed, examples: examples as C[] });
      if (r.crash) {
        throw new Error(`${claim.id} crashed: ${r.crash.message}\nseed ${r.crash.seed}, path ${r.crash.path}\n${describeCase(r.crash.value)}`);
      }
      if (r.counterexample) recordCounterexample(STORE_ROOT, claim.id, claim.expect, 'main', r.counterexample);
      const cx = r.counterexample;
      const where = cx ? `seed ${cx.seed}, path ${cx.path}\n${cx.verdict.summary}\n${describeCase(cx.value)}` : `seed ${seed}`;
      if (claim.expect === 'holds') {
        expect(r.refuted, `${claim.id}: counterexample found, ${where}`).toBe(false);
      } else {
        expect(r.refuted, `${claim.id}: expected a refutation, none found in ${numRuns} runs (${where})`).toBe(true);
        const stale = replayStore(claim, STORE_ROOT, load).entries.filter((e) => e.blocking);
        expect(stale.map((e) => `${e.file}: ${e.outcome}: ${e.summary}`), `${claim.id}: stored counterexamples no longer refute`).toEqual([]);
      }
      // The 1% target (or the claim's declared budget) is a rate: a sample of ~100 cases fails it only when
      // its count is implausible at that rate (binomial upper tail below 1e-3), not on one unlucky case.
      const { selected, inconclusive } = r.stats;
      const allowed = claim.inconclusiveBudget?.share ?? 0.01;
      const limit = binomialCriticalCount(selected, allowed, 1e-3);
      expect(
        inconclusive < limit,
        `${claim.id}: ${inconclusive}/${selected} inconclusive (allowed rate ${allowed}, fails from ${limit}): ${JSON.stringify(r.stats.inconclusiveReasons)}`,
      ).toBe(true);
      if (claim.expect === 'holds') {
        expect(selected, `${claim.id}: no generated case met the hypotheses`).toBeGreaterThan(0);
      }
    });

    for (const h of claim.hypotheses) {
      const expected = claim.necessity[h.name];
      it(`necessity of ${h.name}: ${expected}`, () => {
        const seed = deriveSeed(baseSeed, claim.id, `necessity:${h.name}`);
        // at least 100 runs: 'appears unnecessary' needs MIN_EXERCISED (20) exercised cases, and at 50 runs a
        // necessity generator that exercises ~35% of its cases fell short at some seeds (utility-not-improved,
        // finiteMean(U): 15 of 50, random seed 496143428)
        const r = checkNecessity(claim, h.name, { numRuns: Math.max(numRuns, NECESSITY_RUNS), seed });
        if (r.witness) recordCounterexample(STORE_ROOT, claim.id, claim.expect, `necessity:${h.name}`, r.witness);
        const detail = r.witness
          ? `witness seed ${r.witness.seed}, path ${r.witness.path}: ${r.witness.verdict.summary}\n${describeCase(r.witness.value)}`
          : `${r.exercised} cases exercised of ${r.generated} (seed ${seed})${r.crash ? `; crash: ${r.crash}` : ''}`;
        expect(r.status, `${claim.id}, drop ${h.name}: ${detail}`).toBe(expected);
      });
    }

    for (const m of claim.mutants ?? []) {
      it(`mutant is refuted: ${m.name}`, () => {
        const seed = deriveSeed(baseSeed, claim.id, `mutant:${m.name}`);
        // mutants get up to 400 runs: a wrong claim must be found wrong reliably, at any seed. The search stops at
        // the first refutation, so this costs only where refuting cases are rare (100 runs missed three mutants at
        // some random seeds: goodhart-with-kl's 'gains nothing', utility-not-improved's 'no DV slack', two-sided's
        // 'B₋ dropped', refuted by only a few percent of their cases)
        const runs = Math.max(numRuns, MUTANT_RUNS);
        const r = searchClaim(claim, { numRuns: runs, seed, conclusion: m.conclusion, arbitrary: m.arbitrary });
        expect(r.crash?.message, `${claim.id} mutant ${m.name} crashed`).toBeUndefined();
        expect(r.refuted, `${claim.id}: mutant '${m.name}' was not refuted in ${runs} runs (seed ${seed})`).toBe(true);
      });
    }
  });
}
