#!/usr/bin/env python3
"""scipy.stats figures for bench/table.ts: calls/s of the same calls on the same laws and thresholds as
bench/families.ts (kept in step by hand), printed as JSON (commit the output as bench/scipy-results.json).

    python3 bench/scipy_bench.py > bench/scipy-results.json     # or: npx tsx bench/table.ts --scipy
    python3 bench/scipy_bench.py normal zeta                     # a few families only

- logSf(t)    -> dist.logsf(t), one scalar call per t (frozen distribution, built once);
- tailMean(t) -> dist.expect(lambda x: x, lb=t, conditional=True), scipy's closest call to E[X | X > t]
                 (quadrature for continuous laws, a summation for discrete ones; for discrete laws lb is
                 inclusive, so lb = floor(t) + 1 gives X > t). It is slow and, far in the tail, often
                 inaccurate; the values returned are kept in the JSON under "values" for the record.
                 For discrete laws thresholds >= 2^53 are left out of the tail-mean timing ("tailMeanTs"):
                 scipy's term-by-term sum never ends there (x + 1 == x).
Timing (as bench/timing.ts): warm-up, then 5 rounds interleaving math.log over the same thresholds (the
same-process baseline) with the two calls, each run >= 200 ms of wall time, rates in calls per CPU-second;
medians over rounds. Works with pyenv's scipy (1.17 here) and should work
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

ROUNDS, MIN_RUN_S, WARMUP_S = 5, 0.2, 0.1


def one_run(fn, ts, min_s):
    """calls per CPU-second (time.process_time) of fn cycling over ts, lasting >= min_s of wall time."""
    calls, wall0, cpu0 = 0, time.perf_counter(), time.process_time()
    while True:
        for t in ts:
            fn(t)
        calls += len(ts)
        if time.perf_counter() - wall0 >= min_s:
            return calls / (time.process_time() - cpu0)


def time_against_baseline(baseline, fns, ts):
    """Interleaved rounds (baseline, f1, f2, ...) as in bench/timing.ts: median rate and median
    per-round ratio to the baseline."""
    one_run(baseline, ts, WARMUP_S)
    for fn in fns.values():
        one_run(fn, ts, WARMUP_S)
    base_rates, rates, ratios = [], {k: [] for k in fns}, {k: [] for k in fns}
    for _ in range(ROUNDS):
        base = one_run(baseline, ts, MIN_RUN_S)
        base_rates.append(base)
        for k, fn in fns.items():
            r = one_run(fn, ts, MIN_RUN_S)
            rates[k].append(r)
            ratios[k].append(r / base)
    med = statistics.median
    return med(base_rates), {k: med(rates[k]) for k in fns}, {k: med(ratios[k]) for k in fns}


def guarded(fn, errors):
    """fn, but a call that raises (Cauchy's expect: boost's quantile overflows; zipf's logsf at 1e100:
    its cdf sums arange(1, t)) gives NaN and the exception name is recorded; its cost up to the raise is
    still what is timed."""

    def call(t):
        try:
            return fn(t)
        except (ArithmeticError, ValueError, TypeError, MemoryError) as e:
            errors[str(t)] = type(e).__name__
            return math.nan

    return call


def tail_mean_fn(dist, discrete):
    if discrete:
        return lambda t: dist.expect(lambda x: x, lb=float(math.floor(t) + 1), conditional=True)
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
        "unit": "calls per CPU-second (time.process_time); ratios: per-round, to math.log over the same t",
        "baselineMathLog": time_against_baseline(math.log, {}, [2, 1e6, 1e100])[0],
        "families": {},
    }
    only = set(sys.argv[1:])  # optional: family names to run (default: all)
    for family, (dist, ts, discrete) in CASES.items():
        if only and family not in only:
            continue
        errors = {"logsf": {}, "tailMean": {}}
        logsf = guarded(dist.logsf, errors["logsf"])
        tm = guarded(tail_mean_fn(dist, discrete), errors["tailMean"])
        # scipy sums a discrete law's tail term by term; past 2^53 x + 1 == x and the sum never ends
        # (geom, poisson at 1e100 hang), so those thresholds are left out of its tail-mean timing.
        ts_tm = [t for t in ts if not (discrete and t >= 2.0**53)]
        base, rates, ratios = time_against_baseline(math.log, {"logsf": logsf}, ts)
        _, rates_tm, ratios_tm = time_against_baseline(math.log, {"tailMean": tm}, ts_tm)
        out["families"][family] = {
            "ts": ts,
            "tailMeanTs": ts_tm,
            "baselineMathLog": base,
            "logsf": rates["logsf"],
            "tailMean": rates_tm["tailMean"],
            "logsfRatio": ratios["logsf"],
            "tailMeanRatio": ratios_tm["tailMean"],
            "tailMeanMethod": "expect(lambda x: x, lb=t, conditional=True)"
            + (" with lb = floor(t) + 1" if discrete else ""),
            "values": {str(t): [finite_or_str(logsf(t)), finite_or_str(tm(t)) if t in ts_tm else "not run"] for t in ts},
            "errors": errors,
        }
        print(family, file=sys.stderr, flush=True)
    json.dump(out, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
