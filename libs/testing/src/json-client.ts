/** One answer of the API: its status, its parsed JSON body (or null) and its headers. */
export interface JsonResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * JSON over HTTP with fetch, for the bench and the seed (the suites use supertest). `call`
 * returns any status; `request` fails on any status but the expected one.
 */
export class JsonClient {
  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 30_000,
  ) {}

  async call<T = any>(method: string, path: string, { body, token }: { body?: unknown; token?: string | null } = {}): Promise<JsonResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  async request<T = any>(method: string, path: string, { body, token, expect }: { body?: unknown; token?: string; expect: number }): Promise<T> {
    const response = await this.call<T>(method, path, { body, token });
    if (response.status !== expect) {
      throw new Error(`${method} ${path}: expected ${expect}, got ${response.status} ${JSON.stringify(response.body).slice(0, 500)}`);
    }
    return response.body;
  }

  post<T = any>(path: string, body: unknown, expect: number, token?: string): Promise<T> {
    return this.request<T>('POST', path, { body, token, expect });
  }

  get<T = any>(path: string, token: string, expect = 200): Promise<T> {
    return this.request<T>('GET', path, { token, expect });
  }
}
