import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { fails, fmt, holds, inconclusive } from './verdicts.ts';

describe('verdict constructors', () => {
  test.prop([fc.string(), fc.dictionary(fc.string(), fc.double()), fc.constantFrom(holds, fails)])(
    'a lazy summary reads, spreads and JSON-encodes exactly as the eager one',
    (text, numbers, make) => {
      const eager = make(text, numbers, { w: 1 });
      const lazy = make(() => text, numbers, { w: 1 });
      expect(lazy.summary, `summary ${JSON.stringify(text)}`).toBe(eager.summary);
      expect({ ...lazy }, `spread ${JSON.stringify(text)}`).toEqual({ ...eager });
      expect(JSON.stringify(lazy), `JSON ${JSON.stringify(text)}`).toBe(JSON.stringify(eager));
      expect(Object.keys(lazy), `keys ${JSON.stringify(text)}`).toEqual(Object.keys(eager));
    },
  );

  it('formats a lazy summary only when read, and only once', () => {
    let formatted = 0;
    const v = holds(() => {
      formatted++;
      return `margin ${fmt(1 / 3)}`;
    }, { margin: 1 / 3 });
    expect(v.status, 'status').toBe('holds');
    expect(formatted, 'before reading').toBe(0);
    expect(v.summary, 'summary').toBe('margin 0.3333');
    expect(v.summary, 'summary again').toBe('margin 0.3333');
    expect(formatted, 'after two reads').toBe(1);
  });

  it('inconclusive carries its reason as the summary', () => {
    const v = inconclusive('beyond double range', { t: 1e300 });
    expect(v, 'inconclusive verdict').toEqual({ status: 'inconclusive', summary: 'beyond double range', numbers: { t: 1e300 }, reason: 'beyond double range' });
  });
});
