/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser and use its globals.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

/** Debian's Chromium (the `chromium` package); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The flags Chromium needs as root on a machine without internet. Playwright's launch() gives
 * every browser a fresh, temporary --user-data-dir of its own (and refuses one passed here).
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where a failing step leaves its screenshot and the page's console log. */
export const ARTIFACTS_DIR = path.resolve(__dirname, '../../test-results/browser');

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * One person at one browser: its own context (cookies, sessionStorage), its viewport, and the
 * page's console kept so a test can require that no page logged an error.
 */
export class Actor {
  readonly log: string[] = [];
  readonly errors: string[] = [];
  private allowed: RegExp[] = [];

  private constructor(
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('console', (message: ConsoleMessage) => this.record(message.type(), message.text()));
    page.on('pageerror', (error) => this.record('pageerror', `${error.name}: ${error.message}`));
  }

  static async open(browser: Browser, name: string, baseUrl: string, viewport = DESKTOP): Promise<Actor> {
    const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    context.setDefaultTimeout(15_000);
    return new Actor(name, context, await context.newPage());
  }

  private record(type: string, text: string): void {
    this.log.push(`[${type}] ${text}`);
    if ((type === 'error' || type === 'pageerror') && !this.allowed.some((pattern) => pattern.test(text))) this.errors.push(text);
  }

  /** An error the step provokes on purpose (the browser logs a refused request, e.g. 403). */
  allowConsoleError(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  /**
   * Runs one step of the story; when it fails, saves a screenshot and the console log beside
   * it and says where they are.
   */
  async step<T>(title: string, run: (page: Page) => Promise<T>): Promise<T> {
    try {
      return await run(this.page);
    } catch (error) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const base = path.join(ARTIFACTS_DIR, `${this.name}-${title}`.replace(/[^a-zA-Z0-9_-]+/g, '-').slice(0, 120));
      await this.page.screenshot({ path: `${base}.png`, fullPage: true }).catch(() => undefined);
      writeFileSync(`${base}.log`, `${this.page.url()}\n${this.log.join('\n')}\n`);
      if (error instanceof Error) error.message = `${this.name}: ${title}: ${error.message}\n(screenshot and log: ${base}.png/.log)`;
      throw error;
    }
  }

  /** axe-core's serious and critical violations on the page as it is now. */
  async seriousViolations(): Promise<AxeViolation[]> {
    // evaluate() runs over the DevTools protocol, which the page's CSP does not govern; a
    // <script> tag (addScriptTag) would be refused by the console's script-src 'self'.
    await this.page.evaluate(AXE_SOURCE);
    const violations = await this.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    });
    return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  }

  /** Fails the step when axe finds a serious or critical violation. */
  async expectAccessible(what: string): Promise<void> {
    const violations = await this.seriousViolations();
    if (violations.length > 0) throw new Error(`${what}: axe-core found ${JSON.stringify(violations, null, 1)}`);
  }

  /** True when the page is wider than the viewport (sideways scrolling). */
  async scrollsSideways(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
