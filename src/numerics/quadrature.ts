/**
 * Quadrature: adaptive Gauss–Kronrod on finite and infinite intervals (quadrature/integrate.ts), the same
 * integral by two methods (quadrature/integrateBoth.ts, with tanh-sinh), peak location for log-integrands
 * (quadrature/logPeak.ts) and log-space integration (quadrature/logIntegrate.ts). This file only re-exports,
 * so `import { integrate } from '…/numerics/quadrature.ts'` keeps working.
 */
export { GAUSS_KRONROD_15, kronrod15 } from './quadrature/gaussKronrod.ts';
export { integrate } from './quadrature/integrate.ts';
export { integrateBoth, type BothResult } from './quadrature/integrateBoth.ts';
export { logIntegrate, type LogIntegral } from './quadrature/logIntegrate.ts';
export { locateLogPeak, type LogPeak } from './quadrature/logPeak.ts';
export { resolveOptions, type QuadratureOptions, type QuadratureResult } from './quadrature/options.ts';
export { segmentsOf, type Segment } from './quadrature/segments.ts';
