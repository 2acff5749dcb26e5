/** A usage error found after parsing (unknown claim id, unwritable folder): printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
