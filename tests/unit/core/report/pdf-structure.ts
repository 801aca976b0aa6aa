import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFRawStream,
  PDFRef,
  PDFString,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';

/**
 * Reads a tagged PDF's structure back with pdf-lib, independently of the code that wrote it: the
 * tree from the catalog's StructTreeRoot, the parent tree, and each page's marked content as its
 * content streams say.
 */

export interface MarkedRef {
  readonly page: number;
  readonly mcid: number;
}

export interface StructNode {
  readonly ref: PDFRef | undefined;
  readonly role: string;
  readonly lang?: string;
  readonly alt?: string;
  readonly actualText?: string;
  readonly kids: (StructNode | MarkedRef)[];
  readonly parent?: StructNode;
}

function text(o: PDFObject | undefined): string | undefined {
  return o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;
}

export function readStructure(doc: PDFDocument): StructNode {
  const pages = new Map(doc.getPages().map((p, i) => [p.ref, i] as const));
  const rootDict = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const visit = (ref: PDFRef | undefined, dict: PDFDict, parent: StructNode | undefined): StructNode => {
    const pg = dict.get(PDFName.of('Pg'));
    const node: StructNode = {
      ref,
      role: dict.lookup(PDFName.of('S'), PDFName).decodeText(),
      lang: text(dict.lookup(PDFName.of('Lang'))),
      alt: text(dict.lookup(PDFName.of('Alt'))),
      actualText: text(dict.lookup(PDFName.of('ActualText'))),
      kids: [],
      parent,
    };
    const raw = dict.get(PDFName.of('K'));
    const kids = raw instanceof PDFArray ? raw.asArray() : raw ? [raw] : [];
    for (const k of kids) {
      if (k instanceof PDFNumber) node.kids.push({ page: pages.get(pg as PDFRef)!, mcid: k.asNumber() });
      else {
        const d = k instanceof PDFRef ? doc.context.lookup(k, PDFDict) : (k as PDFDict);
        if (d.get(PDFName.of('Type')) === PDFName.of('MCR')) {
          node.kids.push({ page: pages.get(d.get(PDFName.of('Pg')) as PDFRef)!, mcid: d.lookup(PDFName.of('MCID'), PDFNumber).asNumber() });
        } else if (d.get(PDFName.of('Type')) === PDFName.of('OBJR')) continue;
        else node.kids.push(visit(k instanceof PDFRef ? k : undefined, d, node));
      }
    }
    return node;
  };
  const k = rootDict.get(PDFName.of('K'));
  if (!(k instanceof PDFRef)) throw new Error('StructTreeRoot /K is expected to be one Document element');
  return visit(k, doc.context.lookup(k, PDFDict), undefined);
}

export function* elements(node: StructNode): Generator<StructNode> {
  yield node;
  for (const k of node.kids) if ('role' in k) yield* elements(k);
}

/** The marked content an element holds, itself and under it, in order. */
export function markedUnder(node: StructNode): MarkedRef[] {
  return node.kids.flatMap((k) => ('role' in k ? markedUnder(k) : [k]));
}

/** A page's content, its streams decoded and joined. */
export function pageContent(doc: PDFDocument, page: number): string {
  const contents = doc.getPages()[page]!.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  return streams.map((s) => new TextDecoder('latin1').decode(decodePDFRawStream(s as PDFRawStream).decode())).join('\n');
}

const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do']);

/**
 * A page's marked-content sequences as its content stream has them (pdf-lib writes one operator
 * a line): the MCIDs in order, how many artifact sequences, whether sequences nest, and how many
 * painting operators stand outside every sequence.
 */
export function markedContentOf(content: string): { mcids: number[]; artifacts: number; nested: boolean; unmarkedPainting: number } {
  const mcids: number[] = [];
  let artifacts = 0;
  let depth = 0;
  let nested = false;
  let unmarkedPainting = 0;
  for (const line of content.split('\n')) {
    const op = line.trim().split(/\s+/).pop() ?? '';
    if (op === 'BDC' || op === 'BMC') {
      if (depth > 0) nested = true;
      depth++;
      const mcid = /<<\s*\/MCID (\d+)\s*>>/.exec(line);
      if (mcid) mcids.push(Number(mcid[1]));
      else if (line.startsWith('/Artifact')) artifacts++;
    } else if (op === 'EMC') depth--;
    else if (PAINTING.has(op) && depth === 0) unmarkedPainting++;
  }
  return { mcids, artifacts, nested, unmarkedPainting };
}

/** The parent tree's entry for a page: the element (by reference) owning each MCID. */
export function parentTreeEntry(doc: PDFDocument, page: number): PDFRef[] {
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const key = doc.getPages()[page]!.node.lookup(PDFName.of('StructParents'), PDFNumber).asNumber();
  const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
  for (let i = 0; i < nums.size(); i += 2) {
    if (nums.lookup(i, PDFNumber).asNumber() === key) return nums.lookup(i + 1, PDFArray).asArray() as PDFRef[];
  }
  throw new Error(`no parent tree entry for page ${page + 1} (StructParents ${key})`);
}

/** `pdfinfo -struct-text` parsed: each element's type and the text right under it, with depth. */
export interface PopplerNode {
  readonly role: string;
  readonly depth: number;
  readonly text: string[];
}

export function parseStructText(out: string): PopplerNode[] {
  const nodes: PopplerNode[] = [];
  const stack: PopplerNode[] = [];
  for (const line of out.split('\n')) {
    const depth = (line.length - line.trimStart().length) / 2;
    const t = line.trim();
    if (t === '' || t.startsWith('/')) continue;
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= depth) stack.pop();
    if (t.startsWith('"')) stack[stack.length - 1]?.text.push(t.slice(1, -1));
    else if (/^[A-Za-z0-9]+(:| \(|$)/.test(t)) {
      const node = { role: /^[A-Za-z0-9]+/.exec(t)![0], depth, text: [] };
      nodes.push(node);
      stack.push(node);
    }
  }
  return nodes;
}
