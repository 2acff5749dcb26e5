/** The seed of a test run: GOODHART_SEED when set (an integer), else a fresh one — but never in CI. */
export function resolveSeed(env: Record<string, string | undefined>): number {
  const raw = env.GOODHART_SEED;
  if (raw === undefined || raw === '') {
    if (env.CI) throw new Error('GOODHART_SEED must be set in CI (a fixed seed makes every failure reproducible)');
    return Date.now() ^ (Math.random() * 0x100000000);
  }
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`GOODHART_SEED must be an integer; got '${raw}'`);
  return seed | 0;
}
