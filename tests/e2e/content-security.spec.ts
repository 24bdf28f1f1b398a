import { expect, test } from '@playwright/test';

test('the Content-Security-Policy stops inline and injected script in the real browser', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Upstream' })).toBeVisible();
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { inlineRan?: boolean; handlerRan?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.handlerRan = true');
    img.src = 'data:image/png;base64,broken';
    document.body.append(img);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { inline: w.inlineRan === true, handler: w.handlerRan === true };
  });
  expect(ran).toEqual({ inline: false, handler: false });
  expect(violations.length).toBeGreaterThan(0);
});

test('remote resources are refused by the Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const loaded = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const img = document.createElement('img');
        img.onload = () => resolve(true);
        img.onerror = () => resolve(false);
        img.src = 'https://example.com/tracker.png';
        document.body.append(img);
      }),
  );
  expect(loaded).toBe(false);
});
