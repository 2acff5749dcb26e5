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
  /**
   * log of the same integrand, when the caller has it: the infinite-end maps then form f(x)·s/u² as
   * exp(log f(x) + log s − 2·log u), so mass where f(x) itself underflows but f(x)·s/u² does not (a tail
   * decaying like x^{−1−ε}: f(1e300) ~ 1e-330, the Jacobian ~ 1e300) is not silently dropped (segments.ts).
   */
  logIntegrand?: (x: number) => number;
}

export const EPS = Number.EPSILON;

/** Resolve defaults; relTol is raised to 50ε, below which the dqk15 error floor makes convergence impossible. */
export function resolveOptions(opts: QuadratureOptions | undefined): Required<Omit<QuadratureOptions, 'logIntegrand'>> & Pick<QuadratureOptions, 'logIntegrand'> {
  return {
    ...(opts?.logIntegrand ? { logIntegrand: opts.logIntegrand } : {}),
    relTol: Math.max(opts?.relTol ?? 1e-12, 50 * EPS),
    absTol: Math.max(opts?.absTol ?? 0, 0),
    maxEvaluations: opts?.maxEvaluations ?? 200_000,
    breakpoints: opts?.breakpoints ?? [],
  };
}
