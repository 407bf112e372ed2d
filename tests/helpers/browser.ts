/**
 * Headless Debian Chromium through playwright-core (never `playwright install`), with the page's
 * console errors collected, and helpers that read what a user sees: drawn charts and table cells.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from './server.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Tests run beside each other on a busy machine: no page may be treated as in the background.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export interface TestBrowser {
  browser: Browser;
  page: Page;
  consoleErrors: string[];
  /** Waits until the chart has drawn more than `minPaths` SVG paths; returns ms since navigation started. */
  chartDrawn: (testId: string, minPaths?: number) => Promise<number>;
  /** The table's body as cell texts, row by row. */
  tableCells: (testId: string) => Promise<string[][]>;
}

export async function openBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({ executablePath, args });
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  return {
    browser,
    page,
    consoleErrors,
    chartDrawn: async (testId, minPaths = 10) => {
      const handle = await page.waitForFunction(
        ([id, n]) => {
          const paths = document.querySelectorAll(`[data-testid="${id}"] svg path`).length;
          return paths > Number(n) ? performance.now() : false;
        },
        [testId, minPaths] as const,
        { timeout: 20_000 },
      );
      return Math.round(Number(await handle.jsonValue()));
    },
    tableCells: (testId) =>
      page.$$eval(`[data-testid="${testId}"] tbody tr`, (rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
      ),
  };
}

/** Logs in through the login page as a user would (demo users' password: demo). */
export async function logIn(page: Page, url: string, username: string, password = 'demo'): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /^(登录|Log in)$/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/**
 * A browser test file's fixture: a real server on a fresh seeded database and a browser logged
 * in as `user` (the bureau by default), started before its tests and closed after. Read
 * `suite.server` and `suite.b` inside tests.
 */
export function browserSuite(before?: () => void, user = 'bureau') {
  const suite = {} as { server: TestServer; b: TestBrowser; open: (path: string) => Promise<unknown> };
  beforeAll(async () => {
    before?.();
    suite.server = await startTestServer();
    suite.b = await openBrowser();
    await logIn(suite.b.page, suite.server.app.url, user);
    suite.open = (path) => suite.b.page.goto(`${suite.server.app.url}${path}`);
  });
  afterAll(async () => {
    await suite.b?.browser.close();
    await suite.server?.close();
  });
  return suite;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type Violation = { id: string; impact: string; nodes: Array<{ target: string[] }> };

/** Waits until the page shows its content (a card, an empty state or an error) and its charts have drawn in. */
export async function settled(page: Page, ms = 600): Promise<void> {
  await page.locator('.card, .el-empty, [role="alert"]').first().waitFor();
  await page.waitForTimeout(ms);
}

/** axe-core's serious and critical WCAG 2 A/AA violations on the page once it has drawn, as `id: targets`. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await settled(page);
  // Evaluated, not a script tag: the app's CSP allows no inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (d: Document, o: unknown) => Promise<{ violations: Violation[] }> } }
    ).axe;
    const { violations } = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/**
 * Full-page screenshots of the page as it is, desktop (1440 px) and phone (390 px), into
 * SCREENSHOT_DIR as `NAME-desktop.png` and `NAME-phone.png`; nothing when it is not set.
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  for (const [width, height, tag] of [
    [1440, 900, 'desktop'],
    [390, 844, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(dir, `${name}-${tag}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
