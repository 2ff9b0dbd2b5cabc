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

