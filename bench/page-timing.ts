/**
 * Times a page load from inside the page: performance.now() counts from the navigation's start, so
 * the figure holds no Playwright or CDP round trips, only what the user waits for.
 *
 * An init script (it runs in every document of the context before the page's own scripts) checks
 * named conditions once per animation frame and records, per document, the first frame in which each
 * is true. Checking in requestAnimationFrame means "true in the frame about to be painted": the
 * moment the user could see it.
 *
 * Probes and conditions are plain JavaScript strings on purpose: tsx compiles functions with helper
 * calls (__name) that do not exist in the page, and the app's CSP forbids eval, so Playwright's
 * function-based waitForFunction is not an option either.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** A JavaScript expression, evaluated in the page, that is true once the screen is in the wanted state. */
export type Condition = string;

const MARKS = '__upstreamBenchMarks';

/** Installs the probe for these named conditions in every document the context loads from now on. */
export async function installReadyProbe(context: BrowserContext, conditions: Record<string, Condition>): Promise<void> {
  const checks = Object.entries(conditions)
    .map(([name, condition]) => `[${JSON.stringify(name)}, () => (${condition})]`)
    .join(',\n');
  await context.addInitScript({
    content: `(() => {
  const marks = (window[${JSON.stringify(MARKS)}] = {});
  const pending = new Map([${checks}]);
  const started = performance.now();
  const tick = () => {
    const now = performance.now();
    for (const [name, check] of pending) {
      let ok = false;
      try { ok = Boolean(check()); } catch { ok = false; }
      if (ok) { marks[name] = now; pending.delete(name); }
    }
    if (pending.size > 0 && now - started < 60000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`,
  });
}

/**
 * Waits for the named condition in the page's current document and returns the in-page time (ms since
 * navigation start) of the first frame in which it held. Polling from Node is only for waiting: its
 * cadence does not affect the figure.
 */
export async function readyTime(page: Page, name: string, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A navigation still settling can replace the document under the evaluation; just ask again.
    const value = await page.evaluate(`window[${JSON.stringify(MARKS)}]?.[${JSON.stringify(name)}]`).catch(() => undefined);
    if (typeof value === 'number') return value;
    if (Date.now() > deadline) throw new Error(`"${name}" did not happen within ${timeoutMs} ms on ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// Conditions in the spirit of Playwright's getByRole: accessible name by text content (or aria-label),
// "visible" as Playwright means it (a non-empty box, not visibility:hidden), "enabled" as not :disabled
// and not aria-disabled. Each sample is then checked once with real Playwright locators (see
// startup.bench.ts), so a drift between these and getByRole shows up as an error, not a wrong number.

const ACCESSIBLE_NAME = `(el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\\s+/g, ' ').trim()`;
const IS_VISIBLE = `(el) => { const box = el.getBoundingClientRect(); return box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true }); }`;

/** A heading of this level with exactly this name is visible. */
export function headingVisible(level: number, name: string): Condition {
  return `Array.from(document.querySelectorAll('h${level}, [role="heading"][aria-level="${level}"]')).some((el) => (${ACCESSIBLE_NAME})(el) === ${JSON.stringify(name)} && (${IS_VISIBLE})(el))`;
}

/** A button with exactly this name is visible and enabled. */
export function buttonEnabled(name: string): Condition {
  return `Array.from(document.querySelectorAll('button, [role="button"], input[type="submit"]')).some((el) => ((${ACCESSIBLE_NAME})(el) || el.value) === ${JSON.stringify(name)} && (${IS_VISIBLE})(el) && !el.matches(':disabled') && el.getAttribute('aria-disabled') !== 'true')`;
}

/** Every condition holds in the same frame. */
export function allOf(...conditions: Condition[]): Condition {
  return conditions.map((condition) => `(${condition})`).join(' && ');
}

/**
 * Keystroke timing for search boxes: each keydown in `inputSelector` starts a measurement that ends
 * in the first frame after `targetSelector`'s data-query attribute equals the input's value (the
 * screen says which query its results are for).
 */
export async function installKeystrokeTimer(page: Page, inputSelector: string, targetSelector: string): Promise<void> {
  await page.evaluate(`(() => {
    const input = document.querySelector(${JSON.stringify(inputSelector)});
    const target = document.querySelector(${JSON.stringify(targetSelector)});
    if (!input || !target) throw new Error('keystroke timer: input or target missing');
    const timings = ((window.__keystrokes ??= {})[${JSON.stringify(inputSelector)}] = []);
    let pending = null;
    const settle = () => {
      if (pending === null || target.getAttribute('data-query') !== input.value) return;
      const started = pending;
      pending = null;
      requestAnimationFrame(() => timings.push(performance.now() - started));
    };
    input.addEventListener('keydown', (event) => { pending = event.timeStamp; }, { capture: true });
    // An echo input sets its target in its own input listener, after the value changes.
    input.addEventListener('input', () => queueMicrotask(settle));
    new MutationObserver(settle).observe(target, { attributes: true, attributeFilter: ['data-query'] });
  })()`);
}

/**
 * Types `text` into `selector` one key at a time, waiting for each keystroke's measurement (see
 * installKeystrokeTimer) before the next; returns the timings in ms. `settleMs` is the pause after
 * clearing the box, `pauseMs` the pause between keys.
 */
export async function typeAndTime(page: Page, selector: string, text: string, { settleMs, pauseMs }: { settleMs: number; pauseMs: number }): Promise<number[]> {
  const timings = `window.__keystrokes[${JSON.stringify(selector)}]`;
  await page.fill(selector, '');
  await page.waitForTimeout(settleMs);
  await page.evaluate(`${timings}.length = 0`);
  await page.focus(selector);
  for (let i = 0; i < text.length; i += 1) {
    await page.keyboard.type(text[i]!);
    for (let tries = 0; ; tries += 1) {
      const count = (await page.evaluate(`${timings}.length`)) as number;
      if (count > i) break;
      if (tries > 500) throw new Error(`keystroke ${i + 1} of "${text}" was never reflected in ${selector}`);
      await page.waitForTimeout(10);
    }
    await page.waitForTimeout(pauseMs);
  }
  return (await page.evaluate(`${timings}.slice()`)) as number[];
}
