/**
 * Test helper for the totality of a family's kernels (numeric kernels are total: invalid parameters give NaN):
 * every kernel k(x, p₁, p₂) is NaN at every argument for every invalid parameter pair.
 */
import { expect } from 'vitest';

/** Invalid (location, scale) pairs: a non-finite location, or a scale that is not finite and > 0 (−0 included). */
export const INVALID_LOCATION_SCALE: readonly (readonly [number, number])[] = [
  [NaN, 1], [Infinity, 1], [-Infinity, 1], [0, 0], [0, -0], [0, -1], [0, NaN], [0, Infinity], [0, -Infinity],
];

/** Every kernel is NaN at every x for every invalid pair; the message names the kernel, x and both parameters. */
export function expectNaNForInvalidParameters(
  kernels: Record<string, (x: number, a: number, b: number) => number>,
  invalid: readonly (readonly [number, number])[],
  xs: readonly number[],
  [nameA, nameB]: readonly [string, string],
): void {
  for (const [name, k] of Object.entries(kernels)) {
    for (const [a, b] of invalid) {
      for (const x of xs) expect(k(x, a, b), `${name}(${x}; ${nameA}=${a}, ${nameB}=${b})`).toBeNaN();
    }
  }
}
