import { ServiceProcess, ServiceProcessOptions } from '@kdmp/testing';
import { peakRssMiB } from './memory';

/**
 * A service process (libs/testing) whose peak RSS is read before each stop, so a service
 * stopped and started again keeps the highest peak of its lives.
 */
export class MeasuredProcess {
  private readonly process: ServiceProcess;
  /** The highest VmHWM seen over every life of this process, MiB. */
  peakRssMiB = NaN;

  constructor(name: string, env: Record<string, string>, options: ServiceProcessOptions) {
    this.process = new ServiceProcess(name, env, { keepLines: 500, startTimeoutMs: 45_000, ...options });
  }

  get name(): string {
    return this.process.name;
  }

  async start(): Promise<this> {
    await this.process.start();
    return this;
  }

  /** Records the peak RSS, then SIGTERM; SIGKILL if it is not gone in 15 s. */
  async stop(): Promise<void> {
    if (!this.process.running) return;
    this.recordPeak();
    await this.process.stop(15_000);
  }

  recordPeak(): void {
    const peak = peakRssMiB(this.process.pid);
    if (!(this.peakRssMiB >= peak)) this.peakRssMiB = peak;
  }

  logs(): string {
    return this.process.logs(60);
  }
}
