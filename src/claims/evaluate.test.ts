import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { allHypothesesHold, guardVerdict, unmetHypotheses } from './evaluate.ts';
import type { Claim } from './types.ts';

/** A claim whose hypotheses read bit i of the case; only the fields evaluate.ts reads are filled in. */
const claimOf = (n: number, evaluated: string[]): Claim<number> =>
  ({
    hypotheses: Array.from({ length: n }, (_, i) => ({ name: `h${i}`, description: '', holds: (c: number) => (evaluated.push(`h${i}`), ((c >> i) & 1) === 1) })),
  }) as unknown as Claim<number>;

describe('allHypothesesHold', () => {
  test.prop([fc.integer({ min: 0, max: 6 }), fc.nat(63), fc.option(fc.nat(5), { nil: undefined })])(
    'selects exactly the cases with no unmet hypothesis, evaluating none past the first unmet',
    (n, bits, leaveOutIndex) => {
      const leaveOut = leaveOutIndex === undefined ? undefined : `h${leaveOutIndex}`;
      const evaluated: string[] = [];
      const claim = claimOf(n, evaluated);
      const all = allHypothesesHold(claim, bits, leaveOut);
      const firstUnmet = evaluated.findIndex((name) => ((bits >> Number(name.slice(1))) & 1) === 0);
      expect(all, `n=${n} bits=${bits} leaveOut=${leaveOut}`).toBe(unmetHypotheses(claimOf(n, []), bits, leaveOut).length === 0);
      if (firstUnmet >= 0) expect(evaluated.length, `evaluated ${evaluated} (n=${n} bits=${bits} leaveOut=${leaveOut})`).toBe(firstUnmet + 1);
    },
  );
});

describe('guardVerdict', () => {
  test.prop([fc.dictionary(fc.string({ maxLength: 2 }), fc.oneof(fc.constant(Number.NaN), fc.double())), fc.constantFrom('holds', 'fails', 'inconclusive')])(
    'downgrades exactly the holds verdicts carrying a NaN, naming the NaN numbers',
    (numbers, status) => {
      const v = { status, summary: 's', numbers } as const;
      const g = guardVerdict(v);
      const nan = Object.keys(numbers).filter((k) => Number.isNaN(numbers[k]));
      const label = `${status} ${JSON.stringify(Object.entries(numbers))}`;
      if (status === 'holds' && nan.length > 0) {
        expect(g.status, label).toBe('inconclusive');
        expect(g.reason, label).toBe(`NaN in the verdict's numbers (${nan.join(', ')}): not a pass`);
      } else expect(g, label).toBe(v);
    },
  );
});
