import type { FlowItem } from './flow-item';

/** Markers that print the same level of a list whatever the glyph. */
export function markerClass(marker: string): string {
  if (/^[-–—•·*▪◦‣]$/.test(marker)) return 'dash';
  if (/^\d+[.)]$/.test(marker)) return 'number';
  if (/^[a-z][.)]$/.test(marker)) return 'letter';
  return marker;
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
