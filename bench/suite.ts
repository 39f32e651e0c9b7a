export interface BenchContext {
  repoRoot: string;
}

export interface BenchResult {
  /** The section body (Markdown) for docs/BENCHMARKS.md. */
  markdown: string;
  /** Whether every target of the suite was met. */
  met: boolean;
}

/** One benchmark suite: measures and returns its section of docs/BENCHMARKS.md. */
export interface BenchSuite {
  name: string;
  title: string;
  run(context: BenchContext): BenchResult | Promise<BenchResult>;
}
