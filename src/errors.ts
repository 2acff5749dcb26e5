/**
 * Errors thrown by factories, the store and the CLI. Numeric kernels never throw:
 * invalid parameters give NaN and divergent moments give Infinity (house style, after stdlib-js).
 */

/** Invalid parameters of a distribution or construction: names the family, the parameter, the allowed range and the value. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly family: string,
    readonly parameter: string,
    readonly allowed: string,
    readonly value: unknown,
  ) {
    super(`${family}: parameter '${parameter}' must be ${allowed}; got ${formatValue(value)}`);
  }
}

/** A store file that cannot be read or written: names the file and, where known, the field. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly file: string,
    readonly field: string | undefined,
    detail: string,
  ) {
    super(`${file}${field === undefined ? '' : ` (field '${field}')`}: ${detail}`);
  }
}

function formatValue(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
