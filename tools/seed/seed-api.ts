import { JsonClient, JsonResponse } from '@kdmp/testing';

/**
 * The API as the seed uses it: JSON calls, and logins that wait out the login limit (429 with
 * Retry-After, per client address and per account) instead of failing, so the seed works with
 * the default LOGIN_ATTEMPTS_PER_MINUTE.
 */
export class SeedApi {
  private readonly client: JsonClient;

  constructor(
    readonly baseUrl: string,
    private readonly say: (line: string) => void,
  ) {
    this.client = new JsonClient(baseUrl, 60_000);
  }

  call<T = any>(method: string, path: string, token: string | null, body?: unknown): Promise<JsonResponse<T>> {
    return this.client.call<T>(method, path, { token, body });
  }

  /** The bearer token, or null when the API refuses the password (401). */
  async tryLogin(email: string, password: string): Promise<string | null> {
    for (;;) {
      const response = await this.call<{ accessToken?: string; detail?: string }>('POST', '/v1/auth/login', null, { email, password });
      if (response.status === 200) return response.body.accessToken!;
      if (response.status === 401) return null;
      if (response.status !== 429) throw new Error(`login of ${email} failed (${response.status}): ${response.body?.detail ?? ''}`);
      const seconds = Math.max(1, Number(response.headers.get('retry-after')) || 5);
      this.say(`  the API's login limit was reached; waiting ${seconds} s before logging in ${email}`);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1_000));
    }
  }

  async login(email: string, password: string): Promise<string> {
    const token = await this.tryLogin(email, password);
    if (token === null) throw new Error(`the API refused the password of ${email} (401)`);
    return token;
  }

  /** Every page of a list endpoint (`limit` ≤ 100, `offset`). */
  async all<T>(path: string, token: string): Promise<T[]> {
    const items: T[] = [];
    for (let offset = 0; ; offset += 100) {
      const separator = path.includes('?') ? '&' : '?';
      const page = await this.call<{ items: T[]; total: number }>('GET', `${path}${separator}limit=100&offset=${offset}`, token);
      if (page.status !== 200) throw new Error(`GET ${path}: ${page.status} ${JSON.stringify(page.body)}`);
      items.push(...page.body.items);
      if (page.body.items.length < 100) return items;
    }
  }
}
