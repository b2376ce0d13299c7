import { expect, type Page } from '@playwright/test';

/** Runs an action, waits for the call to `method` it makes, and checks the back end accepted it. */
export async function saving(page: Page, method: string, action: () => Promise<unknown>): Promise<void> {
  const response = page.waitForResponse((r) => r.url().endsWith(`/api/${method}`));
  await action();
  const r = await response;
  expect(r.ok(), `${method}: ${await r.text()}`).toBe(true);
}
