import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { repoRoot } from '@client-portal/kit';

/**
 * What every browser test shares: Debian's Chromium driven by Playwright (headless), the built web
 * app, Keycloak's own login form, data-testid selectors, the screen sizes checked and the screenshots
 * kept under test-results/ for a person (or CI's artifacts) to look at. Each test file keeps its own
 * gateway port: the realm registers 18081-18105 as redirect URIs of client-portal-web.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A common phone (iPhone 12 to 15) and a laptop screen: every screen must work on both. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
/** The narrowest phones still in use: checked on the busiest screens. */
export const NARROWEST = { width: 360, height: 740 };

export type Viewport = typeof DESKTOP;

function checkChromium(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set CHROMIUM_PATH`,
    );
}

/**
 * The built web app (web/dist) the gateway serves. Checks Chromium too, so that a missing
 * prerequisite fails the file before the platform starts.
 */
export function builtWebApp(): string {
  const webDist = path.join(repoRoot(), 'web', 'dist');
  if (!existsSync(path.join(webDist, 'index.html')))
    throw new Error('web/dist is missing: npm test builds it (or run `npm run build -w web`)');
  checkChromium();
  return webDist;
}

/**
 * Content-Security-Policy violations seen by any page of any browser this file started (issue 14,
 * hardening): the `securitypolicyviolation` events of every frame and Chromium's "Refused to ..."
 * console messages. The afterEach below fails the test that caused them.
 */
const cspViolations: string[] = [];

/**
 * Runs in every frame before its own scripts (a string: the e2e code is typed without the DOM): reports
 * each violation as a console error, where the page's listener below sees it.
 */
const REPORT_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('CSP violation: ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') +
    ' on ' + event.documentURI + (event.sample ? ' (' + event.sample + ')' : ''));
});`;

async function watchForViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: REPORT_VIOLATIONS });
  const watch = (page: Page): void => {
    page.on('console', (message) => {
      const text = message.text();
      if (/^CSP violation:|^Refused to /.test(text)) cspViolations.push(`${page.url()}: ${text}`);
    });
  };
  for (const page of context.pages()) watch(page);
  context.on('page', watch);
}

/**
 * Every test of a file that drives a browser fails on a CSP violation: registered when this module
 * loads, i.e. at the top level of each browser test file. Violations of the web app, the API's pages
 * and Keycloak's pages all count: the policy must let every page the journeys visit do its work.
 */
if (typeof afterEach === 'function')
  afterEach(() => {
    const seen = cspViolations.splice(0);
    if (seen.length > 0)
      throw new Error(`Content-Security-Policy violations (see docs/security.md):\n${seen.join('\n')}`);
  });

/** Chromium, headless, without the sandbox (containers) and without its background chatter. */
export async function startBrowser(): Promise<Browser> {
  checkChromium();
  const browser = await launchChromium();
  // Each new context (browser.newPage makes one too) reports its pages' CSP violations.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...options: Parameters<Browser['newContext']>) => {
    const context = await newContext(...options);
    await watchForViolations(context);
    return context;
  };
  return browser;
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

function resultsDirectory(): string {
  const directory = path.join(repoRoot(), 'test-results');
  mkdirSync(directory, { recursive: true });
  return directory;
}

/**
 * Keeps what every open page shows as test-results/<prefix>-page-<n>.png: called after each test, so
 * a failure leaves the screens it failed on.
 */
export async function keepScreenshots(browser: Browser | undefined, prefix: string): Promise<void> {
  if (!browser) return;
  const directory = resultsDirectory();
  let index = 0;
  for (const context of browser.contexts())
    for (const page of context.pages())
      await page
        .screenshot({ path: path.join(directory, `${prefix}-page-${++index}.png`), fullPage: true })
        .catch(() => undefined);
}

/** A full-page screenshot kept as test-results/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(resultsDirectory(), `${name}.png`), fullPage: true });
}

/** Fills Keycloak's login form (the page must be on its way to it). */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.waitForSelector('#username', { timeout: 30_000 });
  await page.fill('#username', email);
  await page.fill('#password', password);
  await page.click('#kc-login');
}

export const byTestId = (page: Page, id: string): Locator => page.locator(`[data-testid="${id}"]`);

/** Waits until one of the locator's elements shows the text. */
export async function expectText(locator: Locator, text: string, timeout = 15_000): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout });
}

/**
 * Resizes the page, checks that nothing scrolls sideways (the page is no wider than the window) and
 * that each main action is inside the window's width, visible and clickable (a trial click runs
 * Playwright's actionability checks: attached, visible, stable, enabled, not covered), then keeps a
 * screenshot under test-results/layout-<name>.png for a person to look at.
 */
export async function checkLayout(
  page: Page,
  name: string,
  viewport: Viewport,
  actions: Locator[] = [],
): Promise<void> {
  await page.setViewportSize(viewport);
  // A string expression: the e2e files are compiled without the DOM's types.
  const widths = await page.evaluate<{ page: number; window: number }>(
    '({ page: document.documentElement.scrollWidth, window: window.innerWidth })',
  );
  expect({ name, ...widths }).toEqual({
    name,
    page: Math.min(widths.page, viewport.width),
    window: viewport.width,
  });
  for (const action of actions) {
    await action.scrollIntoViewIfNeeded();
    const box = await action.boundingBox();
    expect(box).not.toBeNull();
    if (box) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    }
    await action.click({ trial: true, timeout: 5_000 });
  }
  // From the top, so the sticky header is drawn where a person sees it.
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, `layout-${name}`);
}

/** Opens a URL of the app and logs in through Keycloak's form on the way (the app redirects there). */
export async function openAs(
  page: Page,
  url: string,
  person: { email: string; password: string },
): Promise<void> {
  await page.goto(url);
  await logIn(page, person.email, person.password);
}

/**
 * checkLayout at PHONE (with the screen's main actions) then at DESKTOP, keeping both screenshots as
 * layout-<name>-phone / -desktop; the page is left at DESKTOP for the next steps.
 */
export async function checkBothLayouts(page: Page, name: string, actions: Locator[] = []): Promise<void> {
  await checkLayout(page, `${name}-phone`, PHONE, actions);
  await checkLayout(page, `${name}-desktop`, DESKTOP, actions);
}
