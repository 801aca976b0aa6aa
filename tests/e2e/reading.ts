import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { IngestedDocument } from '../../src/shared/model';
import type { SearchHit, SearchRequest, SearchResponse } from '../../src/shared/search';
import type { PaneView } from '../../src/shared/workspace';
import { expect, type Shell } from './shell';

/** Helpers for the reading view's end-to-end tests: panes, reading positions, a fake search engine, axe. */

export const ANSWER = 'benelux-answer-2021';
export const MEETING = 'benelux-dg-meeting-2025';
export const PROGRAMME = 'engages-digital-plan';
export const WORK_PROGRAMME = 'benelux-work-programme-2021-2024';
export const DESI = 'desi-2021-belgium';

export const pane = (page: Page, index: number): Locator => page.locator('section.pane').nth(index);
export const scroller = (page: Page, index: number): Locator => pane(page, index).locator('.pane-scroll');

/** Opens panes by clicking source cards, then sets each pane's view. */
export async function openPanes(page: Page, specs: readonly { source: string; view?: PaneView }[]): Promise<void> {
  for (const spec of specs) await page.locator(`[data-source-id="${spec.source}"].source-card`).click();
  await expect(page.locator('section.pane')).toHaveCount(specs.length);
  for (const [i, spec] of specs.entries()) {
    if (!spec.view) continue;
    const select = pane(page, i).getByLabel('Languages shown');
    await select.selectOption(spec.view);
  }
  for (let i = 0; i < specs.length; i++) await expect(scroller(page, i).locator('[data-block-id]').first()).toBeVisible();
}

export interface AtLine {
  readonly blockId: string;
  readonly key: string;
  readonly text: string;
}

/** The block under a pane's reading line (a fifth of the way down), as the app computes it. */
export async function atReadingLine(page: Page, index: number): Promise<AtLine | null> {
  return scroller(page, index).evaluate((sc) => {
    const r = sc.getBoundingClientRect();
    const line = r.top + Math.round(Math.min(160, Math.max(24, sc.clientHeight * 0.2)));
    const blocks = [...sc.querySelectorAll<HTMLElement>('[data-block-id]')];
    const el =
      blocks.find((e) => {
        const b = e.getBoundingClientRect();
        return b.top <= line + 1 && b.bottom > line + 1;
      }) ?? blocks.find((e) => e.getBoundingClientRect().top > line);
    return el ? { blockId: el.dataset.blockId!, key: el.dataset.syncKey ?? '', text: el.textContent ?? '' } : null;
  });
}

/** Scrolls a pane the way a reader does: the mouse over it, the wheel turned. */
export async function wheel(page: Page, index: number, deltaY: number, steps = 8): Promise<void> {
  const box = (await scroller(page, index).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, deltaY / steps);
    await page.waitForTimeout(30);
  }
}

/** Waits until the pane has stopped moving (jumps settle over a few frames). */
export async function settled(page: Page, index: number): Promise<void> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const top = await scroller(page, index).evaluate((sc) => sc.scrollTop);
        const same = top === last;
        last = top;
        return same;
      },
      { intervals: [120, 120, 200, 300] },
    )
    .toBe(true);
}

/**
 * A stand-in for the search engine, answering `/api/search` in the page with plain
 * case-insensitive substring matching over the real documents: UI tests do not depend on the
 * engine's ranking. A query ending in `:` is refused as lunr would be, with a `bad-input` message.
 */
