import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { perCase } from './perCase.ts';

describe('perCase', () => {
  test.prop([fc.record({ a: fc.integer(), b: fc.double({ noNaN: true }) }), fc.integer({ min: 1, max: 5 })])(
    'returns what the function returns, computing it once per case object',
    (c, calls) => {
      let computed = 0;
      const f = perCase((x: { a: number; b: number }) => {
        computed++;
        return { sum: x.a + x.b };
      });
      const first = f(c);
      for (let i = 1; i < calls; i++) expect(f(c), `call ${i} on ${JSON.stringify(c)}`).toBe(first);
      expect(first.sum, `value on ${JSON.stringify(c)}`).toBe(c.a + c.b);
      expect(computed, `computations for ${calls} calls on ${JSON.stringify(c)}`).toBe(1);
    },
  );

  it('keys by identity: an equal but distinct case is computed afresh, undefined results are cached', () => {
    let computed = 0;
    const f = perCase((_: { a: number }) => {
      computed++;
      return undefined;
    });
    const c = { a: 1 };
    f(c);
    f(c);
    f({ a: 1 });
    expect(computed, 'two distinct case objects').toBe(2);
  });
});
