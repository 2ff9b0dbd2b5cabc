import { readdirSync, readFileSync } from 'node:fs';

/**
 * Watches what else runs on the machine: every second, the CPU time of every process that is
 * neither the bench's (itself and its children) nor Postgres or Redis (which serve it), per
 * phase of the bench. On a shared 2-core machine another process's work skews the figures
 * measured while it ran; the report names those phases.
 */
export class MachineMonitor {
  private timer: NodeJS.Timeout | null = null;
  private previous = new Map<number, number>();
  private previousMachine = machineTicks();
  private phase = 'setup';
  private readonly phases = new Map<string, { foreign: number; machine: number }>();

  start(): this {
    this.previous = this.processTicks().foreign;
    this.timer = setInterval(() => this.sample(), 1_000);
    this.timer.unref();
    return this;
  }

  /** Following samples count towards `phase`. */
  enter(phase: string): void {
    this.sample();
    this.phase = phase;
  }

  /** Share of the machine (0–1) other processes used, per phase. */
  stop(): Record<string, number> {
    this.sample();
    if (this.timer) clearInterval(this.timer);
    return Object.fromEntries([...this.phases].map(([phase, { foreign, machine }]) => [phase, machine > 0 ? foreign / machine : 0]));
  }

  private sample(): void {
    const { foreign } = this.processTicks();
    let used = 0;
    // A process not seen before started since the last sample: all its time counts.
    for (const [pid, ticks] of foreign) used += ticks - (this.previous.get(pid) ?? 0);
    const machine = machineTicks();
    const totals = this.phases.get(this.phase) ?? { foreign: 0, machine: 0 };
    totals.foreign += Math.max(0, used);
    totals.machine += machine - this.previousMachine;
    this.phases.set(this.phase, totals);
    this.previous = foreign;
    this.previousMachine = machine;
  }

  /** CPU ticks (utime + stime) of every process outside the bench's tree and the shared servers. */
  private processTicks(): { foreign: Map<number, number> } {
    const processes = new Map<number, { ppid: number; name: string; ticks: number }>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        processes.set(Number(entry), { ppid: Number(fields[1]), name, ticks: Number(fields[11]) + Number(fields[12]) });
      } catch {
        // gone meanwhile
      }
    }
    const ours = (pid: number): boolean => {
      for (let current = pid, hops = 0; current > 1 && hops < 64; hops++) {
        if (current === process.pid) return true;
        current = processes.get(current)?.ppid ?? 0;
      }
      return false;
    };
    const foreign = new Map<number, number>();
    for (const [pid, { name, ticks }] of processes) {
      if (ours(pid) || name.startsWith('postgres') || name.startsWith('redis-server')) continue;
      foreign.set(pid, ticks);
    }
    return { foreign };
  }
}

/** Every CPU's ticks, busy or idle, since boot. */
function machineTicks(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  return fields.slice(0, 8).reduce((sum, value) => sum + Number(value), 0);
}
