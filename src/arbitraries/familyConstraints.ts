/**
 * Option objects shared by the per-family spec arbitraries (`studentTSpec()`, `paretoSpec()`, …).
 */

/** Options of the arbitraries of families whose mean can diverge (Student-t, Pareto, Lomax, log-logistic, Fréchet, zeta). */
export interface FiniteMeanConstraints {
  /**
   * Restrict the shape parameter to the range where E[X] is finite (df > 1, α > 1, β > 1, s > 2).
   * Default: false (the whole legal range, including infinite means).
   */
  readonly finiteMean?: boolean;
}

/** Options of the arbitraries of families with an optional location and scale (Student-t, Fréchet, Lévy). */
export interface OptionalLocationScaleConstraints extends FiniteMeanConstraints {
  /**
   * Whether the optional location/scale fields may be generated (they are omitted, i.e. defaulted by the
   * factory, in the simplest case, toward which values shrink). Default: true
   */
  readonly withOptionalFields?: boolean;
}
