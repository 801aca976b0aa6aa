import type { FlowItem } from './flow-item';

/** Markers that print the same level of a list whatever the glyph. */
function markerClass(marker: string): string {
  if (/^[-–—•·*▪◦‣]$/.test(marker)) return 'dash';
  if (/^\d+[.)]$/.test(marker)) return 'number';
  if (/^[a-z][.)]$/.test(marker)) return 'letter';
  return marker;
}

const boldLead = (it: FlowItem): boolean => it.raw.startsWith('**');

/**
 * Puts back list items a page break displaced: a run of items in another style (bold lead-ins)
 * stranded at the end of a list in plain items, right before a heading, goes back to the first list
 * in its own style after that heading (within that heading's section).
 */
export function returnDisplacedItems(items: FlowItem[]): FlowItem[] {
  const out = [...items];
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.kind !== 'list-item') continue;
    let end = i;
    while (end + 1 < out.length && out[end + 1]!.kind === 'list-item') end++;
    const run = out.slice(i, end + 1);
    const heading = out[end + 1];
    let s = run.length;
    while (s > 0 && boldLead(run[s - 1]!) && markerClass(run[s - 1]!.marker!) === markerClass(run[run.length - 1]!.marker!)) s--;
    const stranded = run.slice(s);
    if (s === 0 || stranded.length === 0 || boldLead(run[s - 1]!) || heading?.kind !== 'heading') {
      i = end;
      continue;
    }
    const style = markerClass(stranded[0]!.marker!);
    // The first list in the same style in the heading's section.
    let target = -1;
    for (let j = end + 2; j < out.length; j++) {
      const it = out[j]!;
      if (it.kind === 'heading' && (it.level ?? 1) <= (heading.level ?? 1)) break;
      if (it.kind === 'list-item' && out[j - 1]!.kind !== 'list-item') {
        if (boldLead(it) && markerClass(it.marker!) === style) {
          target = j;
          break;
        }
      }
    }
    if (target < 0) {
      i = end;
      continue;
    }
    let tEnd = target;
    while (tEnd + 1 < out.length && out[tEnd + 1]!.kind === 'list-item' && boldLead(out[tEnd + 1]!)) tEnd++;
    out.splice(tEnd + 1, 0, ...stranded);
    out.splice(i + s, stranded.length);
    i = end - stranded.length;
  }
  return out;
}

/**
 * Nesting depth of list items, run by run: deeper indentation nests; at the same indentation, a
 * new kind of marker after an item ending with a colon ("– Accès universel :" then "+ Points…")
 * nests; a kind of marker seen before in the run returns to its level ("–" and "-" are one kind).
 */
export function setListDepths(items: FlowItem[]): void {
  let stack: { cls: string; indent: number; depth: number; colon: boolean }[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'list-item') {
      stack = [];
      continue;
    }
    const cls = markerClass(it.marker ?? '-');
    const indent = it.indent ?? 0;
    const colon = /:\s*(?:\*\*)?\s*$/.test(it.raw);
    let depth: number;
    const known = stack.findIndex((e) => e.cls === cls && e.indent === indent);
    const top = stack[stack.length - 1];
    if (known >= 0) {
      depth = stack[known]!.depth;
      stack = stack.slice(0, known);
    } else if (!top) depth = 0;
    else if (indent > top.indent || (indent === top.indent && top.colon)) depth = top.depth + 1;
    else {
      while (stack.length > 0 && stack[stack.length - 1]!.indent > indent) stack.pop();
      depth = stack[stack.length - 1]?.depth ?? 0;
      stack.pop();
    }
    stack.push({ cls, indent, depth, colon });
    it.depth = depth;
  }
}
