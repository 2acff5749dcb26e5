#!/usr/bin/env python3
"""scipy.stats figures for bench/table.ts: calls/s of the same calls on the same laws and thresholds as
bench/families.ts (kept in step by hand), printed as JSON (commit the output as bench/scipy-results.json).

    python3 bench/scipy_bench.py > bench/scipy-results.json     # or: npx tsx bench/table.ts --scipy

- logSf(t)    -> dist.logsf(t), one scalar call per t (frozen distribution, built once);
- tailMean(t) -> dist.expect(lambda x: x, lb=t, conditional=True), scipy's closest call to E[X | X > t]
                 (quadrature for continuous laws, a summation for discrete ones; for discrete laws lb is
                 inclusive, so lb = floor(t) + 1 gives X > t). It is slow and, far in the tail, often
                 inaccurate; the values returned are kept in the JSON under "values" for the record.
Timing: warm-up, then the median of 5 runs of >= 200 ms each, cycling over the thresholds; math.log over
the same thresholds is the same-process baseline. Works with pyenv's scipy (1.17 here) and should work
with Debian's python3-scipy (1.10, `apt install python3-scipy`; not measured here).
"""
import json
import math
import platform
import statistics
import sys
import time
import warnings

import numpy as np
import scipy
from scipy import stats

FAR = [1e6, 1e100]

# family -> (frozen scipy law, thresholds t, discrete?)   — mirrors bench/families.ts
CASES = {
    "studentT": (stats.t(3), [2] + FAR, False),
    "pareto": (stats.pareto(3, scale=1), [2] + FAR, False),
    "lomax": (stats.lomax(3, scale=1), [2] + FAR, False),
    "lognormal": (stats.lognorm(1, scale=math.exp(0)), [2] + FAR, False),
    "weibull": (stats.weibull_min(0.5, scale=1), [2] + FAR, False),
    "logLogistic": (stats.fisk(3, scale=1), [2] + FAR, False),  # fisk(c = beta, scale = alpha)
    "frechet": (stats.invweibull(3), [2] + FAR, False),
    "cauchy": (stats.cauchy(0, 1), [2] + FAR, False),
    "levy": (stats.levy(0, 1), [2] + FAR, False),
    "normal": (stats.norm(0, 1), [1] + FAR, False),
    "exponential": (stats.expon(scale=1), [1] + FAR, False),
    "gamma": (stats.gamma(2.5, scale=1), [2] + FAR, False),
    "laplace": (stats.laplace(0, 1), [1] + FAR, False),
    "logistic": (stats.logistic(0, 1), [1] + FAR, False),
    "gumbel": (stats.gumbel_r(0, 1), [1] + FAR, False),
    "uniform": (stats.uniform(0, 1), [0.5, 0.999999], False),
    "beta": (stats.beta(2, 3), [0.5, 0.999999], False),
    "pointMass": (stats.rv_discrete(values=([1], [1.0])), [0.5, 0.999999], True),
    "categorical": (stats.rv_discrete(values=([0, 1, 2, 5], [0.4, 0.3, 0.2, 0.1])), [0.5, 2.5], True),
    "zeta": (stats.zipf(3.5), [2] + FAR, True),
    "geometric": (stats.geom(0.3), [2] + FAR, True),
    "poisson": (stats.poisson(4), [5] + FAR, True),
}

RUNS, MIN_RUN_S, WARMUP_S = 5, 0.2, 0.1


def one_run(fn, ts, min_s):
    calls, start = 0, time.perf_counter()
    while True:
        for t in ts:
            fn(t)
        calls += len(ts)
        elapsed = time.perf_counter() - start
        if elapsed >= min_s:
            return calls / elapsed


def calls_per_second(fn, ts):
    one_run(fn, ts, WARMUP_S)
    return statistics.median(one_run(fn, ts, MIN_RUN_S) for _ in range(RUNS))


def guarded(fn, errors):
    """fn, but a call that raises (Cauchy's expect: boost's quantile overflows; zipf's logsf at 1e100:
    its cdf sums arange(1, t)) gives NaN and the exception name is recorded; its cost up to the raise is
    still what is timed."""

    def call(t):
        try:
            return fn(t)
        except (ArithmeticError, ValueError, MemoryError) as e:
            errors[str(t)] = type(e).__name__
            return math.nan

    return call


def tail_mean_fn(dist, discrete):
    if discrete:
        return lambda t: dist.expect(lambda x: x, lb=math.floor(t) + 1, conditional=True)
    return lambda t: dist.expect(lambda x: x, lb=t, conditional=True)


def finite_or_str(x):
    x = float(x)
    return x if math.isfinite(x) else str(x)


def main():
    warnings.simplefilter("ignore")
    np.seterr(all="ignore")
    out = {
        "python": platform.python_version(),
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "date": time.strftime("%Y-%m-%d"),
        "baselineMathLog": calls_per_second(math.log, [2, 1e6, 1e100]),
        "families": {},
    }
    for family, (dist, ts, discrete) in CASES.items():
        errors = {"logsf": {}, "tailMean": {}}
        logsf = guarded(dist.logsf, errors["logsf"])
        tm = guarded(tail_mean_fn(dist, discrete), errors["tailMean"])
        base = calls_per_second(math.log, ts)
        out["families"][family] = {
            "ts": ts,
            "baselineMathLog": base,
            "logsf": calls_per_second(logsf, ts),
            "tailMean": calls_per_second(tm, ts),
            "tailMeanMethod": "expect(lambda x: x, lb=t, conditional=True)"
            + (" with lb = floor(t) + 1" if discrete else ""),
            "values": {str(t): [finite_or_str(logsf(t)), finite_or_str(tm(t))] for t in ts},
            "errors": errors,
        }
        print(family, file=sys.stderr, flush=True)
    json.dump(out, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
