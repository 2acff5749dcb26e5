import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineClaim } from './defineClaim.ts';
import { verifyClaim } from './verify.ts';
import type { Verdict } from './types.ts';

/** A toy claim about integers: n ≥ 0 ⇒ n³ ≥ n (true; the hypothesis is load-bearing: n = −2 gives −8 < −2). */
const cubeAtLeast = (strict: boolean) => (n: number): Verdict => {
  const ok = strict ? n ** 3 > n : n ** 3 >= n;
  return { status: ok ? 'holds' : 'fails', summary: `n=${n}: n³=${n ** 3}`, numbers: { n, margin: n ** 3 - n } };
};

const toy = defineClaim<number>({
  id: 'toy/cube-at-least',
  title: 'cube at least',
  source: 'test',
  quote: 'For every integer n ≥ 0, n³ ≥ n.',
  aliases: [],
  reading: 'literal',
  hypotheses: [{ name: 'nonNegative(n)', description: 'n ≥ 0', holds: (n) => n >= 0 }],
  necessity: { 'nonNegative(n)': 'load-bearing' },
  conclusion: cubeAtLeast(false),
  expect: 'holds',
  uses: [],
  arbitrary: fc.integer({ min: -1000, max: 1000 }),
  mutants: [{ name: 'strict inequality', conclusion: cubeAtLeast(true) }],
});

describe('verifyClaim', () => {
  it('establishes a true claim, finds the load-bearing hypothesis and refutes the mutant', () => {
    const r = verifyClaim(toy, { numRuns: 200, seed: 7 });
    expect(r.status).toBe('established');
    expect(r.necessity[0].status).toBe('load-bearing');
    expect((r.necessity[0].witness?.value as number) < 0).toBe(true);
    expect(r.mutants[0].refuted).toBe(true);
    // shrinking reaches the smallest refuting case of the strict mutant
    expect([0, 1]).toContain(r.mutants[0].counterexample?.value);
    expect(r.met).toBe(true);
  });

  it('reports an unexpected counterexample with seed, path and the shrunk value', () => {
    const wrong = defineClaim({ ...toy, id: 'toy/wrong', conclusion: cubeAtLeast(true) });
    const r = verifyClaim(wrong, { numRuns: 200, seed: 7, mainOnly: true });
    expect(r.status).toBe('unexpected-counterexample');
    expect(r.counterexample?.value).toBe(0);
    expect(r.counterexample?.seed).toBeTypeOf('number');
    expect(r.counterexample?.path).toMatch(/^\d+(:\d+)*$/);
    expect(r.met).toBe(false);
  });

  it('replays stored examples before generating', () => {
    const r = verifyClaim(defineClaim({ ...toy, id: 'toy/replay', conclusion: (n) => cubeAtLeast(false)(n === 12345 ? -2 : n) }), {
      numRuns: 5, seed: 1, examples: [12345], mainOnly: true,
    });
    expect(r.counterexample?.value).toBe(12345);
    expect(r.counterexample?.path).toBe('0');
  });

  it('never passes on NaN: a holds verdict with a NaN number is inconclusive', () => {
    const nan = defineClaim({ ...toy, id: 'toy/nan', conclusion: () => ({ status: 'holds', summary: '', numbers: { margin: NaN } }) });
    const r = verifyClaim(nan, { numRuns: 50, seed: 3, mainOnly: true });
    expect(r.stats.holds).toBe(0);
    expect(r.stats.inconclusive).toBe(r.stats.selected);
  });

  it('counts a crash of the conclusion as a defect, not a refutation', () => {
    const crash = defineClaim({ ...toy, id: 'toy/crash', expect: 'refuted', finding: 'x', conclusion: () => { throw new Error('boom'); } });
    const r = verifyClaim(crash, { numRuns: 10, seed: 3, mainOnly: true });
    expect(r.status).toBe('crashed');
    expect(r.crash).toMatch(/boom/);
  });

  it('rejects malformed definitions', () => {
    expect(() => defineClaim({ ...toy, id: 'Bad Id' })).toThrow(/kebab-case/);
    expect(() => defineClaim({ ...toy, necessity: {} })).toThrow(/no expected result for 'nonNegative\(n\)'/);
    expect(() => defineClaim({ ...toy, expect: 'refuted' })).toThrow(/must say what was found/);
  });
});
