import type { IngestedDocument } from '../../src/shared/model';
import { callApi, DESI, PROGRAMME, openPanes, reveal, scroller } from './reading';
import { test, expect } from './shell';

test('shows the party programme with its numbered outline and footnotes as footnotes', async ({ page, shell }) => {
  await page.goto(shell.url);
  await openPanes(page, [{ source: PROGRAMME }]);
  const sc = scroller(page, 0);
  await expect(sc.locator('.block.heading.level-1').first()).toHaveText(
    'PLAN NUMÉRIQUE — POUR UNE DIGITALISATION ÉTHIQUE DE NOTRE SOCIÉTÉ',
  );
  await expect(await reveal(page, 0, '.block.heading', 'ACCOMPAGNER LE CITOYEN')).toContainText('1.1.');
  // Footnotes are notes (not paragraphs), and the markers link to them.
  const doc = await callApi<IngestedDocument>(page, shell, 'getDocument', { sourceId: PROGRAMME });
  const notes = doc.blocks.filter((b) => b.kind === 'footnote');
  expect(notes).toHaveLength(23);
  expect(notes[0]!.text).toContain('https://www.digitalwallonia.be/fr/strategie/');
  expect(doc.blocks.filter((b) => b.kind === 'paragraph' && /^⁶²/.test(b.text))).toHaveLength(0);
  for (const b of doc.blocks) {
    expect(b.text).not.toContain('**');
    expect(b.text).not.toContain('<https');
  }
  const ref = await reveal(page, 0, '.footnote-ref a');
  await expect(ref).toHaveAttribute('aria-label', 'Note 62');
  const target = (await ref.getAttribute('data-footnote-target'))!;
  await ref.click();
  await expect(sc.locator(`[data-block-id="${target}"]`)).toHaveClass(/footnote/);
  // Nested list items, indented by their depth.
  await expect(await reveal(page, 0, '.block.list-item', "Points d'Accès Publics : Création")).toHaveAttribute('style', /2\.8em/);
  await reveal(page, 0, '.block.paragraph', "Afin de s'inscrire dans l'existant");
  await page.screenshot({ path: 'test-results/screens/reading-programme-notes.png' });
  await reveal(page, 0, '.block.list-item', 'Accès universel');
  await page.screenshot({ path: 'test-results/screens/reading-programme-lists.png' });
});

test('shows the last measures of section 2.3.2 of the programme before the 2.4 heading, as the file prints them', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await openPanes(page, [{ source: PROGRAMME }]);
  // The order is the document's (the pane is virtualized: read it from the API, then look at it on screen).
  const doc = await callApi<IngestedDocument>(page, shell, 'getDocument', { sourceId: PROGRAMME });
  const wanted =
    /^(Promouvoir la transparence et la resp|Faire appliquer strictement le droit à la c|2\.4\.(1\.)?\s|Protéger les droits fondamentaux)/;
  const order = doc.blocks.map((b) => (b.kind === 'heading' && b.marker ? `${b.marker} ${b.text}` : b.text)).filter((t) => wanted.test(t));
  expect(order.map((t) => t.slice(0, 12))).toEqual(['Promouvoir l', 'Faire appliq', '2.4. SÉCURIS', '2.4.1. RENFO', 'Protéger les']);
  // In the pane: the two bold measures, the note of 2.3.2, then the 2.4 heading.
  const consumers = await reveal(page, 0, '.block.list-item', 'Faire appliquer strictement le droit à la consommation');
  await consumers.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: 'test-results/screens/reading-programme-2-3-2-end.png' });
  // …and the issues of 2.4.1 are its own three.
  const issue = await reveal(page, 0, '.block.list-item', 'Assurer la protection des données et la vie privée');
  await issue.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: 'test-results/screens/reading-programme-2-4-1-issues.png' });
});

test('shows the DESI profile with its indicator tables rebuilt and its footnotes', async ({ page, shell }) => {
  await page.goto(shell.url);
  await openPanes(page, [{ source: DESI }]);
  const doc = await callApi<IngestedDocument>(page, shell, 'getDocument', { sourceId: DESI });
  expect(doc.blocks.filter((b) => b.kind === 'table' && b.table)).toHaveLength(2);
  expect(doc.blocks.filter((b) => b.kind === 'footnote')).toHaveLength(24);
  expect(doc.blocks.flatMap((b) => b.marks.filter((m) => m.kind === 'footnote-ref' && m.target))).toHaveLength(24);
  // Running headers and page numbers are not in the text.
  expect(doc.blocks.filter((b) => b.text.includes('Digital Economy and Society Index 2021Belgium'))).toHaveLength(0);
  expect(doc.blocks.filter((b) => /^Digital Economy and Society Index 2021$/.test(b.text))).toHaveLength(0);

  const table = await reveal(page, 0, '.block.table table', '5G readiness');
  const readiness = table.locator('tr').filter({ hasText: '5G readiness' });
  await expect(readiness.locator('td')).toHaveText([
    '2c2',
    '5G readiness',
    'Assigned spectrum as a % of total harmonised 5G spectrum',
    '0%',
    '3%',
    '3%',
    '51%',
    '2019, 2020, 2021, 2021',
  ]);
  await expect(table.locator('th')).toContainText(['Indicator', 'Label', 'Unit', 'Belgium DESI 2019']);
  await page.screenshot({ path: 'test-results/screens/reading-desi-table.png' });
  // What could not be rebuilt is still there, as text.
  await expect(await reveal(page, 0, '.block.table-text')).toContainText('2a1 Overall fixed broadband take-up');
  await reveal(page, 0, '.block.footnote');
  await page.screenshot({ path: 'test-results/screens/reading-desi-notes.png' });
  await reveal(page, 0, '.block.table table', 'e-Government users');
  await page.screenshot({ path: 'test-results/screens/reading-desi-table-2.png' });
});
