import { describe, expect, it } from 'vitest';
import { resolveSeed } from './seed.ts';

describe('resolveSeed', () => {
  it('reads GOODHART_SEED as an integer', () => {
    expect(resolveSeed({ GOODHART_SEED: '42' })).toBe(42);
  });
  it('refuses to run in CI without a seed', () => {
    expect(() => resolveSeed({ CI: 'true' })).toThrow(/GOODHART_SEED must be set in CI/);
  });
  it('rejects a malformed seed, naming it', () => {
    expect(() => resolveSeed({ GOODHART_SEED: 'abc' })).toThrow(/GOODHART_SEED must be an integer; got 'abc'/);
  });
  it('gives a seed outside CI when none is set', () => {
    expect(Number.isInteger(resolveSeed({}))).toBe(true);
  });
});
