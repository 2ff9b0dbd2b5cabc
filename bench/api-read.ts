import { loadTest } from './load';
import { freePort } from '@kdmp/testing';
import { MeasuredProcess } from './measured-process';

export interface ReadComparison {
  bareRouteRequestsPerSecond: number;
  cooperativeReadRequestsPerSecond: number;
  cooperativeReadP99Ms: number;
}

/**
 * The bare-route baseline and `GET /v1/cooperatives/:id` (as the admin) under the same
 * autocannon load, run back to back so both see the same machine and the same table.
 */
export class ReadBenchmark {
  private constructor(
    private readonly bare: MeasuredProcess,
    private readonly bareUrl: string,
  ) {}

  static async start(databaseUrl: string): Promise<ReadBenchmark> {
    const port = await freePort();
    const bare = new MeasuredProcess('bare-route', {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
    }, { entry: 'dist/bench/bare-route-server.js' });
    await bare.start();
    return new ReadBenchmark(bare, `http://127.0.0.1:${port}`);
  }

  /** One short untimed round of each, so neither is measured cold. */
  async warmUp(apiBaseUrl: string, cooperativeId: string, adminToken: string): Promise<void> {
    await this.run(apiBaseUrl, cooperativeId, adminToken, 1);
  }

  async run(apiBaseUrl: string, cooperativeId: string, adminToken: string, seconds: number): Promise<ReadComparison> {
    const bare = await loadTest(`${this.bareUrl}/bare/cooperatives/${cooperativeId}`, seconds);
    const api = await loadTest(`${apiBaseUrl}/v1/cooperatives/${cooperativeId}`, seconds, { authorization: `Bearer ${adminToken}` });
    if (api.non2xx > 0 || bare.non2xx > 0) throw new Error(`non-2xx answers under load: api ${api.non2xx}, bare route ${bare.non2xx}`);
    return {
      bareRouteRequestsPerSecond: bare.requestsPerSecond,
      cooperativeReadRequestsPerSecond: api.requestsPerSecond,
      cooperativeReadP99Ms: api.p99Ms,
    };
  }

  get peakRssMiB(): number {
    this.bare.recordPeak();
    return this.bare.peakRssMiB;
  }

  stop(): Promise<void> {
    return this.bare.stop();
  }
}
