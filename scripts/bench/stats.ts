/** Tiny timing helpers shared by the benchmarks. */
export function measure(label: string, runs: number, fn: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < Math.min(5, runs); i++) fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
  console.log(`${label}: 中位数 ${median.toFixed(3)} ms，P95 ${p95.toFixed(3)} ms（${runs} 次）`);
  return { median, p95 };
}

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
