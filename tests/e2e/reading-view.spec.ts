import type { Page } from '@playwright/test';
import type { Workspace } from '../../src/shared/workspace';
import { en } from '../../src/renderer/src/i18n/en';
import { fr } from '../../src/renderer/src/i18n/fr';
import { nl } from '../../src/renderer/src/i18n/nl';
import { SHORTCUTS } from '../../src/renderer/src/shortcuts';
import { ANSWER, atReadingLine, MEETING, openPanes, pane, scroller, settled, wheel } from './reading';
import { expect, test } from './shell';

const THREE = [{ source: ANSWER, view: 'nl' as const }, { source: ANSWER, view: 'fr' as const }, { source: MEETING }];

/**
 * Scrolls the pane with the wheel until the block containing `text` is at its reading line:
 * big turns while it is not rendered yet, then turns of the exact remaining distance.
 */
async function scrollUntil(page: Page, index: number, text: string, step = 600): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const distance = await scroller(page, index).evaluate((sc, text) => {
      const line = sc.getBoundingClientRect().top + Math.round(Math.min(160, Math.max(24, sc.clientHeight * 0.2)));
      const el = [...sc.querySelectorAll<HTMLElement>('[data-block-id]')].find((e) => (e.textContent ?? '').includes(text));
      return el ? el.getBoundingClientRect().top - line : null;
    }, text);
    if (distance !== null && Math.abs(distance) < 6) return;
    await wheel(page, index, distance === null ? step : distance + 3, distance === null ? 2 : 1);
    await page.waitForTimeout(60);
  }
  throw new Error(`"${text}" never reached the reading line of pane ${index}: ${JSON.stringify(await atReadingLine(page, index))}`);
}

test('three panes: scrolling the Dutch pane keeps the French pane on the aligned paragraph, and the reverse', async ({ page, shell }) => {
  await page.goto(shell.url);
  await openPanes(page, THREE);
  await expect(pane(page, 0).locator('.pane-title')).toContainText('Answer of the Benelux Committee');
  await expect(pane(page, 0)).toContainText('Date conflict');
  await expect(pane(page, 2).locator('.pane-meta')).toContainText('June 25, 2025');
  // The source menu names sources short (the header has the title); the full title is the option's tooltip.
  const menu = pane(page, 0).getByRole('combobox', { name: 'Source' });
  await expect(menu.locator('option:checked')).toHaveText('2021 answer');
  await expect(menu.locator('option:checked')).toHaveAttribute('title', /^Answer of the Benelux Committee/);
  await expect(pane(page, 2).getByRole('combobox', { name: 'Source' }).locator('option:checked')).toHaveText('2025 meeting');
  await page.screenshot({ path: 'test-results/screens/reading-three-panes.png' });

  await scrollUntil(page, 0, 'In een Benelux-werkgroep “Telecom”');
  await settled(page, 1);
  const nlAt = (await atReadingLine(page, 0))!;
  const frAt = (await atReadingLine(page, 1))!;
  expect(frAt.key).toBe(nlAt.key);
  expect(frAt.text).toContain('Au sein d’un groupe de travail Benelux “Télécom”');
  // The aligned pair under the reading line is highlighted in both panes.
  const highlighted = async (i: number, blockId: string) =>
    scroller(page, i)
      .locator(`[data-block-id="${blockId}"]`)
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await highlighted(0, nlAt.blockId)).not.toBe('rgba(0, 0, 0, 0)');
  expect(await highlighted(1, frAt.blockId)).not.toBe('rgba(0, 0, 0, 0)');
  await page.screenshot({ path: 'test-results/screens/reading-aligned-nl-fr.png' });

  // Far down, and from the French side this time: the Dutch pane follows, anchored on the alignment.
  await scrollUntil(page, 1, 'le Secrétariat général Benelux a travaillé au développement');
  await settled(page, 0);
  const frAgain = (await atReadingLine(page, 1))!;
  const nlAgain = (await atReadingLine(page, 0))!;
  expect(nlAgain.key).toBe(frAgain.key);
  expect(nlAgain.text).toContain('Het Benelux Secretariaat-Generaal heeft het afgelopen jaar');

  // The meeting pane (another document) keeps its place while the 2021 answer is scrolled.
  expect((await scroller(page, 2).evaluate((el) => el.scrollTop)) < 5).toBe(true);

  // An unlinked pane keeps its place.
  await pane(page, 1).getByRole('button', { name: 'Linked to the other panes' }).click();
  await expect(pane(page, 1).getByRole('button', { name: 'Linked to the other panes' })).toHaveAttribute('aria-pressed', 'false');
  const frTop = await scroller(page, 1).evaluate((el) => el.scrollTop);
  await wheel(page, 0, 1200);
  await settled(page, 0);
  expect(await scroller(page, 1).evaluate((el) => el.scrollTop)).toBe(frTop);
});