export async function fakeSearch(page: Page, shell: Shell, seen: SearchRequest[] = []): Promise<SearchRequest[]> {
  const docs = new Map<string, IngestedDocument>();
  const call = async <T>(method: string, arg?: unknown): Promise<T> => {
    const r = await page.request.post(`${shell.origin}/api/${method}`, {
      data: arg === undefined ? {} : { arg },
      headers: { 'X-Synopsis-Token': shell.token },
    });
    const envelope = (await r.json()) as { ok: boolean; value: T };
    return envelope.value;
  };
  await page.route('**/api/search', async (route) => {
    const request = (route.request().postDataJSON() as { arg: SearchRequest }).arg;
    seen.push(request);
    if (request.query.trim().endsWith(':')) {
      await route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          ok: false,
          error: { kind: 'bad-input', message: 'A field name needs a value after the colon, e.g. source:desi-2021-belgium.' },
        }),
      });
      return;
    }
    if (docs.size === 0) {
      const list = await call<{ sources: { id: string }[] }>('listSources');
      for (const s of list.sources) docs.set(s.id, await call<IngestedDocument>('getDocument', { sourceId: s.id }));
    }
    const needle = request.query.trim().replace(/^"|"$/g, '').toLowerCase();
    const hits: SearchHit[] = [];
    for (const doc of docs.values()) {
      if (request.sources && !request.sources.includes(doc.source.id)) continue;
      for (const b of doc.blocks) {
        const lower = b.text.toLowerCase();
        const highlights: { start: number; end: number }[] = [];
        for (let at = lower.indexOf(needle); needle && at >= 0; at = lower.indexOf(needle, at + needle.length))
          highlights.push({ start: at, end: at + needle.length });
        if (highlights.length === 0) continue;
        const from = Math.max(0, highlights[0]!.start - 40);
        hits.push({
          sourceId: doc.source.id,
          blockId: b.id,
          lang: b.lang,
          score: highlights.length,
          snippet: {
            text: b.text.slice(from, from + 160),
            highlights: highlights.filter((h) => h.end <= from + 160).map((h) => ({ start: h.start - from, end: h.end - from })),
          },
          text: b.text,
          matchedVia: 'direct',
          highlights,
        });
      }
    }
    const counts = new Map<string, number>();
    for (const h of hits) counts.set(h.sourceId, (counts.get(h.sourceId) ?? 0) + 1);
    const response: SearchResponse = {
      query: request.query,
      total: hits.length,
      hits,
      groups: [...counts].map(([sourceId, count]) => ({ sourceId, count })),
      notices: [],
    };
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: response }) });
  });
  return seen;
}

const axeSource = readFileSync(path.join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (through the DevTools protocol, so the page's CSP does not block it). */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; help: string; nodes: string[] }[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return (result.violations as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[]).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

/** Serious and critical violations only: what the issue forbids. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string | null; help: string; nodes: string[] }[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Scrolls a pane until an element matching `selector` (optionally with `text`) is rendered (the
 * rows are virtualized: what is far away is not in the DOM), and brings it to the reading line.
 */
export async function reveal(page: Page, index: number, selector: string, text?: string | RegExp): Promise<Locator> {
  const sc = scroller(page, index);
  const target = text === undefined ? sc.locator(selector).first() : sc.locator(selector, { hasText: text }).first();
  // A jump may still be settling (it holds its target for a few frames): let it finish first.
  await settled(page, index);
  // Rows of the viewport are rendered: some block's box meets the scroller's.
  const rowsInView = (): Promise<boolean> =>
    sc.evaluate((el) => {
      const view = el.getBoundingClientRect();
      return [...el.querySelectorAll('[data-block-id]')].some((b) => {
        const box = b.getBoundingClientRect();
        return box.bottom > view.top && box.top < view.bottom;
      });
    });
  const frames = (): Promise<unknown> =>
    page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
  // Top to bottom a viewport at a time; on a loaded machine the virtualizer can lag a step behind
  // the scroll, so a second sweep goes in half steps before giving up.
  for (const step of [0.8, 0.4]) {
    await sc.evaluate((el) => (el.scrollTop = 0));
    for (let i = 0; i < 800 && (await target.count()) === 0; i++) {
      const before = await sc.evaluate((el) => el.scrollTop);
      await sc.evaluate((el, f) => (el.scrollTop += el.clientHeight * f), step);
      // Two frames, then until the rows of the new position are there before we look (a fixed
      // delay is too short on a loaded machine, and the loop would scroll past the target).
      await frames();
      for (let w = 0; w < 50 && !(await rowsInView()); w++) await frames();
      if ((await sc.evaluate((el) => el.scrollTop)) === before && (await target.count()) === 0) break;
    }
    if ((await target.count()) > 0) break;
  }
  await expect(target).toHaveCount(1);
  await target.scrollIntoViewIfNeeded();
  return target;
}

/** A method of the contract, called over HTTP with the shell's token. */
export async function callApi<T>(page: Page, shell: Shell, method: string, arg?: unknown): Promise<T> {
  const r = await page.request.post(`${shell.origin}/api/${method}`, {
    data: arg === undefined ? {} : { arg },
    headers: { 'X-Synopsis-Token': shell.token },
  });
  const envelope = (await r.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(envelope.error?.message);
  return envelope.value;
}
