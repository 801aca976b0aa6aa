import { compareStrings } from '../../src/renderer/src/i18n/compare';
import { card, linkRow, matrix, openCompare, openTheme, view } from './comparing';
import { ANSWER, atReadingLine, MEETING, openPanes, pane, scroller, seriousViolations, settled } from './reading';
import { expect, test } from './shell';

/**
 * The Compare view (issue 6's UI) in the browser shell: the theme × source matrix → a theme → the
 * commitments side by side with their links → a click brings the reading panes to the passage;
 * curation that survives a reload; the codebook's editor; the linked-commitment scorer; its
 * accessibility, languages and a small window. Screenshots: test-results/screens/compare-*.png.
 */

/** Every string of a catalogue section, flattened. */
const strings = (catalog: object): string[] =>
  Object.values(catalog).flatMap((v: unknown) => (typeof v === 'string' ? [v] : typeof v === 'object' && v ? strings(v) : []));

test('matrix → a theme → a link’s texts → the reading panes go to the passage, the linked pane follows; Back returns', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await openPanes(page, [{ source: ANSWER, view: 'fr' }, { source: MEETING }]);
  await openCompare(page);
  // The view takes the side panel's place.
  await expect(page.locator('.side-panel')).toHaveCount(0);
  // The issue's order: the governments' timeline, the party programme beside it.
  await expect(matrix(page).locator('thead .source-name')).toHaveText(['2021 answer', '2025 meeting', 'Party programme 2024']);
  await expect(view(page).locator('.timeline')).toContainText('2021 answer → 2025 meeting · beside the timeline: Party programme 2024');
  // A real table: counts printed, the status in words beside its sign.
  const inclusion = matrix(page).locator('tr[data-theme="digital-inclusion"]');
  await expect(inclusion.locator('.cell-button')).toHaveText(['0', '2', /^\d+$/]);
  await expect(inclusion.locator('.status-label')).toContainText('new in 2025 meeting · also in the party programme');
  await expect(matrix(page).locator('tr[data-theme="e-invoicing"] .status-label')).toContainText('new in 2025 meeting');
  await expect(matrix(page).locator('tr[data-theme="digital-skills"] .status-label')).toContainText('not taken up after 2021 answer');
  await expect(matrix(page).locator('tr[data-theme="connectivity"] .status-label')).toContainText('in all 3 sources');
  await expect(matrix(page).locator('tr[data-theme="connectivity"] .cell-button').first()).toHaveAccessibleName(
    '4 commitments on Connectivity in 2021 answer: open the theme',
  );
  await page.mouse.move(5, 5);
  await page.screenshot({ path: 'test-results/screens/compare-matrix.png' });

  await openTheme(page, 'Connectivity');
  // The DESI indicators that measure it: 5G readiness, Belgium against the EU.
  const glance = view(page).locator('.indicator-glance');
  await expect(glance.locator('thead')).toContainText('Belgium DESI 2021');
  await expect(glance.locator('thead')).toContainText('EU DESI 2021');
  await expect(glance.locator('tr', { hasText: '5G readiness' }).locator('td')).toHaveText(['3%', '51%', /harmonised 5G spectrum/]);
  // The commitments of each source side by side.
  await expect(view(page).locator('.theme-column .column-title')).toHaveText([/^2021 answer/, /^2025 meeting/, /^Party programme 2024/]);
  const handover = card(page, 'seamless handover');
  await expect(handover.locator('.kind-badge')).toHaveText('Ongoing action');
  await expect(handover.locator('.card-facts')).toContainText('Actor');
  await page.screenshot({ path: 'test-results/screens/compare-theme-connectivity.png' });
  // Selected, a card lists its links; the cards it is linked to say how.
  await handover.getByRole('button', { name: /^Links \(\d+\)$/ }).click();
  await expect(handover.locator('.card-links .link-row').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/compare-card-links.png' });
  await expect(card(page, 'Pour soutenir la croissance numérique').locator('.linked-badge')).toHaveText(/Linked: continues/);
  await handover.getByRole('button', { name: /^Links \(\d+\)$/ }).click();

  // A link: its relation, similarity and evidence; its word diff, though the texts are worded differently:
  // one deletion and one insertion around what they share ("les trois pays").
  const link = linkRow(page, 'seamless handover', 'Pour soutenir la croissance numérique');
  await expect(link.locator('.relation-badge')).toHaveText(/continues/);
  await expect(link.locator('.evidence')).toContainText('concept: Connectivity');
  await link.getByRole('button', { name: 'Show word diff' }).click();
  const words = link.locator('.diff-text');
  await expect(words.locator('span:not(.visually-hidden)', { hasText: /\p{L}{3,}/u }).first()).toBeVisible();
  await expect(words.locator('del').first()).toBeVisible();
  await expect(words.locator('ins').first()).toBeVisible();
  expect(await words.locator('del, ins').count()).toBeLessThanOrEqual(6);
  await expect(link.locator('.diff-summary')).toContainText(/[1-9]\d* words? shared/);
  await link.scrollIntoViewIfNeeded();
  await page.mouse.move(5, 5);
  await page.screenshot({ path: 'test-results/screens/compare-link-diff.png' });
  // "Compare the texts", the extra: both texts whole, the terms that linked them marked.
  await link.getByRole('button', { name: 'Compare the texts' }).click();
  await expect(link.locator('.link-texts .diff-side')).toHaveCount(2);
  await expect(link.locator('.link-texts mark.shared-term').first()).toBeVisible();
  await link.getByRole('button', { name: 'Hide word diff' }).click();
  await link.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/compare-link-texts.png' });

  // Its later end in the text: the meeting pane goes there (the sentence marked), the 2021 answer follows to the earlier end.
  await settled(page, 0);
  await settled(page, 1);
  const top = (i: number): Promise<number> => scroller(page, i).evaluate((el) => el.scrollTop);
  const before = [await top(0), await top(1)];
  await link.locator('.link-to').getByRole('button', { name: 'Show in the text: 2025 meeting' }).click();
  const focus = scroller(page, 1).locator('mark.commitment-focus');
  await expect(focus).toContainText('les trois pays s’informent mutuellement');
  await settled(page, 1);
  expect((await atReadingLine(page, 1))!.text).toContain('Pour soutenir la croissance numérique');
  await expect(pane(page, 0).locator('.follow-note')).toContainText('linked commitment (continues)');
  await settled(page, 0);
  expect((await atReadingLine(page, 0))!.text).toContain('seamless handover');
  await page.mouse.move(5, 5);
  await page.screenshot({ path: 'test-results/screens/compare-to-passage.png' });

  // Back returns both panes.
  await page.keyboard.press('Alt+ArrowLeft');
  await settled(page, 1);
  await settled(page, 0);
  const after = [await top(0), await top(1)];
  for (const i of [0, 1]) expect(Math.abs(after[i]! - before[i]!)).toBeLessThanOrEqual(2);
});

