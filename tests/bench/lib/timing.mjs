// Timing primitives shared by every part: warm-up first, then several timed iterations, reported as medians.
// Medians, not means: a GC pause or another process taking the CPU lands in one sample and must not move the figure.
import { performance } from 'node:perf_hooks';

export function median(values) {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile, p in [0, 100]. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** CPU time of this process in ms (user and system): unlike wall time, it does not grow while other processes run. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Times `subjects` (name -> synchronous function) in alternating rounds, so that every subject sees the same
 * machine load and a ratio between them stays fair on a busy machine. Returns, per subject, the wall-clock and
 * CPU-time samples in milliseconds: wall time is what a user waits; CPU time shows how much of it a busy machine added.
 */
export function timeInterleaved(subjects, { warmup, iterations }) {
  const entries = Object.entries(subjects);
  for (let round = 0; round < warmup; round++) for (const [, run] of entries) run();
  const samples = Object.fromEntries(entries.map(([name]) => [name, { wall: [], cpu: [] }]));
  for (let round = 0; round < iterations; round++) {
    for (const [name, run] of entries) {
      const cpuStart = cpuMs();
      const start = performance.now();
      run();
      samples[name].wall.push(performance.now() - start);
      samples[name].cpu.push(cpuMs() - cpuStart);
    }
  }
  return samples;
}

/** Times one synchronous function: `warmup` untimed calls, then `iterations` timed ones ({ wall, cpu } in ms). */
export function timeSync(run, options) {
  return timeInterleaved({ subject: run }, options).subject;
}

/** Times one asynchronous function the same way; wall time only, as it waits on another process. */
export async function timeAsync(run, { warmup, iterations }) {
  for (let round = 0; round < warmup; round++) await run();
  const samples = [];
  for (let round = 0; round < iterations; round++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Iteration counts: `--quick` trades precision for a fast smoke run of the whole suite. */
export function iterationPlan(quick) {
  return quick
    ? { warmup: 3, iterations: 5, spawns: 3, scalingSizesKb: [10, 100, 1024] }
    : { warmup: 20, iterations: 31, spawns: 11, scalingSizesKb: [10, 30, 100, 300, 1024] };
}
