import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

/** autocannon against one URL of 127.0.0.1 for a fixed time; only 2xx answers count. */
export async function loadTest(url: string, seconds: number, headers: Record<string, string> = {}, connections = 10): Promise<LoadResult> {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`load only 127.0.0.1, not ${url}`);
  const result = await autocannon({ url, duration: seconds, connections, pipelining: 1, headers, timeout: 10 });
  if (result['2xx'] === 0) throw new Error(`no 2xx answer from ${url} (${result.non2xx} non-2xx, ${result.errors} errors)`);
  return {
    requestsPerSecond: result['2xx'] / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