test('a fourth source, the work programme: the timeline keeps the 2021 answer first; a word diff marks deletions and insertions by more than colour', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await openCompare(page);
  await view(page).getByRole('button', { name: 'Change…' }).click();
  await view(page)
    .getByRole('checkbox', { name: /Work programme 2021–2024/ })
    .check();
  await expect(matrix(page).locator('thead .source-name')).toHaveText(
    ['2021 answer', 'Work programme 2021–2024', '2025 meeting', 'Party programme 2024'],
    { timeout: 45_000 },
  );
  await expect(view(page).locator('.timeline')).toContainText('2021 answer → Work programme 2021–2024 → 2025 meeting');
  await openTheme(page, 'Artificial intelligence');
  // Pooling AI expertise (work programme) and the programme's specialised AI training: they share
  // specific words ("expertise", "domaine"), so the link does not rest on the broad theme alone.
  const link = linkRow(page, "Combiner l'expertise dans le domaine", 'programmes de formation spécialisés');
  await link.getByRole('button', { name: 'Show word diff' }).click();
  const diff = link.locator('.diff-text');
  await expect(diff.locator('del').first()).toBeVisible();
  await expect(diff.locator('ins').first()).toBeVisible();
  // Struck through and underlined, and named for screen readers.
  expect(
    await diff
      .locator('del')
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationLine),
  ).toContain('line-through');
  expect(
    await diff
      .locator('ins')
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationLine),
  ).toContain('underline');
  await expect(diff.locator('del .visually-hidden').first()).toHaveText('[deleted: ');
  await expect(diff.locator('ins .visually-hidden').first()).toHaveText('[inserted: ');
  await expect(link.locator('.diff-legend')).toContainText('only in Work programme 2021–2024');
  await expect(link.locator('.diff-summary')).toContainText(/\d+ words shared, \d+ deleted, \d+ inserted/);
  await link.scrollIntoViewIfNeeded();
  await page.mouse.move(5, 5);
  await page.screenshot({ path: 'test-results/screens/compare-word-diff.png' });
});

