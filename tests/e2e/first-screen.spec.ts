import { ANSWER, MEETING, pane } from './reading';
import { startShell, test, expect } from './shell';

test('lists the five bundled sources with their metadata and the date conflict', async ({ page, shell }) => {
  await page.goto(shell.url);
  const cards = page.locator('.source-card');
  await expect(cards).toHaveCount(5);
  await expect(page.getByRole('heading', { name: /Sources/ })).toBeVisible();
  const answer = page.locator(`[data-source-id="${ANSWER}"].source-card`);
  await expect(answer).toContainText('Date conflict');
  await expect(answer).toContainText('19 juin 2021');
  await expect(answer).toContainText('NL · FR');
  await expect(page.locator('.pane-area.empty')).toContainText('Choose a source');
  await page.screenshot({ path: 'test-results/screens/first-screen.png' });
});

test('opens a source as readable text in a pane and restores it after a reload', async ({ page, shell }) => {
  await page.goto(shell.url);
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/updateWorkspace') && r.ok());
  await page.locator(`[data-source-id="${MEETING}"].source-card`).click();
  await saved;
  const first = pane(page, 0);
  await expect(first.locator('.pane-title')).toHaveText(/Le Benelux unit ses forces pour un avenir numérique commun et résilient/);
  await expect(first.locator('.pane-scroll')).toContainText('table ronde sur l’inclusion numérique');
  await expect(first.locator('.block').first()).toBeVisible();
  // No markup or page debris shown as text.
  await expect(first.locator('.pane-scroll')).not.toContainText('**');
  await page.screenshot({ path: 'test-results/screens/reading-2025-meeting.png' });
  await page.reload();
  await expect(pane(page, 0).locator('.pane-title')).toHaveText(/Le Benelux unit ses forces pour un avenir numérique commun et résilient/);
});

test('shows the 2021 answer with its date conflict and both languages side by side', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.locator(`[data-source-id="${ANSWER}"].source-card`).click();
  const first = pane(page, 0);
  await expect(first.locator('.pane-meta')).toContainText('Date conflict');
  await expect(first.getByLabel('Languages shown')).toHaveValue('parallel');
  const firstPair = first.locator('.row.pair').filter({ hasText: 'Het Benelux Comité van Ministers heeft met belangstelling' });
  await expect(firstPair).toContainText('Le Comité de Ministres Benelux a pris connaissance');
  await page.screenshot({ path: 'test-results/screens/reading-2021-answer.png', fullPage: false });
});

test('switches the interface language and keeps the choice', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByLabel('Interface language').selectOption('fr');
  await expect(page.getByRole('heading', { name: /Sources/ })).toBeVisible();
  await expect(page.locator('.source-card').first()).toContainText('Comparée');
  await page.getByLabel('Langue de l’interface').selectOption('nl');
  await expect(page.getByRole('heading', { name: /Bronnen/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: /Bronnen/ })).toBeVisible();
});

test('without the token the page explains what to open, and the API refuses', async ({ page, shell, request }) => {
  await page.goto(shell.origin + '/');
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(shell.origin + '/?again');
  await expect(page.getByRole('alert')).toContainText('#token=');
  const noToken = await request.post(`${shell.origin}/api/listSources`, { data: {} });
  expect(noToken.status()).toBe(403);
  const ok = await request.post(`${shell.origin}/api/listSources`, { data: {}, headers: { 'X-Synopsis-Token': shell.token } });
  expect(ok.status()).toBe(200);
});

test('a folder with unreadable files still opens, listing what was rejected', async ({ page }) => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synopsis-corpus-'));
  fs.writeFileSync(path.join(dir, 'note.txt'), 'Une note en français sur la stratégie numérique de la Wallonie et ses ambitions.\n');
  fs.writeFileSync(path.join(dir, 'image.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0]));
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  const shell = await startShell({ corpus: dir });
  try {
    await page.goto(shell.url);
    await expect(page.locator('.source-card')).toHaveCount(1);
    await expect(page.locator('.rejected')).toContainText('image.bin');
    await expect(page.locator('.rejected')).toContainText('empty.txt');
    await expect(page.locator('.hint')).toContainText('sources.json');
    await page.screenshot({ path: 'test-results/screens/rejected-files.png' });
  } finally {
    await shell.stop();
  }
});
