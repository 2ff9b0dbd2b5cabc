import { readFileSync } from 'node:fs';

/** Peak resident set size (VmHWM) of a live process, in MiB; NaN when it cannot be read. */
export function peakRssMiB(pid: number | undefined): number {
  return statusFieldKiB(pid, 'VmHWM') / 1024;
}

export function currentRssMiB(pid: number | undefined): number {
  return statusFieldKiB(pid, 'VmRSS') / 1024;
}

function statusFieldKiB(pid: number | undefined, field: string): number {
  if (pid === undefined) return NaN;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) : NaN;
  } catch {
    return NaN;
  }
}

/** The share of the machine's CPU time (0–1) spent busy over the next `ms`: other work skews a benchmark. */
export async function machineBusyShare(ms = 1_000): Promise<number> {
  const sample = () => {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const ticks = fields.map(Number);
    const idle = ticks[3] + (ticks[4] ?? 0);
    return { idle, total: ticks.reduce((sum, value) => sum + value, 0) };
  };
  const before = sample();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = sample();
  const total = after.total - before.total;
  return total > 0 ? 1 - (after.idle - before.idle) / total : NaN;
}