test('curation: reject a link, confirm one, correct a kind — kept after a reload, shown as curated, withdrawn again', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await openCompare(page);
  await openTheme(page, 'Digital inclusion');
  const rejected = linkRow(page, 'organiseront en novembre 2025 une table ronde', "Développer l'initiative Conectoo");
  const confirmed = linkRow(page, 'Des mesures seront préparées', 'Pour combattre la fracture numérique');
  await expect(rejected).toHaveCount(1);
  await rejected.getByRole('button', { name: 'Reject' }).click();
  await expect(view(page).locator('.compare-status')).toContainText('Link rejected.');
  await expect(rejected).toHaveCount(0);
  await confirmed.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirmed.locator('.origin-badge')).toHaveText(/confirmed by you/);
  const measures = card(page, 'Des mesures seront préparées');
  await measures.getByRole('button', { name: 'Correct…' }).click();
  await measures.getByLabel('Kind').selectOption('goal');
  await measures.getByRole('button', { name: 'Apply the kind' }).click();
  await expect(measures.locator('.kind-badge')).toHaveText('Goal');
  await expect(measures.locator('.curated-badge')).toHaveText(/Curated/);

  // The Undo of the last decision, then the decision again: Undo brings the automatic result back.
  await view(page).locator('.compare-status').getByRole('button', { name: 'Undo' }).click();
  await expect(measures.locator('.kind-badge')).toHaveText('Pledge');
  await measures.getByRole('button', { name: 'Correct…' }).click();
  await measures.getByLabel('Kind').selectOption('goal');
  await measures.getByRole('button', { name: 'Apply the kind' }).click();
  await expect(measures.locator('.kind-badge')).toHaveText('Goal');

  await page.reload();
  await openCompare(page);
  await expect(matrix(page).locator('tr[data-theme="digital-inclusion"] .curated-mark')).toHaveCount(1);
  await openTheme(page, 'Digital inclusion');
  await expect(card(page, 'Des mesures seront préparées').locator('.kind-badge')).toHaveText('Goal');
  await expect(card(page, 'Des mesures seront préparées').locator('.curated-badge')).toBeVisible();
  await expect(linkRow(page, 'organiseront en novembre 2025 une table ronde', "Développer l'initiative Conectoo")).toHaveCount(0);
  await expect(linkRow(page, 'Des mesures seront préparées', 'Pour combattre la fracture numérique').locator('.origin-badge')).toHaveText(
    /confirmed by you/,
  );
  const rejectedList = view(page).locator('.rejected-links');
  await expect(rejectedList.locator('summary')).toHaveText('1 link you rejected');
  await rejectedList.locator('summary').click();
  await page.mouse.move(5, 5);
  await page.screenshot({ path: 'test-results/screens/compare-curated.png' });
  expect(await seriousViolations(page)).toEqual([]);

  // The decisions, listed; restoring the rejected link brings it back.
  await view(page)
    .getByRole('tab', { name: /Decisions/ })
    .click();
  await expect(view(page).locator('.decision')).toHaveCount(3);
  await expect(view(page).locator('.decision').first()).toContainText('Kind set to Goal');
  await page.screenshot({ path: 'test-results/screens/compare-decisions.png' });
  await view(page).getByRole('tab', { name: 'Matrix' }).click();
  await rejectedList.locator('summary').click();
  await rejectedList.getByRole('button', { name: 'Restore' }).click();
  await expect(linkRow(page, 'organiseront en novembre 2025 une table ronde', "Développer l'initiative Conectoo")).toHaveCount(1);
});

