import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { builtWebApp, keepScreenshots, logIn, startBrowser } from './browser.js';
import type { Person } from './people.js';
import { Platform } from './platform.js';

type PlatformOptions = NonNullable<Parameters<typeof Platform.start>[0]>;

/** The platform and Chromium of one browser test file, ready once the file's first beforeAll ran. */
export interface BrowserSuite {
  readonly platform: Platform;
  readonly browser: Browser;
  /** The gateway's address (the web app and the API), on the file's own port. */
  readonly base: string;
  /**
   * A fresh browser context signed in as `person` through Keycloak's form, from the app's root: the
   * page once it has landed where `landing` matches (the staff app or the portal by default).
   */
  signIn(person: Person, options?: { landing?: RegExp; context?: BrowserContextOptions }): Promise<Page>;
}

/**
 * The set-up every browser test file repeats: the platform on the file's gateway port (one of the dev
 * realm's redirect URIs) serving the built web app, Chromium, the screenshots kept after each test,
 * and both stopped at the end. Call it first in the `describe` block: Jest runs `beforeAll` hooks in
 * the order they are declared, so the file's own set-up finds the platform and the browser ready.
 */
export function browserSuite(name: string, port: number, options: PlatformOptions = {}): BrowserSuite {
  let platform: Platform | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    platform = await Platform.start({ ...options, httpPort: port, webDist: builtWebApp() });
    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, name));

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  const base = `http://127.0.0.1:${port}`;
  const ready = <Thing>(thing: Thing | undefined, what: string): Thing => {
    if (thing === undefined) throw new Error(`${what} is not started yet: use it in a hook or a test`);
    return thing;
  };
  return {
    get platform() {
      return ready(platform, 'the platform');
    },
    get browser() {
      return ready(browser, 'the browser');
    },
    base,
    async signIn(person, { landing = /\/(app|portal)/, context } = {}) {
      const page = await (await ready(browser, 'the browser').newContext(context)).newPage();
      await page.goto(`${base}/`);
      await logIn(page, person.email, person.password);
      await page.waitForURL(landing, { timeout: 30_000 });
      return page;
    },
  };
}
