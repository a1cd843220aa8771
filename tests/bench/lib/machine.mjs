// The machine line printed with every run: figures mean nothing without the CPU, Node version and load they came from.
import { cpus, loadavg, platform, release, totalmem } from 'node:os';

export function describeMachine() {
  const processors = cpus();
  const model = processors[0]?.model.trim().replace(/\s+/g, ' ') ?? 'unknown CPU';
  const [oneMinuteLoad] = loadavg();
  return {
    cpu: model,
    cores: processors.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAtStart: oneMinuteLoad,
  };
}

export function machineLine(machine) {
  const load = machine.loadAtStart.toFixed(2);
  // A 1-minute load average near or above the core count means other work shared the CPU: the figures are noisy.
  const busy = machine.loadAtStart >= machine.cores * 0.5 ? ' (busy: re-measure on a quiet machine)' : '';
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}, load ${load} at start${busy}`;
}
