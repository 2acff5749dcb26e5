/**
 * Result and options shared by the quadrature rules (adaptive Gauss–Kronrod, tanh-sinh) and their
 * defaults (QUADPACK, Piessens et al. 1983: a relative tolerance below 50ε cannot be met by dqk15).
 */
export interface QuadratureResult {
  value: number;
  /** estimated absolute error (QUADPACK's dqk15 estimate summed over subintervals) */
  error: number;
  converged: boolean;
  evaluations: number;
  reason?: string;
}

export interface QuadratureOptions {
  /** relative tolerance; default 1e-12 (raised to 50·ε, as QUADPACK does) */
  relTol?: number;
  /** absolute tolerance; default 0 */
  absTol?: number;
  /** integrand evaluation budget; default 200_000 */
  maxEvaluations?: number;
  /** points in (a, b) where the integrand jumps or peaks; each becomes a subinterval end */
  breakpoints?: number[];
}

export const EPS = Number.EPSILON;

/** Resolve defaults; relTol is raised to 50ε, below which the dqk15 error floor makes convergence impossible. */
export function resolveOptions(opts: QuadratureOptions | undefined): Required<QuadratureOptions> {
  return {
    relTol: Math.max(opts?.relTol ?? 1e-12, 50 * EPS),
    absTol: Math.max(opts?.absTol ?? 0, 0),
    maxEvaluations: opts?.maxEvaluations ?? 200_000,
    breakpoints: opts?.breakpoints ?? [],
  };
}
