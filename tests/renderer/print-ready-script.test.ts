import { afterEach, describe, expect, it } from 'vitest';
import { PRINT_READY_ATTRIBUTE, waitForPrintReadyScript } from '@shared/print';

/** Runs the script as the shell's executeJavaScript and the benchmark's page.evaluate do: as an expression. */
function run(script: string): Promise<unknown> {
  return new Function(`return ${script};`)() as Promise<unknown>;
}

afterEach(() => document.documentElement.removeAttribute(PRINT_READY_ATTRIBUTE));

describe('waiting for a print view to be ready', () => {
  it('resolves true at once when the page is already ready', async () => {
    document.documentElement.setAttribute(PRINT_READY_ATTRIBUTE, '');
    await expect(run(waitForPrintReadyScript(1_000))).resolves.toBe(true);
  });

  it('resolves true when the page marks itself ready later, not before', async () => {
    let settled = false;
    const waiting = run(waitForPrintReadyScript(5_000)).then((value) => {
      settled = true;
      return value;
    });
    document.documentElement.setAttribute('data-something-else', '');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    document.documentElement.setAttribute(PRINT_READY_ATTRIBUTE, '');
    await expect(waiting).resolves.toBe(true);
    document.documentElement.removeAttribute('data-something-else');
  });

  it('resolves false when the page never becomes ready', async () => {
    await expect(run(waitForPrintReadyScript(30))).resolves.toBe(false);
  });
});
