import { PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { Bookmark } from './writer';

interface Node {
  readonly bookmark: Bookmark;
  readonly children: Node[];
  ref?: PDFRef;
}

/** Nests bookmarks by level: a level-1 entry belongs to the level-0 entry before it. */
function tree(bookmarks: readonly Bookmark[]): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const b of bookmarks) {
    const node: Node = { bookmark: b, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.bookmark.level >= b.level) stack.pop();
    (stack.length === 0 ? roots : stack[stack.length - 1]!.children).push(node);
    stack.push(node);
  }
  return roots;
}

function count(nodes: readonly Node[]): number {
  return nodes.reduce((n, x) => n + 1 + count(x.children), 0);
}

/**
 * The document outline (bookmarks): one entry per section and, under it, per source or theme,
 * each opening its page at the heading. pdf-lib has no API for it, so the dictionaries are
 * written as ISO 32000 describes them (12.3.3).
 */
export function addOutline(doc: PDFDocument, bookmarks: readonly Bookmark[]): void {
  if (bookmarks.length === 0) return;
  const context = doc.context;
  const pages = doc.getPages();
  const rootRef = context.nextRef();
  const roots = tree(bookmarks);
  const assignRefs = (nodes: Node[]): void => {
    for (const n of nodes) {
      n.ref = context.nextRef();
      assignRefs(n.children);
    }
  };
  assignRefs(roots);
  const write = (nodes: readonly Node[], parent: PDFRef): void => {
    nodes.forEach((n, i) => {
      const page = pages[n.bookmark.page]!;
      const dict = context.obj({
        Title: PDFHexString.fromText(n.bookmark.title),
        Parent: parent,
        Dest: [page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(n.bookmark.y)), PDFNull],
      });
      if (i > 0) dict.set(PDFName.of('Prev'), nodes[i - 1]!.ref!);
      if (i < nodes.length - 1) dict.set(PDFName.of('Next'), nodes[i + 1]!.ref!);
      if (n.children.length > 0) {
        dict.set(PDFName.of('First'), n.children[0]!.ref!);
        dict.set(PDFName.of('Last'), n.children[n.children.length - 1]!.ref!);
        dict.set(PDFName.of('Count'), PDFNumber.of(count(n.children)));
        write(n.children, n.ref!);
      }
      context.assign(n.ref!, dict);
    });
  };
  write(roots, rootRef);
  context.assign(
    rootRef,
    context.obj({ Type: 'Outlines', First: roots[0]!.ref!, Last: roots[roots.length - 1]!.ref!, Count: PDFNumber.of(count(roots)) }),
  );
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
}
