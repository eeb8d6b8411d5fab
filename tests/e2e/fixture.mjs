// One test's fresh browser context and page, with the checks every e2e test gets for free:
// no request leaves 127.0.0.1 unless declared (undeclared ones are blocked, declared ones too unless the
// test routes them itself), and no console error or uncaught page error unless declared.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

const LOCAL_HOST = '127.0.0.1';
// Test-only: delays every answer of the page's validation worker by this many ms (E2E_VALIDATION_DELAY_MS), to
// prove tests wait for what the page shows instead of reading once. It lives in the harness, not in the app.
const validationDelayMs = Number(process.env.E2E_VALIDATION_DELAY_MS) || 0;

/** Runs in the page before its scripts: wraps Worker so the validation worker's messages arrive late. */
function delayValidationWorker(delay) {
  const NativeWorker = window.Worker;
  window.Worker = class DelayedWorker extends NativeWorker {
    #delayed;
    #handler = null;
    constructor(url, options) {
      super(url, options);
      this.#delayed = /validation\.worker/.test(String(url));
    }
    get onmessage() {
      return this.#delayed ? this.#handler : super.onmessage;
    }
    set onmessage(handler) {
      if (!this.#delayed) {
        super.onmessage = handler;
        return;
      }
      this.#handler = handler;
      super.onmessage = handler ? (event) => setTimeout(() => this.#handler?.(event), delay) : null;
    }
  };
}
const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:']);

/** Turns a host name, RegExp or predicate into a predicate over URL objects. */
function urlMatcher(expected) {
  if (typeof expected === 'function') return expected;
  if (expected instanceof RegExp) return (url) => expected.test(url.href);
  if (typeof expected === 'string') return (url) => url.hostname === expected;
  throw new TypeError(`expectRequestTo: give a host name, RegExp or function, not ${typeof expected}`);
}

function describeLocation(message) {
  const { url, lineNumber } = message.location();
  return url ? ` (at ${url}:${lineNumber + 1})` : '';
}

/**
 * Creates the per-test fixture (with E2E_VALIDATION_DELAY_MS set, the validation worker answers that late). The object handed to the test has:
 * page, context, browser, baseURL, requests (each { url, method, resourceType, external, failure? }),
 * consoleErrors (strings), expectRequestTo(hostOrRegExpOrFn), allowConsoleError(RegExp).
 */
export async function createFixture(browser, baseURL, contextOptions = {}) {
  const context = await browser.newContext({ ...contextOptions, baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.setDefaultNavigationTimeout(15_000);

  if (validationDelayMs > 0) await context.addInitScript(delayValidationWorker, validationDelayMs);

  const expectedExternal = [];
  const allowedConsole = [];
  const requests = [];
  const consoleErrors = [];

  const isExternal = (url) => NETWORK_PROTOCOLS.has(url.protocol) && url.hostname !== LOCAL_HOST;

  // Blocks what would leave the machine; a test that expects a request answers it with its own page.route().
  await context.route(
    (url) => isExternal(url),
    (route) => route.abort('blockedbyclient'),
  );
  const records = new Map();
  context.on('request', (request) => {
    const record = {
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      external: isExternal(new URL(request.url())),
      failure: undefined,
    };
    records.set(request, record);
    requests.push(record);
  });
  context.on('requestfailed', (request) => {
    const record = records.get(request);
    if (record) record.failure = request.failure()?.errorText ?? 'failed';
  });
  page.on('console', (message) => {
    if (message.type() === 'error')
      consoleErrors.push(`console.error: ${message.text()}${describeLocation(message)}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught ${error.name}: ${error.message}`));
  page.on('crash', () => consoleErrors.push('the page crashed'));

  const test = {
    page,
    context,
    browser,
    baseURL,
    requests,
    consoleErrors,
    expectRequestTo(expected) {
      expectedExternal.push(urlMatcher(expected));
    },
    allowConsoleError(pattern) {
      if (!(pattern instanceof RegExp)) throw new TypeError('allowConsoleError takes a RegExp');
      allowedConsole.push(pattern);
    },
  };

  /** Problems the harness itself detected; empty when the test was clean. */
  function problems() {
    const found = [];
    for (const request of requests) {
      if (!request.external) continue;
      const url = new URL(request.url);
      if (!expectedExternal.some((matches) => matches(url))) {
        found.push(`unexpected request to another host: ${request.method} ${request.url}`);
      }
    }
    for (const text of consoleErrors) {
      if (!allowedConsole.some((pattern) => pattern.test(text))) found.push(text);
    }
    return found;
  }

  async function screenshot(path) {
    await mkdir(dirname(path), { recursive: true });
    await page.screenshot({ path, fullPage: true, timeout: 5000 });
  }

  async function close() {
    await context.close().catch(() => {});
  }

  return { test, problems, screenshot, close };
}
