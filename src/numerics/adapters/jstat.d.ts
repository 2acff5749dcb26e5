/** Minimal types for the parts of jstat 1.9.6 that src/numerics/adapters/jstat.ts touches. */
declare module 'jstat' {
  interface JStatStatic {
    loggam(x: number): number;
    gammaln(x: number): number;
    erf(x: number): number;
    erfc(x: number): number;
    ibeta(x: number, a: number, b: number): number;
    lowRegGamma(a: number, x: number): number;
    studentt: { cdf(x: number, dof: number): number; pdf(x: number, dof: number): number };
    normal: { cdf(x: number, mean: number, std: number): number };
  }
  const jStat: JStatStatic;
  export default jStat;
}
