import { items, panel } from './annotating';
import { card, linkRow, openCompare, openTheme, view } from './comparing';
import { seriousViolations } from './reading';
import { expect, test } from './shell';

/**
 * Annotations in the Compare view (the annotations view's `AnnotateButton` in the Compare view's
 * slots): a commitment and a link are annotated through the shared editor, shown on their card and
 * row (count, colour, note; a click edits), kept after a reload and listed in the Annotations panel.
 * Screenshots: test-results/screens/compare-annotated{,-card}.png.
 */

const HANDOVER = 'seamless handover';
const GROWTH = 'Pour soutenir la croissance numérique';

test('annotate a commitment and a link in the Compare view; reload: they are on the card and the row, and in the Annotations panel', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await openCompare(page);
  await openTheme(page, 'Connectivity');

  // A commitment: "Annotate" on its card opens the shared editor on the whole commitment.
  const handover = card(page, HANDOVER).first();
  await handover.getByRole('button', { name: /^Annotate .*seamless handover/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New annotation' });
  await expect(dialog).toContainText(/Commitment: .*seamless handover/);
  await dialog.getByLabel('Blue').check();
  await dialog.getByLabel(/^Note/).fill('Check the **handover** against the 2025 roaming figures');
  await dialog.getByRole('combobox', { name: 'Tags' }).fill('roaming');
  await dialog.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(handover.locator('.annotate-button')).toHaveText('1 note');
  await expect(handover.locator('.annotate-button')).toHaveClass(/annotated color-blue/);
  await expect(handover.locator('.item-note')).toHaveText(/Check the handover against the 2025 roaming figures #roaming/);
  await handover.scrollIntoViewIfNeeded();
  await page.mouse.move(5, 5);
  await page.screenshot({ path: 'test-results/screens/compare-annotated-card.png' });

  // A link: "Annotate" on its row, the editor names both ends.
  const link = linkRow(page, HANDOVER, GROWTH).first();
  await link.getByRole('button', { name: /^Annotate / }).click();
  const linkDialog = page.getByRole('dialog', { name: 'New annotation' });
  await expect(linkDialog).toContainText(/Link: En ce qui concerne .*↔ Pour soutenir la croissance/);
  await linkDialog.getByLabel('Pink').check();
  await linkDialog.getByLabel(/^Note/).fill('Same promise, four years later');
  await linkDialog.getByRole('button', { name: 'Save' }).click();
  await expect(linkDialog).toHaveCount(0);
  await expect(link.locator('.annotate-button')).toHaveText('1 note');
  await expect(link.locator('.item-note')).toHaveClass(/color-pink/);
  await expect(link.locator('.item-note')).toHaveText(/Same promise, four years later/);
  await link.scrollIntoViewIfNeeded();
  await page.mouse.move(5, 5);
  await page.screenshot({ path: 'test-results/screens/compare-annotated.png' });
  expect(await seriousViolations(page), 'axe: annotated cards and rows').toEqual([]);

  // Reload: both are there, on the card and the row.
  await page.reload();
  await openCompare(page);
  await openTheme(page, 'Connectivity');
  const again = card(page, HANDOVER).first();
  await expect(again.locator('.annotate-button')).toHaveText('1 note', { timeout: 15_000 });
  await expect(again.locator('.item-note')).toHaveText(/handover against the 2025 roaming figures/);
  await expect(linkRow(page, HANDOVER, GROWTH).first().locator('.item-note')).toHaveText(/Same promise, four years later/);

  // A note on the card opens the editor on it; a change is kept.
  await again.locator('.item-note button').click();
  const edit = page.getByRole('dialog', { name: 'Edit annotation' });
  await expect(edit.getByLabel(/^Note/)).toHaveValue('Check the **handover** against the 2025 roaming figures');
  await edit.getByLabel(/^Note/).fill('Check the **handover** against the 2025 roaming figures (DESI)');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(again.locator('.item-note')).toHaveText(/roaming figures \(DESI\)/);

  // The Annotations panel lists both (the side panel comes back when the Compare view closes).
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(view(page)).toHaveCount(0);
  await page.getByRole('tab', { name: /^Annotations/ }).click();
  await expect(items(page)).toHaveCount(2);
  await expect(panel(page).locator('.annotation-item.color-blue')).toContainText('On a commitment');
  await expect(panel(page).locator('.annotation-item.color-blue')).toContainText('roaming figures (DESI)');
  await expect(panel(page).locator('.annotation-item.color-pink')).toContainText('On a link between commitments');
  await expect(panel(page).locator('.annotation-item.color-pink')).toContainText('Same promise, four years later');

  // Help lists the Compare view's shortcut; Ctrl+Shift+K opens it.
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog').locator('tr', { hasText: 'Show or hide the Compare view' })).toContainText('Ctrl/⌘+Shift+K');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+K');
  await expect(view(page)).toBeVisible();
});