test('a passage selected in a pane is marked as a commitment; a commitment is marked as none; a link is added by hand', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await openPanes(page, [{ source: MEETING }]);
  await openCompare(page);
  // Select a sentence the extractor does not take for a commitment.
  const sentence = 'Le Luxembourg a déjà établi ses propres directives';
  const block = scroller(page, 0).locator('.block', { hasText: sentence });
  await block.scrollIntoViewIfNeeded();
  await block.evaluate((el, sentence) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.textContent ?? '').indexOf(sentence);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + sentence.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
  }, sentence);
  const bar = view(page).locator('.selection-bar');
  await expect(bar).toContainText(sentence);
  await bar.getByLabel('Kind').selectOption('ongoing');
  await bar.getByRole('button', { name: 'Mark as a commitment' }).click();
  await expect(view(page).locator('.compare-status')).toContainText('Passage marked as a commitment.');
  await view(page)
    .getByRole('tab', { name: /Decisions/ })
    .click();
  await expect(view(page).locator('.decision').first()).toContainText('Passage marked as a commitment (Ongoing action)');
  await expect(view(page).locator('.decision').first()).toContainText(sentence);
  await page.screenshot({ path: 'test-results/screens/compare-marked.png' });

  // Not a commitment: the round table leaves the digital inclusion theme.
  await view(page).getByRole('tab', { name: 'Matrix' }).click();
  await openTheme(page, 'Digital inclusion');
  const roundTable = card(page, 'organiseront en novembre 2025 une table ronde');
  await roundTable.getByRole('button', { name: 'Correct…' }).click();
  await roundTable.getByRole('button', { name: 'Not a commitment' }).click();
  await expect(roundTable).toHaveCount(0);

  // A link added by hand: from the meeting's measures to a programme proposal, as a continuation.
  const measures = card(page, 'Des mesures seront préparées');
  await measures.getByRole('button', { name: 'Link with…' }).click();
  await expect(view(page).locator('.pending-link')).toContainText('Des mesures seront préparées');
  const target = view(page).locator('.theme-column.programme .commitment-card').filter({ hasText: "Points d'Accès Publics" });
  await target.getByLabel('Relation of the new link').selectOption('continues');
  await target.getByRole('button', { name: 'Link here' }).click();
  const added = linkRow(page, 'Des mesures seront préparées', "Points d'Accès Publics");
  await expect(added.locator('.origin-badge')).toHaveText(/added by you/);
  await expect(added.locator('.relation-badge')).toHaveText(/continues/);
});

test('the codebook: rename a theme, add and remove a term, add a theme, reset — the matrix follows', async ({ page, shell }) => {
  await page.goto(shell.url);
  await openCompare(page);
  await view(page).getByRole('tab', { name: 'Codebook' }).click();
  await view(page).locator('.codebook-themes').getByRole('button', { name: 'Digital inclusion' }).click();
  const form = view(page).locator('.theme-form');
  await form.getByRole('textbox', { name: 'English', exact: true }).fill('Inclusion online');
  await form.getByRole('button', { name: 'Save names' }).click();
  await expect(view(page).locator('.compare-status')).toContainText('Theme renamed.');
  await expect(form.locator('h3')).toContainText('Inclusion online');
  await form.getByPlaceholder('New terms in French, separated by commas').fill('espace public numérique, EPN');
  await form.getByRole('button', { name: 'Add' }).first().click();
  await expect(view(page).locator('.compare-status')).toContainText('2 terms added.');
  await expect(form.locator('.term-chips[lang="fr"]')).toContainText('espace public numérique');
  await form.getByRole('button', { name: 'Remove “EPN” (French)' }).click();
  await expect(form.locator('.term-chips[lang="fr"]')).not.toContainText('EPN');
  await page.screenshot({ path: 'test-results/screens/compare-codebook.png' });

  await view(page).getByRole('button', { name: 'Add a theme' }).click();
  const add = view(page).locator('form.add-theme');
  await add.getByLabel('Name in English').fill('Open data');
  await add.getByLabel('Name in French').fill('Données ouvertes');
  await add.getByLabel('Name in Dutch').fill('Open data');
  await add.getByLabel(/First cue terms/).fill('open data, données ouvertes, données publiques');
  await add.getByRole('button', { name: 'Add the theme' }).click();
  await expect(view(page).locator('.compare-status')).toContainText('Theme “Open data” added.');

  await view(page).getByRole('tab', { name: 'Matrix' }).click();
  await expect(matrix(page).getByRole('button', { name: 'Inclusion online', exact: true })).toBeVisible({ timeout: 45_000 });
  await expect(matrix(page).locator('tr[data-theme="open-data"]')).toHaveCount(1);
  await expect(matrix(page).locator('tr[data-theme="digital-inclusion"] .edited-mark')).toHaveCount(1);

  await view(page).getByRole('tab', { name: 'Codebook' }).click();
  await view(page).getByRole('button', { name: 'Reset the whole codebook…' }).click();
  await view(page).getByRole('button', { name: 'Reset all' }).click();
  await expect(view(page).locator('.compare-status')).toContainText('The codebook is back to the default.');
  await view(page).getByRole('tab', { name: 'Matrix' }).click();
  await expect(matrix(page).getByRole('button', { name: 'Digital inclusion', exact: true })).toBeVisible({ timeout: 45_000 });
  await expect(matrix(page).locator('tr[data-theme="open-data"]')).toHaveCount(0);
});

