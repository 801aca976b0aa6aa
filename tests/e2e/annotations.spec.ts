import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { highlight, items, panel, selectQuote } from './annotating';
import type { AnnotationList } from '../../src/shared/annotations';
import { atReadingLine, callApi, MEETING, openPanes, pane, PROGRAMME, scroller, seriousViolations, settled } from './reading';
import { expect, startShell, test } from './shell';

const MEETING_FILE = '001_aec3841ec0ea2de1.txt';
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
  await expect(items(page).locator('.item-quote')).toHaveText([SCALE, ROUND_TABLE, AI_FACTORY].map((q) => new RegExp(`“${q}”$`)));
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

test('export JSON-LD and import it into an empty data folder: the same annotations, anchored; a second import adds nothing', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await openPanes(page, [{ source: MEETING }]);
  await selectQuote(page, 0, ROUND_TABLE);
  await page.getByRole('button', { name: 'Highlight in blue' }).click();
  await selectQuote(page, 0, AI_FACTORY);
  // The toolbar's "Annotate…" (the browser shell's counterpart of Edit › Annotate Selection).
  await page.getByRole('toolbar', { name: 'Commands' }).getByRole('button', { name: 'Annotate…' }).click();
  await page.getByRole('dialog').getByLabel(/^Note/).fill('À suivre');
  await page.getByRole('dialog').getByRole('combobox', { name: 'Tags' }).fill('IA');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(scroller(page, 0).locator('mark.annotation')).toHaveCount(2);

  await page.getByRole('tab', { name: /^Annotations/ }).click();
  const download = page.waitForEvent('download');
  await panel(page).getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^synopsis-annotations-\d{4}-\d{2}-\d{2}\.jsonld$/);
  const saved = path.join(shell.dataDir, 'export.jsonld');
  await file.saveAs(saved);
  const exported = JSON.parse(readFileSync(saved, 'utf8')) as { type: string; items: unknown[] };
  expect(exported.type).toBe('AnnotationCollection');
  expect(exported.items).toHaveLength(2);
  for (const format of ['md', 'csv'] as const) {
    await panel(page).getByLabel('Format').selectOption(format);
    const other = page.waitForEvent('download');
    await panel(page).getByRole('button', { name: 'Export' }).click();
    expect((await other).suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
  }

  // A second shell on a fresh data folder: nothing there, then the import.
  const fresh = await startShell();
  try {
    await page.goto(fresh.url);
    await openPanes(page, [{ source: MEETING }]);
    await page.getByRole('tab', { name: /^Annotations/ }).click();
    await expect(panel(page).locator('.hint')).toContainText('No annotations yet');
    const chooser = page.waitForEvent('filechooser');
    await panel(page).getByRole('button', { name: 'Import a file…' }).click();
    await (await chooser).setFiles(saved);
    await expect(panel(page).locator('.import-report')).toContainText('Imported 2, already here 0, skipped 0.');
    await expect(items(page)).toHaveCount(2);
    // Anchored: no status line, and highlighted in the pane.
    await expect(items(page).locator('.item-status')).toHaveCount(0);
    await expect(highlight(page, 0, ROUND_TABLE)).toHaveClass(/color-blue/);
    await items(page).filter({ hasText: AI_FACTORY }).locator('.item-quote').click();
    await expect(highlight(page, 0, AI_FACTORY)).toHaveAttribute('title', 'À suivre — #IA');
    await page.screenshot({ path: 'test-results/screens/annotations-imported.png' });

    const again = page.waitForEvent('filechooser');
    await panel(page).getByRole('button', { name: 'Import a file…' }).click();
    await (await again).setFiles(saved);
    await expect(panel(page).locator('.import-report')).toContainText('Imported 0, already here 2, skipped 0.');
    await expect(items(page)).toHaveCount(2);

    // A file that is not annotations is refused with the reason, and loses nothing.
    const bad = path.join(fresh.dataDir, 'bad.jsonld');
    writeFileSync(bad, '{"items": [{"type": "Annotation", "target": {"source": "nope"}}, 42]}');
    const third = page.waitForEvent('filechooser');
    await panel(page).getByRole('button', { name: 'Import a file…' }).click();
    await (await third).setFiles(bad);
    await expect(panel(page).locator('.import-report')).toContainText('skipped 2');
    await expect(panel(page).locator('.import-report li')).toHaveCount(2);
    await expect(items(page)).toHaveCount(2);
  } finally {
    await fresh.stop();
  }
});

