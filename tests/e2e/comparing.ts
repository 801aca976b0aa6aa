import type { Locator, Page } from '@playwright/test';
import { expect } from './shell';

/** Helpers for the Compare view's end-to-end tests: open it, open a theme, find a card or a link row. */

export const view = (page: Page): Locator => page.locator('.compare-view');
export const matrix = (page: Page): Locator => view(page).locator('table.matrix');

/** Opens the Compare view from the toolbar and waits for the matrix (the first comparison takes a few seconds). */
export async function openCompare(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(matrix(page)).toBeVisible({ timeout: 45_000 });
}

/** Opens a theme from the matrix by its name. */
export async function openTheme(page: Page, name: string): Promise<void> {
  await matrix(page).getByRole('button', { name, exact: true }).click();
  await expect(view(page).getByRole('heading', { level: 3, name })).toBeVisible();
}

/** The link row whose two ends hold these texts. */
export const linkRow = (page: Page, from: string, to: string): Locator =>
  view(page)
    .locator('.link-row')
    .filter({ has: page.locator('.link-from', { hasText: from }) })
    .filter({ has: page.locator('.link-to', { hasText: to }) });

/** The commitment card holding this text. */
export const card = (page: Page, text: string): Locator => view(page).locator('.commitment-card', { hasText: text });
