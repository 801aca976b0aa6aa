import type { Locator, Page } from '@playwright/test';
import { scroller, settled } from './reading';
import { expect } from './shell';

/** Helpers for the annotations end-to-end tests: selecting a quote in a pane as a reader would. */

/**
 * Brings the block holding `quote` into view in pane `index` and selects the quote there (a DOM
 * range over the text nodes, as a drag would leave it). Returns the block.
 */
export async function selectQuote(page: Page, index: number, quote: string, endQuote?: string): Promise<Locator> {
  const block = await revealText(page, index, quote);
  await block.evaluate(
    (el, { quote, endQuote }) => {
      const scroller = el.closest('.pane-scroll')!;
      const locate = (text: string, from: Element): { node: Text; offset: number; end: { node: Text; offset: number } } => {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(from, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        const all = nodes.map((n) => n.data).join('');
        const at = all.indexOf(text);
        if (at < 0) throw new Error(`not found: ${text}`);
        const point = (offset: number): { node: Text; offset: number } => {
          let o = offset;
          for (const n of nodes) {
            if (o <= n.data.length) return { node: n, offset: o };
            o -= n.data.length;
          }
          const last = nodes[nodes.length - 1]!;
          return { node: last, offset: last.data.length };
        };
        const start = point(at);
        // The end of the range: past the last character (in the node that holds it).
        let end = point(at + text.length);
        if (end.offset === 0) {
          const i = nodes.indexOf(end.node);
          if (i > 0) end = { node: nodes[i - 1]!, offset: nodes[i - 1]!.data.length };
        }
        return { ...start, end };
      };
      const first = locate(quote, el);
      const range = document.createRange();
      range.setStart(first.node, first.offset);
      if (endQuote) {
        const last = locate(endQuote, scroller);
        range.setEnd(last.end.node, last.end.offset);
      } else range.setEnd(first.end.node, first.end.offset);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    { quote, endQuote },
  );
  await expect(page.locator('.selection-popover')).toBeVisible();
  return block;
}

/**
 * Scrolls pane `index` from the top until a block with `text` is rendered (rows are virtualized),
 * waiting for the rows to render after each step (two frames), so a loaded machine skips nothing.
 */
export async function revealText(page: Page, index: number, text: string): Promise<Locator> {
  const sc = scroller(page, index);
  const target = sc.locator('[data-block-id]', { hasText: text }).first();
  await settled(page, index);
  if ((await target.count()) === 0) {
    await sc.evaluate((el) => (el.scrollTop = 0));
    for (let i = 0; i < 400; i++) {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      if ((await target.count()) > 0) break;
      const moved = await sc.evaluate((el) => {
        const before = el.scrollTop;
        el.scrollTop += el.clientHeight * 0.5;
        return el.scrollTop !== before;
      });
      if (!moved) {
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        break;
      }
    }
  }
  await expect(target).toHaveCount(1);
  await target.scrollIntoViewIfNeeded();
  return target;
}

/** The highlight marks of an annotation text in pane `index`. */
export function highlight(page: Page, index: number, text: string | RegExp): Locator {
  return scroller(page, index).locator('mark.annotation', { hasText: text });
}

export const panel = (page: Page): Locator => page.locator('.annotations-panel');
export const items = (page: Page): Locator => page.locator('.annotations-panel .annotation-item');