test('re-ingesting an edited source: others stay anchored, the edited one is changed (accept), the removed one orphaned (re-attach)', async ({
  page,
}) => {
  const corpus = mkdtempSync(path.join(os.tmpdir(), 'synopsis-e2e-corpus-'));
  for (const f of readdirSync('seeds')) copyFileSync(path.join('seeds', f), path.join(corpus, f));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-e2e-'));
  let shell = await startShell({ corpus, dataDir });
  try {
    await page.goto(shell.url);
    await openPanes(page, [{ source: MEETING }]);
    for (const [quote, color] of [
      [ROUND_TABLE, 'green'],
      [AI_FACTORY, 'pink'],
      [SCALE, 'purple'],
    ] as const) {
      await selectQuote(page, 0, quote);
      await page.getByRole('button', { name: `Highlight in ${color}` }).click();
      await expect(highlight(page, 0, quote)).toHaveCount(1);
    }
    await shell.stop();

    // The source is re-cleaned: a word added under one annotation, a sentence removed under another.
    const file = path.join(corpus, MEETING_FILE);
    const text = readFileSync(file, 'utf8');
    const edited = text
      .replace('l’usine d’IA existante au Luxembourg', 'l’usine d’IA déjà existante au Luxembourg')
      .replace(/L’ambition est claire\s*:[^.]*économies d’échelle[^.]*\.\s*/u, '');
    expect(edited).not.toBe(text);
    expect(edited).not.toContain(SCALE);
    writeFileSync(file, edited);

    shell = await startShell({ corpus, dataDir });
    await page.goto(shell.url);
    await expect(scroller(page, 0).locator('[data-block-id]').first()).toBeVisible({ timeout: 15_000 });
    await page.getByRole('tab', { name: /^Annotations/ }).click();
    await expect(items(page)).toHaveCount(3);
    const round = items(page).filter({ hasText: ROUND_TABLE });
    const factory = items(page).filter({ hasText: AI_FACTORY });
    await expect(round.locator('.item-status')).toHaveCount(0);
    await expect(factory.locator('.item-status')).toContainText('Text changed');
    await expect(factory.locator('.item-change del')).toHaveText(AI_FACTORY);
    await expect(factory.locator('.item-change ins')).toHaveText('l’usine d’IA déjà existante au Luxembourg');
    await expect(highlight(page, 0, ROUND_TABLE)).toHaveClass(/status-anchored/);
    await factory.locator('.item-quote').click();
    await expect(highlight(page, 0, 'l’usine d’IA déjà existante')).toHaveClass(/status-changed/);
    await page.screenshot({ path: 'test-results/screens/annotations-changed.png' });

    // Orphans: listed with their quote, never deleted.
    await panel(page)
      .getByRole('tab', { name: /^Orphans/ })
      .click();
    await expect(items(page)).toHaveCount(1);
    await expect(items(page).locator('.item-quote')).toContainText(SCALE);
    await expect(items(page).locator('.item-status')).toContainText('Orphaned');
    await page.screenshot({ path: 'test-results/screens/annotations-orphans.png' });
    expect(await seriousViolations(page), 'axe: orphans and a changed highlight').toEqual([]);

    // Re-attach by hand: "Re-attach…", select the new passage, "Attach here".
    await items(page).getByRole('button', { name: 'Re-attach…' }).click();
    await expect(panel(page).locator('.reattach-prompt')).toBeVisible();
    await selectQuote(page, 0, 'directives à cet effet');
    await page.getByRole('button', { name: 'Attach here' }).click();
    await expect(panel(page).locator('.hint')).toContainText('No orphaned annotations');
    await expect(highlight(page, 0, 'directives à cet effet')).toHaveClass(/color-purple/);
    // The move is one step of undo: Ctrl+Z makes it an orphan again, Ctrl+Shift+Z attaches it again.
    await scroller(page, 0).focus();
    await page.keyboard.press('Control+z');
    await expect(items(page)).toHaveCount(1);
    await expect(items(page).locator('.item-status')).toContainText('Orphaned');
    await expect(highlight(page, 0, 'directives à cet effet')).toHaveCount(0);
    await page.keyboard.press('Control+Shift+Z');
    await expect(panel(page).locator('.hint')).toContainText('No orphaned annotations');
    await expect(highlight(page, 0, 'directives à cet effet')).toHaveClass(/color-purple/);

    // Accept the changed text: anchored from then on.
    await panel(page).getByRole('tab', { name: /^All/ }).click();
    await items(page).filter({ hasText: 'Text changed' }).getByRole('button', { name: 'Accept the new text' }).click();
    await expect(items(page).locator('.item-status')).toHaveCount(0);
    await scroller(page, 0).focus();
    await page.keyboard.press('Control+z');
    await expect(items(page).filter({ hasText: 'Text changed' })).toHaveCount(1);
    await page.keyboard.press('Control+Shift+Z');
    await expect(items(page).locator('.item-status')).toHaveCount(0);
    await items(page).filter({ hasText: 'déjà existante' }).locator('.item-quote').click();
    await expect(highlight(page, 0, 'l’usine d’IA déjà existante au Luxembourg')).toHaveClass(/status-anchored/);
  } finally {
    await shell.stop();
  }
});