test('a passage on digital identity brings the 2025 meeting to its business digital identity passage, with the reason; Back returns', async ({
  page,
  shell,
}) => {
  // The comparison (for the linked-commitment reason) is computed in the background after start; following never waits for it.
  const compared = page.waitForResponse((r) => r.url().endsWith('/api/compare'), { timeout: 45_000 });
  await page.goto(shell.url);
  await openPanes(page, THREE);
  await compared;
  // Through the outline, to the Assembly's first numbered recommendation (online identification).
  await pane(page, 0).getByRole('button', { name: 'Outline' }).click();
  await page.locator('.outline-popover button', { hasText: 'multimiddelenmarkt' }).click();
  const passage = pane(page, 0).locator('.block', { hasText: 'digitale bedrijfsidentiteit' });
  await passage.scrollIntoViewIfNeeded();
  await settled(page, 0);
  await settled(page, 1);
  const top = (i: number) => scroller(page, i).evaluate((el) => el.scrollTop);
  const before = [await top(0), await top(1), await top(2)];

  await passage.click({ clickCount: 3 });
  await expect(pane(page, 2).locator('.follow-note')).toContainText('Related:');
  await settled(page, 2);
  const meetingAt = (await atReadingLine(page, 2))!;
  expect(meetingAt.text).toMatch(/^Une carte d’identité numérique pour les entreprises/);
  // The reason: the linked commitment (the Compare view's links), shared terms, and the codebook theme (the
  // business digital identity is a cue term of digital-identity).
  await expect(pane(page, 2).locator('.follow-note')).toContainText(/identité|Digital identity/);
  await expect(pane(page, 2).locator('.follow-note')).toContainText(/same themes?: Digital identity/);
  await expect(pane(page, 2).locator('.follow-note')).toContainText('linked commitment (weakens)');
  await expect(pane(page, 1).locator('.follow-note')).toContainText('translation');
  await settled(page, 1);
  expect((await atReadingLine(page, 1))!.text).toContain('Outre la reconnaissance de l');
  await expect(scroller(page, 2).locator('.follow-target')).toContainText('Une carte d’identité numérique');
  await page.getByRole('tab', { name: 'Related' }).click();
  await expect(page.locator('.related-panel')).toContainText('Une carte d’identité numérique pour les entreprises');
  await page.mouse.move(5, 5);
  await page.screenshot({ path: 'test-results/screens/related-digital-identity.png' });

  // Back (Alt+←) returns every pane to where it was; Forward goes again.
  await scroller(page, 0).focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await settled(page, 2);
  await settled(page, 1);
  const afterBack = [await top(0), await top(1), await top(2)];
  for (const i of [0, 1, 2]) expect(Math.abs(afterBack[i]! - before[i]!)).toBeLessThanOrEqual(2);
  await expect(pane(page, 2).locator('.follow-note')).toHaveCount(0);
  await page.getByRole('button', { name: 'Forward' }).click();
  await settled(page, 2);
  expect((await atReadingLine(page, 2))!.text).toMatch(/^Une carte d’identité numérique/);
  await expect(pane(page, 2).locator('.follow-note')).toContainText('Related:');
});

test('the eIDAS paragraph (electronic identities) leads to the same passage, the reason naming the codebook theme', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await openPanes(page, THREE);
  await pane(page, 0).getByRole('button', { name: 'Outline' }).click();
  await page.locator('.outline-popover button', { hasText: 'multimiddelenmarkt' }).click();
  await settled(page, 0);
  const passage = pane(page, 0).locator('.block', { hasText: 'vanwege de eIDAS-verordening' });
  await passage.scrollIntoViewIfNeeded();
  await passage.click({ clickCount: 3 });
  const note = pane(page, 2).locator('.follow-note');
  await expect(note).toContainText('Digital identity');
  await expect(note).toContainText(/same themes?:/);
  await settled(page, 2);
  expect((await atReadingLine(page, 2))!.text).toMatch(/^Une carte d’identité numérique pour les entreprises/);
  await page.mouse.move(5, 5);
  await page.screenshot({ path: 'test-results/screens/related-theme-digital-identity.png' });
});

