// Shared figures for the benchmarks: medians and tails of a list of millisecond timings.
export interface Figures {
  n: number;
  median: number;
  p99: number;
  mean: number;
  max: number;
}

export function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    n: sorted.length,
    median: at(0.5),
    p99: at(0.99),
    mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
    max: sorted.at(-1)!,
  };
}

export const ms = (x: number) => `${x.toFixed(3)} ms`;

export function printTable(title: string, rows: [string, Figures][]): void {
  console.log(`\n${title}`);
  console.log('| case | n | median | p99 | mean |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, f] of rows)
    console.log(`| ${name} | ${f.n} | ${ms(f.median)} | ${ms(f.p99)} | ${ms(f.mean)} |`);
}
