/** Parsers for CLI option values: each rejects bad input with a one-line message naming the option. */
import { InvalidArgumentError } from 'commander';

export function parsePositiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 2) {
      throw new InvalidArgumentError(`${name} must be an integer ≥ 2; got '${value}'`);
    }
    return n;
  };
}

export function parseSeed(value: string): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(n)) {
    throw new InvalidArgumentError(`--seed must be an integer; got '${value}'`);
  }
  return n | 0;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
