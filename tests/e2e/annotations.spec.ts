import { highlight, items, panel, selectQuote } from './annotating';
import { MEETING, openPanes, pane, scroller, seriousViolations } from './reading';
import { expect, test } from './shell';

const ROUND_TABLE = 'table ronde sur l’inclusion numérique';
const AI_FACTORY = 'l’usine d’IA existante au Luxembourg';
const SCALE = 'réaliser des économies d’échelle';

test('create, colour, note and tag highlights; reload keeps them; search finds the note; undo a delete', async ({ page, shell }) => {
  await page.goto(shell.url);
  await openPanes(page, [{ source: MEETING }]);

  // One click on a colour highlights the selection.
  await selectQuote(page, 0, ROUND_TABLE);
  await page.getByRole('button', { name: 'Highlight in green' }).click();
  await expect(highlight(page, 0, ROUND_TABLE)).toHaveClass(/color-green/);
  await expect(highlight(page, 0, ROUND_TABLE)).toHaveText(ROUND_TABLE);
  await expect(page.locator('.selection-popover')).toHaveCount(0);

  // "Note and tags…": colour, a markdown note, tags.
  await selectQuote(page, 0, AI_FACTORY);
  await page.getByRole('button', { name: 'Note and tags…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New annotation' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.subject-quote')).toHaveText(AI_FACTORY);
  await dialog.getByLabel('Pink').check();
  await dialog.getByLabel(/^Note/).fill('Suivre **l’usine d’IA** avec le Grand-Duché <script>alert(1)</script>');
  await expect(dialog.locator('.annotation-preview strong')).toHaveText('l’usine d’IA');
  await expect(dialog.locator('.annotation-preview script')).toHaveCount(0);
  const tag = dialog.getByRole('combobox', { name: 'Tags' });
  await tag.fill('intelligence artificielle');
  await tag.press('Enter');
  await tag.fill('Benelux');
  await tag.press('Enter');
  await page.screenshot({ path: 'test-results/screens/annotations-editor.png' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  const pink = highlight(page, 0, AI_FACTORY);
  await expect(pink).toHaveClass(/color-pink/);
  await expect(pink).toHaveAttribute('title', /Suivre l’usine d’IA avec le Grand-Duché.*#intelligence artificielle #Benelux/);

  // Tags already used are offered while typing (accent- and case-insensitive).
  await selectQuote(page, 0, SCALE);
  await page.keyboard.press('Control+Shift+H');
  const second = page.getByRole('dialog', { name: 'New annotation' });
  await second.getByRole('combobox', { name: 'Tags' }).fill('bene');
  await expect(second.getByRole('option', { name: '#Benelux' })).toBeVisible();
  await second.getByRole('combobox', { name: 'Tags' }).press('ArrowDown');
  await second.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await expect(second.locator('.tag-chip')).toHaveText(['#Benelux×']);
  await second.getByRole('combobox', { name: 'Tags' }).press('Control+Enter');
  await expect(second).toHaveCount(0);
  await expect(highlight(page, 0, SCALE)).toHaveClass(/color-yellow/);

  // The panel lists them by source and position; filters narrow the list (text ignores case and accents).
  await page.getByRole('tab', { name: /^Annotations/ }).click();
  await expect(items(page)).toHaveCount(3);
  await expect(items(page).locator('.item-quote')).toHaveText([`“${SCALE}”`, `“${ROUND_TABLE}”`, `“${AI_FACTORY}”`]);
  await panel(page).getByLabel('Text in note, tags or quote').fill('GRAND-DUCHE');
  await expect(items(page)).toHaveCount(1);
  await panel(page).getByLabel('Text in note, tags or quote').fill('');
  await panel(page).getByLabel('Tag', { exact: true }).selectOption('Benelux');
  await expect(items(page)).toHaveCount(2);
  await panel(page).getByLabel('Tag', { exact: true }).selectOption('');
  await panel(page).getByLabel('Colour', { exact: true }).selectOption('green');
  await expect(items(page)).toHaveCount(1);
  await panel(page).getByLabel('Colour', { exact: true }).selectOption('');
  await expect(items(page)).toHaveCount(3);
  await page.screenshot({ path: 'test-results/screens/annotations-panel.png' });
  expect(await seriousViolations(page), 'axe: panel open, highlights shown').toEqual([]);

  // Reload: everything is there (written before each call resolved).
  await page.reload();
  await expect(highlight(page, 0, ROUND_TABLE)).toHaveClass(/color-green/, { timeout: 15_000 });
  await page.getByRole('tab', { name: /^Annotations/ }).click();
  await expect(items(page)).toHaveCount(3);

  // Search finds the note, in a group of its own; a click goes to the passage.
  await page.getByRole('searchbox', { name: 'Search all sources' }).fill('Grand-Duché');
  await expect(page.locator('.annotation-results')).toBeVisible();
  await expect(page.locator('.annotation-results .result')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/annotations-search.png' });
  await page.locator('.annotation-results .result').click();
  await expect(highlight(page, 0, AI_FACTORY)).toHaveClass(/selected/);
  await expect(highlight(page, 0, AI_FACTORY)).toBeInViewport();

  // Delete, then undo (Ctrl+Z) and redo (Ctrl+Shift+Z).
  await page.getByRole('tab', { name: /^Annotations/ }).click();
  await items(page).filter({ hasText: ROUND_TABLE }).getByRole('button', { name: 'Delete' }).click();
  await expect(highlight(page, 0, ROUND_TABLE)).toHaveCount(0);
  await expect(items(page)).toHaveCount(2);
  await scroller(page, 0).focus();
  await page.keyboard.press('Control+z');
  await expect(highlight(page, 0, ROUND_TABLE)).toHaveCount(1);
  await expect(items(page)).toHaveCount(3);
  await page.keyboard.press('Control+Shift+Z');
  await expect(highlight(page, 0, ROUND_TABLE)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(highlight(page, 0, ROUND_TABLE)).toHaveCount(1);

  // Ctrl+Z inside a text field is the field's own undo, not an annotation's.
  await panel(page).getByLabel('Text in note, tags or quote').fill('x');
  await panel(page).getByLabel('Text in note, tags or quote').press('Control+z');
  await expect(highlight(page, 0, ROUND_TABLE)).toHaveCount(1);
  await panel(page).getByLabel('Text in note, tags or quote').fill('');

  await page.getByLabel('Theme').selectOption('dark');
  await expect(pane(page, 0).locator('mark.annotation').first()).toBeVisible();
  expect(await seriousViolations(page), 'axe: dark theme').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/annotations-dark.png' });
});
