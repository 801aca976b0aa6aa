import type { APIRequestContext } from '@playwright/test';
import type { IngestedDocument } from '../../src/shared/model';
import type { SearchRequest, SearchResponse } from '../../src/shared/search';
import { ANSWER, atReadingLine, DESI, fakeSearch, MEETING, openPanes, pane, PROGRAMME, scroller, settled } from './reading';
import { expect, test, type Shell } from './shell';

async function call<T>(shell: Shell, request: APIRequestContext, method: string, arg?: unknown): Promise<T> {
  const r = await request.post(`${shell.origin}/api/${method}`, {
    data: arg === undefined ? {} : { arg },
    headers: { 'X-Synopsis-Token': shell.token },
  });
  const envelope = (await r.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(envelope.error?.message);
  return envelope.value;
}

/** The placeholder the host answers with until the search engine (issue 4) is merged. */
async function engineMissing(shell: Shell, request: APIRequestContext): Promise<boolean> {
  const r = await request.post(`${shell.origin}/api/search`, {
    data: { arg: { query: '5G' } },
    headers: { 'X-Synopsis-Token': shell.token },
  });
  const envelope = (await r.json()) as { ok: boolean; error?: { message: string } };
  return !envelope.ok && envelope.error?.message === 'Search is not available in this build yet.';
}

test('search 5G (the real engine): hits in the expected panes, counted per pane; F3 moves through them', async ({
  page,
  shell,
  request,
}) => {
  // Runs as soon as the engine is in the build (it passes against the search branch); until then it is a known gap.
  test.fixme(await engineMissing(shell, request), 'the search engine is not in this build yet');
  await page.goto(shell.url);
  const panes = [
    { source: ANSWER, view: 'nl' as const },
    { source: ANSWER, view: 'fr' as const },
    { source: MEETING },
    { source: PROGRAMME },
    { source: DESI },
  ];
  await openPanes(page, panes);
  await scroller(page, 0).click();
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Search all sources' })).toBeFocused();
  await page.keyboard.type('5G');
  await expect(page.locator('#search-status')).toContainText(/hits?/);

  // What each pane must count: the engine's hits for its source, in the language its view shows.
  const response = await call<SearchResponse>(shell, request, 'search', { query: '5G', expand: true, limit: 1000 });
  const answer = await call<IngestedDocument>(shell, request, 'getDocument', { sourceId: ANSWER });
  const stream = new Map(answer.blocks.map((b) => [b.id, b.stream]));
  const blocksOf = (sourceId: string, view?: string) =>
    new Set(response.hits.filter((h) => h.sourceId === sourceId && (!view || stream.get(h.blockId) === view)).map((h) => h.blockId));
  const expected = panes.map((p) => blocksOf(p.source, p.view).size);
  expect(expected[0]).toBeGreaterThan(0); // "5G-technologie" in the Dutch answer
  expect(expected[1]).toBeGreaterThan(0); // "la technologie 5G" in the French answer
  expect(expected[3]).toBeGreaterThan(0); // the party programme
  expect(expected[4]).toBeGreaterThan(0); // DESI
  for (const [i, count] of expected.entries())
    await expect(pane(page, i).locator('.pane-hits')).toHaveAttribute('data-hit-count', String(count));

  // The result list: grouped by source, with counts.
  await expect(page.getByRole('tab', { name: /Results/ })).toHaveAttribute('aria-selected', 'true');
  for (const g of response.groups.filter((x) => x.count > 0))
    await expect(
      page
        .locator('.result-group', {
          has: page.locator(`[data-block-id="${response.hits.find((h) => h.sourceId === g.sourceId)!.blockId}"]`),
        })
        .locator('h3 .count'),
    ).toHaveText(String(g.count));
  // Hits are highlighted in the panes.
  await expect(scroller(page, 0).locator('mark.hit').first()).toBeVisible();

  // F3 in the DESI pane: first hit, second hit; Shift+F3 back.
  const desiHits = [...blocksOf(DESI)];
  await scroller(page, 4).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('F3');
  await expect(pane(page, 4).locator('.pane-hits .count')).toHaveText(`hit 1 of ${expected[4]}`);
  await settled(page, 4);
  const first = (await atReadingLine(page, 4))!.blockId;
  expect(desiHits).toContain(first);
  await page.keyboard.press('F3');
  await expect(pane(page, 4).locator('.pane-hits .count')).toHaveText(`hit 2 of ${expected[4]}`);
  await settled(page, 4);
  const second = (await atReadingLine(page, 4))!.blockId;
  expect(desiHits).toContain(second);
  expect(second).not.toBe(first);
  await expect(scroller(page, 4).locator(`[data-block-id="${second}"] mark.hit.current`).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/search-5g.png' });
  await page.keyboard.press('Shift+F3');
  await expect(pane(page, 4).locator('.pane-hits .count')).toHaveText(`hit 1 of ${expected[4]}`);
  await settled(page, 4);
  expect((await atReadingLine(page, 4))!.blockId).toBe(first);
});

test('a query the engine cannot read is explained under the box; the query and the panes stay', async ({ page, shell }) => {
  await fakeSearch(page, shell);
  await page.goto(shell.url);
  await openPanes(page, [{ source: DESI }]);
  const box = page.getByRole('searchbox', { name: 'Search all sources' });
  await box.fill('source:');
  const problem = page.locator('#search-problem');
  await expect(problem).toContainText('This search cannot be read:');
  await expect(problem).toContainText('needs a value after the colon');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveValue('source:');
  await expect(page.getByRole('alert')).toContainText('cannot be read');
  await page.screenshot({ path: 'test-results/screens/search-bad-query.png' });
  await box.fill('broadband');
  await expect(problem).toBeEmpty();
  await expect(box).toHaveAttribute('aria-invalid', 'false');
  await expect(pane(page, 0).locator('.pane-hits')).not.toHaveAttribute('data-hit-count', '0');

  // The engine failing (not the query) is told apart.
  await page.unroute('**/api/search');
  await page.route('**/api/search', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { kind: 'corrupt', message: 'The index is damaged; it will be rebuilt.' } }),
    }),
  );
  await box.fill('fibre');
  await expect(problem).toContainText('Search is unavailable: The index is damaged');
  await expect(box).toHaveAttribute('aria-invalid', 'false');
});