test('filters by status, kind, source and curated; theme labels and every string in French and Dutch', async ({ page, shell }) => {
  await page.goto(shell.url);
  await openCompare(page);
  const filters = view(page).locator('.compare-filters');
  await filters.getByLabel('Status').selectOption('new');
  await expect(matrix(page).locator('tbody tr')).toHaveCount(3);
  await filters.getByLabel('Status').selectOption('all');
  await filters.getByLabel('Kind').selectOption('pledge');
  // Pledges only: the meeting's two digital inclusion commitments are pledges; elsewhere a cell says how many of how many.
  await expect(matrix(page).locator('tr[data-theme="digital-inclusion"] .cell-button').nth(1)).toHaveText('2');
  await expect(matrix(page).locator('.of-total').first()).toBeVisible();
  await filters.getByLabel('Source').selectOption(MEETING);
  await expect(matrix(page).locator('thead .source-name')).toHaveText(['2025 meeting']);
  await filters.getByLabel('Curated only').check();
  await expect(matrix(page).locator('tbody .cell-button').first()).toHaveText(/^0 \/ \d+$/);
  await filters.getByLabel('Curated only').uncheck();
  await filters.getByLabel('Source').selectOption('all');
  await filters.getByLabel('Kind').selectOption('all');
  await filters.getByLabel('Theme').selectOption('e-invoicing');
  await expect(view(page).getByRole('heading', { level: 3, name: 'E-invoicing' })).toBeVisible();

  for (const [locale, language] of [
    ['fr', 'français'],
    ['nl', 'Nederlands'],
  ] as const) {
    await page.getByRole('combobox', { name: /Interface language|Langue de l’interface|Interfacetaal/ }).selectOption(locale);
    await expect(view(page).locator('#compare-title')).toHaveText(compareStrings[locale].title);
    const own = strings(compareStrings.en);
    const translated = strings(compareStrings[locale]);
    const shown = await view(page).evaluate((el) => {
      const out = new Set<string>();
      for (const e of el.querySelectorAll('button, label, h2, h3, h4, th, legend, summary, [role="tab"], .status-label, .column-note'))
        for (const line of (e as HTMLElement).innerText.split('\n')) if (line.trim()) out.add(line.trim());
      for (const e of el.querySelectorAll('[aria-label], [title]'))
        for (const attr of ['aria-label', 'title']) {
          const v = e.getAttribute(attr);
          if (v) out.add(v.trim());
        }
      return [...out];
    });
    // No English string of the view is left (theme labels come from the codebook in this language).
    const english = shown.filter((s) => own.includes(s) && !translated.includes(s));
    expect(english, `${language}: ${english.join(' | ')}`).toEqual([]);
    await expect(view(page).getByRole('heading', { level: 3 })).toHaveText(locale === 'fr' ? 'Facturation électronique' : 'E-facturatie');
    // Data shown in words follows the language too: the theme's description and the actors' names.
    await expect(view(page).locator('.theme-description')).toHaveText(
      locale === 'fr' ? /^Factures électroniques/ : /^Elektronische facturen/,
    );
    await expect(
      view(page)
        .locator('.commitment-card dd', { hasText: locale === 'fr' ? 'pays du Benelux' : 'Benelux-landen' })
        .first(),
    ).toBeVisible();
    await expect(view(page).locator('.commitment-card dd', { hasText: 'Benelux countries' })).toHaveCount(0);
    await page.screenshot({ path: `test-results/screens/compare-${locale}.png` });
  }
});