test('selections: across paragraphs (one annotation each, undone together), over a footnote marker, no layout shift, text read once, keyboard only', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await openPanes(page, [{ source: MEETING }, { source: PROGRAMME }]);

  // No layout shift and the same text: the block measures the same, a word after the quote stays put.
  const block = await selectQuote(page, 0, ROUND_TABLE);
  const measure = () =>
    block.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const text = el.textContent ?? '';
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let node: Text | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes('alphabétisées')) node = n as Text;
      const range = document.createRange();
      const at = node!.data.indexOf('alphabétisées');
      range.setStart(node!, at);
      range.setEnd(node!, at + 5);
      const w = range.getBoundingClientRect();
      return { height: r.height, width: r.width, text, word: [Math.round(w.left), Math.round(w.top - r.top)] };
    });
  const before = await measure();
  await page.screenshot({ path: 'test-results/screens/annotations-popover.png' });
  await page.getByRole('button', { name: 'Highlight in yellow' }).click();
  await expect(highlight(page, 0, ROUND_TABLE)).toHaveCount(1);
  expect(await measure()).toEqual(before);
  // Read once: the highlight adds no text, and is a <mark> around the words themselves.
  expect(await highlight(page, 0, ROUND_TABLE).evaluate((m) => m.tagName)).toBe('MARK');
  // Selecting across the highlight still works: the selection covers text inside and outside it.
  await selectQuote(page, 0, 'organiseront en novembre 2025 une table ronde');
  expect(await page.evaluate(() => window.getSelection()!.toString())).toBe('organiseront en novembre 2025 une table ronde');

  // Across three blocks (paragraph, heading, paragraph): one annotation per block, one undo step.
  await selectQuote(page, 0, 'Des mesures seront préparées', 'Pour soutenir la croissance');
  await page.getByRole('button', { name: 'Highlight in blue' }).click();
  await expect(page.locator('[role=status][aria-live=polite]')).toHaveText('Highlighted 3 passages.');
  const listed = await callApi<AnnotationList>(page, shell, 'listAnnotations');
  expect(listed.annotations.map((v) => (v.annotation.target.kind === 'passage' ? v.annotation.target.selector[0].exact : ''))).toEqual([
    ROUND_TABLE,
    expect.stringMatching(/^Des mesures seront préparées .*alphabétisées\.$/),
    'Investir ensemble dans un internet rapide et sécurisé',
    'Pour soutenir la croissance',
  ]);
  await scroller(page, 0).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await callApi<AnnotationList>(page, shell, 'listAnnotations')).annotations.length).toBe(1);

  // Over a footnote marker (⁶², part of the text): the offsets count it once, exactly.
  const quote = 'stratégie régionale Digital Wallonia⁶² et de ses 5 ambitions';
  await selectQuote(page, 1, quote);
  await page.getByRole('button', { name: 'Highlight in purple' }).click();
  await expect.poll(async () => (await callApi<AnnotationList>(page, shell, 'listAnnotations')).annotations.length).toBe(2);
  const withNote = (await callApi<AnnotationList>(page, shell, 'listAnnotations', { sourceId: PROGRAMME })).annotations[0]!;
  expect(withNote.annotation.target.kind === 'passage' && withNote.annotation.target.selector[0].exact).toBe(quote);
  expect(withNote.anchor.kind).toBe('anchored');
  await expect(scroller(page, 1).locator('mark.annotation.color-purple')).not.toHaveCount(0);
  expect((await scroller(page, 1).locator('mark.annotation.color-purple').allTextContents()).join('')).toBe(quote);

  // Keyboard only: Ctrl+Shift+H with nothing selected annotates the paragraph at the reading line.
  await page.evaluate(() => window.getSelection()!.removeAllRanges());
  await scroller(page, 0).focus();
  await page.keyboard.press('Control+Shift+H');
  const dialog = page.getByRole('dialog', { name: 'New annotation' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/^Note/)).toBeFocused();
  await page.keyboard.type('Au clavier');
  await page.keyboard.press('Tab');
  await page.keyboard.type('clavier');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await expect
    .poll(async () => (await callApi<AnnotationList>(page, shell, 'listAnnotations', { tag: 'clavier' })).annotations.length)
    .toBe(1);
  // Escape closes the editor without saving.
  await page.keyboard.press('Control+Shift+H');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect((await callApi<AnnotationList>(page, shell, 'listAnnotations')).annotations).toHaveLength(3);

  // A click in the panel brings the pane to the highlight; the linked pane follows; Back returns.
  await page.getByRole('tab', { name: /^Annotations/ }).click();
  const place = await atReadingLine(page, 0);
  await items(page).filter({ hasText: ROUND_TABLE }).locator('.item-quote').click();
  await expect(highlight(page, 0, ROUND_TABLE)).toBeInViewport();
  await expect(pane(page, 1).locator('.follow-note')).toBeVisible();
  await settled(page, 0);
  expect((await atReadingLine(page, 0))?.blockId).not.toBe(place?.blockId);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(pane(page, 1).locator('.follow-note')).toHaveCount(0);
  await expect.poll(async () => (await atReadingLine(page, 0))?.blockId).toBe(place?.blockId);

  // In French and Dutch too.
  await page.getByLabel('Interface language').selectOption('fr');
  await expect(panel(page).getByRole('tab', { name: /^Orphelines/ })).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Exporter' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/annotations-fr.png' });
  await page.getByLabel('Langue de l’interface').selectOption('nl');
  await expect(page.getByRole('tab', { name: /^Aantekeningen/ })).toBeVisible();
  expect(await seriousViolations(page), 'axe: Dutch').toEqual([]);
});