test('reload: the layout is restored (panes, views, links, widths, reading positions)', async ({ page, shell }) => {
  await page.goto(shell.url);
  await openPanes(page, THREE);
  await pane(page, 2).getByRole('button', { name: 'Linked to the other panes' }).click();
  // Resize from the keyboard: the separator between panes 1 and 2.
  const separator = page.getByRole('separator').first();
  await separator.focus();
  await separator.press('ArrowRight');
  await separator.press('ArrowRight');
  await expect(separator).toHaveAttribute('aria-valuenow', '60');
  await scrollUntil(page, 0, 'Voor Wallonië moeten digitale vaardigheden');
  await wheel(page, 2, 300, 2);
  await settled(page, 2);
  const before = await Promise.all([0, 1, 2].map((i) => atReadingLine(page, i)));
  // Reading positions are written when scrolling stops: wait until the workspace has them.
  await expect
    .poll(async () => {
      const r = await page.request.post(`${shell.origin}/api/getWorkspace`, { data: {}, headers: { 'X-Synopsis-Token': shell.token } });
      const ws = (await r.json()) as { value: Workspace };
      return ws.value.layout.panes.map((p) => p.topBlockId);
    })
    .toEqual(before.map((b) => b?.blockId));
  await page.reload();
  await expect(page.locator('section.pane')).toHaveCount(3);
  await expect(pane(page, 0).getByLabel('Languages shown')).toHaveValue('nl');
  await expect(pane(page, 1).getByLabel('Languages shown')).toHaveValue('fr');
  await expect(pane(page, 2).getByRole('button', { name: 'Linked to the other panes' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('separator').first()).toHaveAttribute('aria-valuenow', '60');
  for (const i of [0, 1, 2]) await settled(page, i);
  const after = await Promise.all([0, 1, 2].map((i) => atReadingLine(page, i)));
  expect(after.map((a) => a?.blockId)).toEqual(before.map((b) => b?.blockId));
  await page.screenshot({ path: 'test-results/screens/reading-restored.png' });
});

/** Every string of a catalogue, by key. */
function strings(obj: object, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? strings(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]],
  );
}

/** What the interface says: visible text of its controls and headings, and every name, label and tooltip. */
async function interfaceStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    const chrome = document.querySelectorAll(
      '.toolbar, .side-panel [role="tab"], .side-panel .hint, .source-card .role, .source-card .shown, .search-bar, .pane-tools, .pane-hits, .follow-note, .pane-area.empty, .related-panel figcaption',
    );
    for (const el of chrome) for (const line of (el as HTMLElement).innerText.split('\n')) if (line.trim()) out.add(line.trim());
    // Language names are offered in their own language ("English", "français", "Nederlands") on purpose.
    for (const option of document.querySelectorAll('option[lang]')) out.delete((option.textContent ?? '').trim());
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(attr);
        if (v) out.add(v.trim());
      }
    return [...out];
  });
}

for (const [locale, catalog, heading] of [
  ['fr', fr, 'Sources'],
  ['nl', nl, 'Bronnen'],
] as const) {
  test(`the interface in ${locale === 'fr' ? 'French' : 'Dutch'}: no English string left on the main screens`, async ({ page, shell }) => {
    await page.goto(shell.url);
    await openPanes(page, THREE);
    await pane(page, 0).locator('.block', { hasText: 'Daarbij vraagt uw Assemblee' }).click({ clickCount: 3 });
    await expect(pane(page, 2).locator('.follow-note')).toBeVisible();
    await page.getByLabel('Interface language').selectOption(locale);
    await expect(page.getByRole('tab', { name: heading })).toBeVisible();
    const translated = new Map(strings(catalog));
    // English strings that this language translates differently (names such as "Synopsis" are the same everywhere).
    const english = strings(en).filter(([key, value]) => translated.get(key) !== value && !value.includes('{{'));
    for (const tab of ['Sources', 'Results', 'Related']) {
      const name = translated.get(`side.${tab.toLowerCase()}`)!;
      await page.getByRole('tab', { name }).click();
      const shown = await interfaceStrings(page);
      const left = english.filter(([, value]) => shown.includes(value));
      expect(left, `untranslated in the ${tab} tab`).toEqual([]);
    }
    await page.getByRole('tab', { name: translated.get('side.sources')! }).click();
    await page.screenshot({ path: `test-results/screens/reading-ui-${locale}.png` });
  });
}

for (const [locale, catalog] of [
  ['en', en],
  ['fr', fr],
  ['nl', nl],
] as const) {
  test(`the help (F1) lists every shortcut, in ${locale}`, async ({ page, shell }) => {
    await page.goto(shell.url);
    await expect(page.locator('.source-card')).toHaveCount(5);
    await page.getByLabel('Interface language').selectOption(locale);
    await page.locator('.toolbar .brand').click();
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const rows = dialog.locator('table.shortcuts tr');
    await expect(rows).toHaveCount(SHORTCUTS.length);
    const text = new Map(strings(catalog));
    for (const [i, shortcut] of SHORTCUTS.entries()) {
      await expect(rows.nth(i).locator('th')).toHaveText(shortcut.keys);
      await expect(rows.nth(i).locator('td')).toHaveText(text.get(shortcut.action)!);
    }
    await dialog.screenshot({ path: `test-results/screens/reading-help-${locale}.png` });
  });
}
