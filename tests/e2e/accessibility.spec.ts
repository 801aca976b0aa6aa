import type { Page } from '@playwright/test';
import type { Block, IngestedDocument } from '../../src/shared/model';
import { ANSWER, DESI, fakeSearch, MEETING, openPanes, pane, scroller, seriousViolations } from './reading';
import { expect, test } from './shell';

/** No serious or critical axe-core violation on the screen as it is now. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

test('axe-core finds no serious or critical violation on the main screens, light and dark', async ({ page, shell }) => {
  await fakeSearch(page, shell);
  await page.goto(shell.url);
  await expect(page.locator('.source-card')).toHaveCount(5);
  await expectAccessible(page, 'start');

  await openPanes(page, [{ source: ANSWER, view: 'parallel' }, { source: ANSWER, view: 'fr' }, { source: MEETING }, { source: DESI }]);
  await pane(page, 0).locator('.block', { hasText: 'Daarbij vraagt uw Assemblee' }).click({ clickCount: 3 });
  await expect(pane(page, 1).locator('.follow-note')).toBeVisible();
  await expectAccessible(page, 'four panes, followed');

  await page.getByRole('searchbox', { name: 'Search all sources' }).fill('fibre');
  await expect(page.locator('.result-group').first()).toBeVisible();
  await expectAccessible(page, 'search results');
  await page.getByRole('tab', { name: 'Related' }).click();
  await expectAccessible(page, 'related passages');

  await pane(page, 0).getByRole('button', { name: 'Outline' }).click();
  await expect(page.locator('.outline-popover')).toBeVisible();
  await expectAccessible(page, 'outline open');
  await page.keyboard.press('Escape');

  await pane(page, 3).getByRole('button', { name: 'Collapse pane' }).click();
  await expectAccessible(page, 'a pane collapsed');

  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page, 'dark theme');
  await page.screenshot({ path: 'test-results/screens/reading-dark.png' });

  await page.getByLabel('Interface language').selectOption('nl');
  await expectAccessible(page, 'Dutch interface');

  await page.getByRole('button', { name: 'Hulp en sneltoetsen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'help');
  await page.screenshot({ path: 'test-results/screens/help-dialog.png' });
});

test('keyboard only: search, panes, following, resizing, collapsing, back; focus always visible', async ({ page, shell }) => {
  await fakeSearch(page, shell);
  await page.goto(shell.url);
  await openPanes(page, [{ source: ANSWER, view: 'nl' }, { source: ANSWER, view: 'fr' }, { source: MEETING }]);
  await page.locator('.toolbar .brand').click(); // a neutral spot: nothing there takes the focus

  // Ctrl+F reaches the search box; the query runs; F3 goes to the first hit in the active pane.
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Search all sources' })).toBeFocused();
  await page.keyboard.type('Benelux');
  await expect(page.locator('#search-status')).toContainText('hits');

  // F6 moves the focus into the panes, one after the other; the focused pane shows a ring.
  await page.keyboard.press('F6');
  await expect(scroller(page, 0)).toBeFocused();
  const outline = await scroller(page, 0).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('F3');
  await expect(pane(page, 0).locator('.pane-hits .count')).toHaveText(/hit 1 of/);
  await page.keyboard.press('F6');
  await expect(scroller(page, 1)).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(scroller(page, 0)).toBeFocused();

  // Enter in a pane follows the passage at the reading line: the French pane shows its translation.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Enter');
  await expect(pane(page, 1).locator('.follow-note')).toContainText('translation');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(pane(page, 1).locator('.follow-note')).toHaveCount(0);

  // The separator between panes resizes with the arrow keys.
  const separator = page.getByRole('separator').first();
  await separator.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(separator).toHaveAttribute('aria-valuenow', '45');
  await page.keyboard.press('End');
  await expect(separator).not.toHaveAttribute('aria-valuenow', '45');

  // Every control of a pane header is reachable with Tab, and works with Enter/Space.
  await pane(page, 2).getByRole('button', { name: 'Collapse pane' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('section.pane.collapsed')).toHaveCount(1);
  await page.locator('.pane-expand').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('section.pane.collapsed')).toHaveCount(0);

  // The outline opens from the keyboard, arrows move through it, Enter jumps, Escape closes.
  await pane(page, 0).getByRole('button', { name: 'Outline' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.outline-popover button').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.outline-popover button').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.outline-popover')).toHaveCount(0);
  await expect(pane(page, 0).getByRole('button', { name: 'Outline' })).toBeFocused();

  // Side panel tabs move with the arrow keys.
  await page.getByRole('tab', { name: 'Sources' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Results/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /Results/ })).toHaveAttribute('aria-selected', 'true');

  // F1 opens the help; Escape closes it.
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('footnotes: the marker leads to the note, the note leads back', async ({ page, shell }) => {
  // The bundled sources do not have resolved footnotes yet: give the meeting one, as ingestion will.
  await page.route('**/api/getDocument', async (route) => {
    const response = await route.fetch();
    const envelope = (await response.json()) as { ok: boolean; value: IngestedDocument };
    const doc = envelope.value;
    if (doc.source.id !== MEETING) return route.fulfill({ response });
    const note: Block = {
      ...doc.blocks[0]!,
      id: `${MEETING}:f-note-1`,
      kind: 'footnote',
      marker: '1',
      text: 'Réunion du 24 juin 2025 à Luxembourg.',
      marks: [],
    };
    const blocks = doc.blocks.map((b, i) =>
      i === 4
        ? {
            ...b,
            text: `${b.text}1`,
            marks: [
              ...b.marks,
              { kind: 'footnote-ref' as const, start: b.text.length, end: b.text.length + 1, target: note.id, label: '1' },
            ],
          }
        : b,
    );
    await route.fulfill({ response, json: { ok: true, value: { ...doc, blocks: [...blocks, note] } } });
  });
  await page.goto(shell.url);
  await openPanes(page, [{ source: MEETING }]);
  const sc = scroller(page, 0);
  const marker = sc.locator('.footnote-ref a');
  await expect(marker).toHaveAccessibleName('Note 1');
  const from = (await marker.evaluate((a) => a.closest<HTMLElement>('[data-block-id]')!.dataset.blockId))!;
  await marker.focus();
  await page.keyboard.press('Enter');
  const back = sc.locator(`[data-block-id="${MEETING}:f-note-1"] .footnote-back`);
  await expect(back).toBeFocused();
  await expect(back).toHaveAccessibleName('Back to the text');
  await page.screenshot({ path: 'test-results/screens/footnote.png' });
  await page.keyboard.press('Enter');
  await expect(sc.locator(`[data-block-id="${from}"] .footnote-ref a`)).toBeFocused();
});