test('axe-core finds no serious or critical violation on the Compare view, light and dark; the keyboard reaches it all', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await openPanes(page, [{ source: MEETING }]);
  // Ctrl+Shift+K opens it from the keyboard.
  await page.keyboard.press('Control+Shift+K');
  await expect(matrix(page)).toBeVisible({ timeout: 45_000 });
  expect(await seriousViolations(page)).toEqual([]);
  // From the keyboard: the first theme button, Enter opens the theme.
  await matrix(page).getByRole('button', { name: 'Digital identity', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(view(page).getByRole('heading', { level: 3, name: 'Digital identity' })).toBeFocused();
  const first = view(page).locator('.link-row').first();
  await first.getByRole('button', { name: 'Show word diff' }).click();
  await first.getByRole('button', { name: 'Compare the texts' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.locator('.toolbar').getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page)).toEqual([]);
  await page.mouse.move(5, 5);
  await page.screenshot({ path: 'test-results/screens/compare-theme-dark.png' });
  await view(page).getByRole('button', { name: 'All themes' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/compare-matrix-dark.png' });
  // The separator resizes from the keyboard.
  const separator = page.getByRole('separator', { name: 'Resize the Compare view and the reading panes' });
  await separator.focus();
  await separator.press('ArrowLeft');
  await expect(separator).toHaveAttribute('aria-valuenow', '53');
  // Closing gives the side panel back.
  await view(page).getByRole('button', { name: 'Close the Compare view' }).click();
  await expect(view(page)).toHaveCount(0);
  await expect(page.locator('.side-panel')).toBeVisible();
});

test('a small window: the Compare view goes above the panes, nothing overflows sideways', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(shell.url);
  await openPanes(page, [{ source: ANSWER, view: 'fr' }, { source: MEETING }]);
  await openCompare(page);
  await expect(page.locator('.compare-slot')).toHaveClass(/stacked/);
  await expect(page.getByRole('separator', { name: 'Resize the Compare view and the reading panes' })).toHaveAttribute(
    'aria-orientation',
    'horizontal',
  );
  const slot = await page.locator('.compare-slot').boundingBox();
  const reader = await page.locator('main.reader').boundingBox();
  expect(slot!.y + slot!.height).toBeLessThanOrEqual(reader!.y);
  await openTheme(page, 'Digital identity');
  const overflow = await view(page).evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.mouse.move(5, 5);
  await page.screenshot({ path: 'test-results/screens/compare-small-window.png' });
});

test('selecting a passage that holds a commitment brings the other panes to its linked commitment, with the relation as the reason', async ({
  page,
  shell,
}) => {
  // The comparison is computed in the background after start (following a passage never waits for it).
  const compared = page.waitForResponse((r) => r.url().endsWith('/api/compare'), { timeout: 45_000 });
  await page.goto(shell.url);
  await openPanes(page, [{ source: ANSWER, view: 'fr' }, { source: MEETING }]);
  await compared;
  await pane(page, 0).getByRole('button', { name: 'Outline' }).click();
  await page.locator('.outline-popover button', { hasText: 'marché multi-moyens' }).first().click();
  const passage = pane(page, 0).locator('.block', { hasText: 'Outre la reconnaissance de l' });
  await passage.scrollIntoViewIfNeeded();
  await settled(page, 0);
  await passage.click({ clickCount: 3 });
  const note = pane(page, 1).locator('.follow-note');
  await expect(note).toContainText('linked commitment (weakens)', { timeout: 20_000 });
  await settled(page, 1);
  expect((await atReadingLine(page, 1))!.text).toMatch(/^Une carte d’identité numérique pour les entreprises/);
  await page.mouse.move(5, 5);
  await page.screenshot({ path: 'test-results/screens/compare-linked-commitment.png' });
});