test('the “expand across languages” switch goes with every query', async ({ page, shell }) => {
  const seen: SearchRequest[] = [];
  await fakeSearch(page, shell, seen);
  await page.goto(shell.url);
  const box = page.getByRole('searchbox', { name: 'Search all sources' });
  await box.fill('fibre');
  await expect.poll(() => seen.at(-1)).toMatchObject({ query: 'fibre', expand: true });
  await page.getByLabel('Expand across languages').uncheck();
  await expect.poll(() => seen.at(-1)).toMatchObject({ query: 'fibre', expand: false });
});

test('clicking a result scrolls its pane there, and the linked panes follow', async ({ page, shell }) => {
  await fakeSearch(page, shell);
  await page.goto(shell.url);
  await openPanes(page, [{ source: ANSWER, view: 'nl' }, { source: ANSWER, view: 'fr' }, { source: DESI }]);
  await page.getByRole('searchbox', { name: 'Search all sources' }).fill('5G');
  const groups = page.locator('.result-group');
  await expect(groups.first()).toBeVisible();
  // A Dutch hit of the 2021 answer: the Dutch pane goes there, the French pane to its translation.
  const nlHit = page.locator('.result', { hasText: '5G-technologie' }).first();
  const blockId = (await nlHit.getAttribute('data-block-id'))!;
  await nlHit.click();
  await settled(page, 0);
  await settled(page, 1);
  expect((await atReadingLine(page, 0))!.blockId).toBe(blockId);
  expect((await atReadingLine(page, 1))!.text).toContain('technologie 5G');
  await expect(pane(page, 1).locator('.follow-note')).toContainText('translation');
  // The DESI pane (linked, another document) goes to its own best hit of the search.
  await expect(pane(page, 2).locator('.follow-note')).toContainText('matches the search “5G”');
  await settled(page, 2);
  // The hit itself is at the reading line, even inside a long paragraph.
  const markTop = await scroller(page, 2).evaluate((sc) => {
    const line = sc.getBoundingClientRect().top + Math.round(Math.min(160, Math.max(24, sc.clientHeight * 0.2)));
    return sc.querySelector('.follow-target mark.hit')!.getBoundingClientRect().top - line;
  });
  expect(Math.abs(markTop)).toBeLessThan(4);
  await expect(pane(page, 0).locator('.pane-hits .count')).toContainText('hit');
  await page.screenshot({ path: 'test-results/screens/search-result-followed.png' });
});
