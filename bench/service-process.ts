import { Queue } from 'bullmq';
import { QUEUES } from '@kdmp/contracts';
import { freePort, SERVICE_NAMES, ServiceName } from '@kdmp/testing';
import { REDIS_URL } from './bench-environment';
import { MeasuredProcess } from './measured-process';

/**
 * The three services against the bench environment, the API on a free port of 127.0.0.1.
 * At LOG_LEVEL=warn the services do not log "ready", so each is ready once its probe says so:
 * the api's readiness route, a worker consuming the workflow's or the notifier's queue.
 */
export class Services {
  readonly byName: Record<ServiceName, MeasuredProcess>;

  private constructor(
    env: Record<string, string>,
    readonly baseUrl: string,
    nodeArgs: readonly string[],
  ) {
    const apiReady = async () => (await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) })).ok;
    const consuming = (queue: string) => async () => {
      const probe = new Queue(queue, { connection: redisOptions(), prefix: env.QUEUE_PREFIX });
      try {
        return (await probe.getWorkersCount()) > 0;
      } finally {
        await probe.close();
      }
    };
    const probes: Record<ServiceName, () => Promise<boolean>> = {
      api: apiReady,
      workflow: consuming(QUEUES.PIPELINE),
      notifier: consuming(QUEUES.NOTIFICATIONS),
    };
    this.byName = Object.fromEntries(
      SERVICE_NAMES.map((name) => [name, new MeasuredProcess(name, env, { isReady: probes[name], nodeArgs })]),
    ) as Record<ServiceName, MeasuredProcess>;
  }

  /** `nodeArgs` go to every service's node (the bench's `--cpu-prof DIR`). */
  static async start(env: Record<string, string>, nodeArgs: readonly string[] = []): Promise<Services> {
    const port = await freePort();
    const services = new Services({ ...env, PORT: String(port) }, `http://127.0.0.1:${port}`, nodeArgs);
    try {
      await Promise.all(SERVICE_NAMES.map((name) => services.byName[name].start()));
    } catch (error) {
      await services.stopAll();
      throw error;
    }
    return services;
  }

  async stopAll(): Promise<void> {
    await Promise.all(SERVICE_NAMES.map((name) => this.byName[name].stop()));
  }

  peakRss(): Record<ServiceName, number> {
    for (const name of SERVICE_NAMES) this.byName[name].recordPeak();
    return Object.fromEntries(SERVICE_NAMES.map((name) => [name, this.byName[name].peakRssMiB])) as Record<ServiceName, number>;
  }
}

function redisOptions() {
  const url = new URL(REDIS_URL);
  return { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null };
}
