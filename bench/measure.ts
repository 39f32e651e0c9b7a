// Timing helpers for the benchmark suites: wall-clock samples with warm-up, reported as
// median / p95 / min. Benchmarks are measurements written to docs/BENCHMARKS.md, never tests.
import { performance } from "node:perf_hooks";

export interface Timing {
  /** Number of measured repetitions (after warm-up). */
  samples: number;
  minMs: number;
  medianMs: number;
  p95Ms: number;
  /** The very first call of the function in this process (cold JIT). */
  firstMs: number;
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

/** Runs `fn` once cold, `warmup` times unmeasured, then `samples` times measured. */
export function time(fn: () => unknown, { samples, warmup }: { samples: number; warmup: number }): Timing {
  let started = performance.now();
  fn();
  const firstMs = performance.now() - started;
  for (let i = 0; i < warmup; i++) fn();
  const durations: number[] = [];
  for (let i = 0; i < samples; i++) {
    started = performance.now();
    fn();
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return {
    samples,
    minMs: durations[0] ?? Number.NaN,
    medianMs: quantile(durations, 0.5),
    p95Ms: quantile(durations, 0.95),
    firstMs,
  };
}

export const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

/** A deterministic pseudo-random generator (mulberry32): the same synthetic data in every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
