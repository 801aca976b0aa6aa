import type { DraftBlock } from './draft';
import { contentRange, mergeRanges, splitLines, type SourceLine } from './lines';

const LIST_MARKER = /^(\s*)([-–—•·+→*]|\d{1,3}[.)]|[a-z][.)])\s+(?=\S)/;
const SEPARATOR = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const MD_HEADING = /^\s*(#{1,6})\s+(.+?)\s*#*\s*$/;
const WHOLE_BOLD = /^\s*\*\*([^*]+(?:\*(?!\*)[^*]*)*)\*\*\s*$/;

/**
 * The first cut the bilingual segmenter works on: runs of lines between blank lines become
 * paragraphs (hard-wrapped lines joined), list items, or headings (a short paragraph entirely in
 * bold, a `#` line). Other texts go through the paged segmenter (`./paged`), which reflows, finds
 * furniture, notes and tables.
 */
export function segmentGeneric(text: string): DraftBlock[] {
  const drafts: DraftBlock[] = [];
  let group: SourceLine[] = [];
  const flush = (): void => {
    if (group.length > 0) drafts.push(...segmentGroup(group));
    group = [];
  };
  for (const line of splitLines(text)) {
    if (line.text.trim() === '' || SEPARATOR.test(line.text)) flush();
    else group.push(line);
  }
  flush();
  return drafts;
}

function segmentGroup(lines: readonly SourceLine[]): DraftBlock[] {
  const first = lines[0]!;
  const md = MD_HEADING.exec(first.text);
  if (lines.length === 1 && md) {
    return [{ kind: 'heading', raw: md[2]!, level: md[1]!.length, origin: [contentRange(first)] }];
  }
  const joined = lines.map((l) => l.text.trim()).join(' ');
  const origin = mergeRanges(lines.map(contentRange), 1);
  if (WHOLE_BOLD.test(joined) && joined.length <= 300 && !/[.:;]\*\*$/.test(joined.replace(/\s+$/, ''))) {
    return [{ kind: 'heading', raw: joined, level: 2, origin }];
  }
  if (LIST_MARKER.test(first.text)) return segmentList(lines);
  return [{ kind: 'paragraph', raw: joined, origin }];
}

/** A run of list lines: each marker starts an item, unmarked lines continue the previous one. */
function segmentList(lines: readonly SourceLine[]): DraftBlock[] {
  const items: { marker: string; indent: number; lines: SourceLine[] }[] = [];
  for (const line of lines) {
    const m = LIST_MARKER.exec(line.text);
    if (m) items.push({ marker: m[2]!, indent: m[1]!.length, lines: [line] });
    else items[items.length - 1]!.lines.push(line);
  }
  const indents = [...new Set(items.map((i) => i.indent))].sort((a, b) => a - b);
  return items.map((item) => {
    const raw = item.lines.map((l, k) => (k === 0 ? l.text.replace(LIST_MARKER, '') : l.text).trim()).join(' ');
    return {
      kind: 'list-item',
      raw,
      marker: item.marker,
      depth: indents.indexOf(item.indent),
      origin: mergeRanges(item.lines.map(contentRange), 1),
    } satisfies DraftBlock;
  });
}
