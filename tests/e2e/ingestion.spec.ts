import { test, expect } from './shell';

test('shows the party programme with its numbered outline and footnotes as footnotes', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.locator('[data-source-id="engages-digital-plan"].source-card').click();
  const doc = page.locator('article.document');
  await expect(doc.locator('.block.heading.level-1').first()).toHaveText(
    'PLAN NUMÉRIQUE — POUR UNE DIGITALISATION ÉTHIQUE DE NOTRE SOCIÉTÉ',
  );
  await expect(doc.locator('.block.heading').filter({ hasText: 'ACCOMPAGNER LE CITOYEN' })).toContainText('1.1.');
  // Footnotes are notes (not paragraphs), and the markers link to them.
  const notes = doc.locator('.block.footnote');
  await expect(notes).toHaveCount(23);
  await expect(notes.first()).toContainText('https://www.digitalwallonia.be/fr/strategie/');
  const ref = doc.locator('.footnote-ref a').first();
  await expect(ref).toHaveAttribute('aria-label', 'Note 62');
  const target = (await ref.getAttribute('href'))!.slice(1);
  await expect(page.locator(`[id="${target}"]`)).toHaveClass(/footnote/);
  // Nested list items, no markup, no page debris.
  await expect(doc.locator('.block.list-item').filter({ hasText: "Points d'Accès Publics : Création" })).toHaveAttribute('style', /2\.8em/);
  await expect(doc.locator('.blocks')).not.toContainText('**');
  await expect(doc.locator('.blocks')).not.toContainText('<https');
  await expect(doc.locator('.blocks p.paragraph').filter({ hasText: /^⁶²/ })).toHaveCount(0);
  await doc.locator('.block.paragraph').filter({ hasText: "Afin de s'inscrire dans l'existant" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/reading-programme-notes.png' });
  await doc.locator('.block.list-item').filter({ hasText: 'Accès universel' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/reading-programme-lists.png' });
});

test('shows the last measures of section 2.3.2 of the programme before the 2.4 heading, as the file prints them', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await page.locator('[data-source-id="engages-digital-plan"].source-card').click();
  const doc = page.locator('article.document');
  const consumers = doc.locator('.block.list-item').filter({ hasText: 'Faire appliquer strictement le droit à la consommation' });
  await consumers.scrollIntoViewIfNeeded();
  // In the order of the page: the two bold measures, the note of 2.3.2, then the 2.4 and 2.4.1 headings.
  const wanted =
    /^(Promouvoir la transparence et la resp|Faire appliquer strictement le droit à la c|2\.4\.(1\.)?\s|Protéger les droits fondamentaux)/;
  const texts = await doc.locator('.block').evaluateAll((els) =>
    els.map((e) => {
      // A list item's bullet is decoration (aria-hidden), not text.
      const copy = e.cloneNode(true) as HTMLElement;
      copy.querySelector('.marker[aria-hidden="true"]')?.remove();
      return (copy.textContent ?? '').trim();
    }),
  );
  const order = texts.filter((t) => wanted.test(t));
  expect(order.map((t) => t.slice(0, 12))).toEqual(['Promouvoir l', 'Faire appliq', '2.4. SÉCURIS', '2.4.1. RENFO', 'Protéger les']);
  await doc.locator('.block.heading').filter({ hasText: 'ANTICIPER ET GÉRER LES RISQUES DE CYBERSÉCURITÉ' }).scrollIntoViewIfNeeded();
  await consumers.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: 'test-results/screens/reading-programme-2-3-2-end.png' });
  // …and the issues of 2.4.1 are its own three.
  await doc
    .locator('.block.list-item')
    .filter({ hasText: 'Assurer la protection des données et la vie privée' })
    .evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: 'test-results/screens/reading-programme-2-4-1-issues.png' });
});

test('shows the DESI profile with its indicator tables rebuilt and its footnotes', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.locator('[data-source-id="desi-2021-belgium"].source-card').click();
  const doc = page.locator('article.document');
  const tables = doc.locator('.block.table table');
  await expect(tables).toHaveCount(2);
  const readiness = tables.first().locator('tr').filter({ hasText: '5G readiness' });
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
  await expect(tables.first().locator('th')).toContainText(['Indicator', 'Label', 'Unit', 'Belgium DESI 2019']);
  // What could not be rebuilt is still there, as text.
  await expect(doc.locator('.block.table-text').first()).toContainText('2a1 Overall fixed broadband take-up');
  await expect(doc.locator('.block.footnote')).toHaveCount(24);
  await expect(doc.locator('.footnote-ref a')).toHaveCount(24);
  // Running headers and page numbers are not in the text.
  await expect(doc.locator('.blocks')).not.toContainText('Digital Economy and Society Index 2021Belgium');
  await expect(doc.locator('.blocks .block', { hasText: /^Digital Economy and Society Index 2021$/ })).toHaveCount(0);
  await tables.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/reading-desi-table.png' });
  await doc.locator('.block.footnote').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/reading-desi-notes.png' });
  await tables.nth(1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/reading-desi-table-2.png' });
});
