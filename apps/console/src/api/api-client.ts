import { ApiError, NetworkError, type Problem } from './problem';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH';
  body?: unknown;
  /** Sent as `Idempotency-Key`: the same key on a retry makes the server run the command once. */
  idempotencyKey?: string;
  /** Skip the bearer token (sign-in). */
  anonymous?: boolean;
}

/**
 * Calls `/v1` on the same origin. A 401 on an authenticated call means the token expired or
 * was revoked: `onUnauthenticated` ends the session (back to sign-in with a message).
 */
export class ApiClient {
  constructor(
    private readonly token: () => string | null,
    private readonly onUnauthenticated: () => void,
  ) {}

  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = options.anonymous ? null : this.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    let response: Response;
    try {
      response = await fetch(path, {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (cause) {
      throw new NetworkError(cause);
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text().catch((cause: unknown) => {
      throw new NetworkError(cause);
    });
    const body: unknown = text ? safeJson(text) : undefined;
    if (!response.ok) {
      const problem: Problem =
        body && typeof body === 'object' ? { ...(body as Problem), status: response.status } : { status: response.status };
      if (response.status === 401 && token) this.onUnauthenticated();
      throw new ApiError(response.status, problem);
    }
    return body as T;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
