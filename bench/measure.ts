// Timing for the benchmark: warm up, run several times, take the median (these machines are
// noisy, so every figure is also reported as a ratio to a baseline timed the same way).

export interface Timing {
  readonly median: number;
  readonly p95: number;
  readonly runs: number;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[at] ?? NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export function time(
  work: () => unknown,
  options: { runs?: number; warmup?: number; budgetMs?: number } = {},
): Timing {
  const warmup = options.warmup ?? 2;
  for (let i = 0; i < warmup; i++) work();
  const samples: number[] = [];
  const budget = options.budgetMs ?? 3000;
  const started = performance.now();
  const runs = options.runs ?? 15;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    samples.push(performance.now() - t);
    if (performance.now() - started > budget && samples.length >= 3) break;
  }
  return { median: percentile(samples, 50), p95: percentile(samples, 95), runs: samples.length };
}

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The same kind of work done the plainest way, timed in the same process. */
  readonly baseline: number;
  readonly baselineName: string;
  readonly ratio: number;
  readonly target: number | null;
  readonly met: boolean | null;
}

export function figure(
  name: string,
  value: number,
  unit: string,
  baseline: { value: number; name: string },
  target: number | null,
): Figure {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    name,
    value: round(value),
    unit,
    baseline: round(baseline.value),
    baselineName: baseline.name,
    ratio: baseline.value > 0 ? round(value / baseline.value) : NaN,
    target,
    met: target === null ? null : value <= target,
  };
}
