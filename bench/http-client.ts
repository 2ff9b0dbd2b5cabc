/** JSON over HTTP to the API on 127.0.0.1, failing on any status but the expected one. */
export class HttpClient {
  constructor(readonly baseUrl: string) {
    const host = new URL(baseUrl).hostname;
    if (host !== '127.0.0.1') throw new Error(`the bench talks only to 127.0.0.1, not ${host}`);
  }

  async request<T = any>(
    method: string,
    path: string,
    { body, token, expect }: { body?: unknown; token?: string; expect: number },
  ): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (response.status !== expect) {
      throw new Error(`${method} ${path}: expected ${expect}, got ${response.status} ${text.slice(0, 500)}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  post<T = any>(path: string, body: unknown, expect: number, token?: string): Promise<T> {
    return this.request<T>('POST', path, { body, token, expect });
  }

  get<T = any>(path: string, token: string, expect = 200): Promise<T> {
    return this.request<T>('GET', path, { token, expect });
  }
}
