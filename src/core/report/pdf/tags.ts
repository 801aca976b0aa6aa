import {
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFString,
  type PDFContext,
  type PDFDict,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';

/**
 * The PDF's logical structure (ISO 32000-1, 14.7–14.8: a tagged PDF), which pdf-lib has no API
 * for. Screen readers and reflowing viewers read the structure tree, not the page: headings,
 * paragraphs, tables, lists, the figure with its alternative text, each part's language. Every
 * piece of content the writer draws is either inside a marked-content sequence with an MCID that
 * one structure element owns, or marked as an artifact (page numbers, running footer, rules,
 * frames, repeated table headers): nothing drawn is left unaccounted for.
 *
 * The tree is built in reading order as the report is laid out (elements are appended to their
 * parent when created; content to its element when drawn, which may be pages later, as in the
 * side-by-side columns), then written once at the end with object numbers allocated in tree
 * order, so the same report gives the same bytes.
 */

/** The standard structure types used (ISO 32000-1, 14.8.4); no role map is needed. */
export type StructRole =
  | 'Document'
  | 'Sect'
  | 'Div'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'Caption'
  | 'L'
  | 'LI'
  | 'LBody'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'TOC'
  | 'TOCI'
  | 'Figure'
  | 'Span';

export interface StructAttributes {
  /** BCP 47 language of the element's text, when it differs from its parent's (`fr`, `nl`, `en`). */
  readonly lang?: string;
  /** Alternative description (a figure's, in words). */
  readonly alt?: string;
  /** Replacement text a screen reader and text extraction read instead of the content. */
  readonly actualText?: string;
  /** A header cell's direction (Table attribute). */
  readonly scope?: 'Row' | 'Column';
  /** Bounding box on its page (Layout attribute; asked of figures so they can be reflowed). */
  readonly bbox?: readonly [number, number, number, number];
}

/** A marked-content sequence on a page: the page's index and the sequence's MCID. */
interface MarkedContent {
  readonly page: number;
  readonly mcid: number;
}

export class StructElement {
  readonly kids: (StructElement | MarkedContent)[] = [];
  constructor(
    readonly role: StructRole,
    readonly attributes: StructAttributes,
    readonly parent: StructElement | undefined,
  ) {}
}

export type ArtifactKind = 'Pagination' | 'Layout';

/** Structure elements written between two steps of `StructureTree.write`. */
const WRITE_STEP_ELEMENTS = 5_000;

export class StructureTree {
  readonly root: StructElement;
  /** Per page index, the element owning each MCID (the page's entry of the parent tree). */
  private readonly owners: StructElement[][] = [];
  private readonly pageIndex = new Map<PDFPage, number>();
  private inside = false;

  /**
   * `tagged: false` draws exactly the same operators without marking them and writes no tree:
   * the untagged PDF the tests compare the tagged one against (same text, same pixels).
   */
  constructor(
    readonly lang: string,
    readonly tagged = true,
  ) {
    this.root = new StructElement('Document', {}, undefined);
  }

  /** Pages must be registered in document order as they are made: their index keys the parent tree. */
  addPage(page: PDFPage): void {
    this.pageIndex.set(page, this.owners.length);
    this.owners.push([]);
  }

  /** A new element, appended to `parent`'s children (so created in reading order). */
  element(parent: StructElement, role: StructRole, attributes: StructAttributes = {}): StructElement {
    // A language is stated where it changes, not repeated on every element under it.
    const { lang, ...rest } = attributes;
    const own = lang !== undefined && lang !== this.langOf(parent) ? { ...rest, lang } : rest;
    const e = new StructElement(role, own, parent);
    parent.kids.push(e);
    return e;
  }

  /** The language an element's text is in: its own, else its nearest ancestor's, else the document's. */
  langOf(e: StructElement | undefined): string {
    for (let x = e; x; x = x.parent) if (x.attributes.lang) return x.attributes.lang;
    return this.lang;
  }

  /** Draws `draw`'s operators on `page` as one marked-content sequence owned by `owner`. */
  mark(page: PDFPage, owner: StructElement, draw: () => void): void {
    if (!this.tagged) return draw();
    const index = this.pageIndex.get(page);
    if (index === undefined) throw new Error('StructureTree.mark: page not registered');
    const owners = this.owners[index]!;
    const mcid = owners.length;
    owners.push(owner);
    owner.kids.push({ page: index, mcid });
    this.sequence(page, PDFName.of(owner.role === 'Document' ? 'P' : owner.role), `<</MCID ${mcid}>>`, draw);
  }

  /** Draws page furniture (numbers, footers, rules, frames, repeated headers) outside the structure. */
  artifact(page: PDFPage, kind: ArtifactKind, draw: () => void, subtype?: 'Header' | 'Footer'): void {
    if (!this.tagged) return draw();
    this.sequence(page, PDFName.of('Artifact'), `<</Type /${kind}${subtype ? ` /Subtype /${subtype}` : ''}>>`, draw);
  }

  /** `props` is an inline property list, written as is (pdf-lib's operator arguments take no dictionary). */
  private sequence(page: PDFPage, tag: PDFName, props: string, draw: () => void): void {
    // Marked-content sequences do not nest here: a nested one would hide content from its owner.
    if (this.inside) throw new Error('StructureTree: marked-content sequences must not nest');
    this.inside = true;
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [tag, props]));
    try {
      draw();
    } finally {
      page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
      this.inside = false;
    }
  }

  /**
   * Writes the structure tree root, the elements, the parent tree and the pages' keys, and marks
   * the document as tagged. Elements that received no content (an empty paragraph) are left out.
   * A step per `WRITE_STEP_ELEMENTS` elements: a long report has hundreds of thousands, and
   * writing them in one go held the host for about a second.
   */
  *write(doc: PDFDocument): Generator<void, void, void> {
    const context = doc.context;
    const pages = doc.getPages();
    const refs = new Map<StructElement, PDFRef>();
    const kept = (e: StructElement): boolean => e.kids.some((k) => !(k instanceof StructElement) || kept(k));
    const allocate = (e: StructElement): void => {
      refs.set(e, context.nextRef());
      for (const k of e.kids) if (k instanceof StructElement && kept(k)) allocate(k);
    };
    if (!this.tagged || !kept(this.root)) return;
    allocate(this.root);
    const rootRef = context.nextRef();
    let written = 0;
    for (const [e, ref] of refs) {
      context.assign(ref, this.elementDict(context, e, e.parent ? refs.get(e.parent)! : rootRef, refs, pages));
      if (++written % WRITE_STEP_ELEMENTS === 0) yield;
    }

    const nums: PDFObject[] = [];
    this.owners.forEach((owners, i) => {
      nums.push(PDFNumber.of(i), context.register(context.obj(owners.map((o) => refs.get(o)!))));
    });
    const parentTree = context.register(context.obj({ Nums: context.obj(nums) }));
    context.assign(
      rootRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: refs.get(this.root)!,
        ParentTree: parentTree,
        ParentTreeNextKey: PDFNumber.of(this.owners.length),
      }),
    );
    for (const [page, i] of this.pageIndex) {
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(i));
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    }
    doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    doc.catalog.set(PDFName.of('Lang'), PDFString.of(this.lang));
  }

  private elementDict(
    context: PDFContext,
    e: StructElement,
    parent: PDFRef,
    refs: ReadonlyMap<StructElement, PDFRef>,
    pages: readonly PDFPage[],
  ): PDFDict {
    const first = e.kids.find((k): k is MarkedContent => !(k instanceof StructElement));
    const kids: PDFObject[] = [];
    for (const k of e.kids) {
      if (k instanceof StructElement) {
        const ref = refs.get(k);
        if (ref) kids.push(ref);
      } else if (k.page === first!.page) kids.push(PDFNumber.of(k.mcid));
      else kids.push(context.obj({ Type: 'MCR', Pg: pages[k.page]!.ref, MCID: PDFNumber.of(k.mcid) }));
    }
    // `/Type /StructElem` is optional (ISO 32000-1, table 323) and left out: thousands of elements.
    const dict = context.obj({ S: PDFName.of(e.role), P: parent });
    if (first) dict.set(PDFName.of('Pg'), pages[first.page]!.ref);
    dict.set(PDFName.of('K'), kids.length === 1 ? kids[0]! : context.obj(kids));
    const a = e.attributes;
    if (a.lang) dict.set(PDFName.of('Lang'), PDFString.of(a.lang));
    if (a.alt !== undefined) dict.set(PDFName.of('Alt'), textString(a.alt));
    if (a.actualText !== undefined) dict.set(PDFName.of('ActualText'), textString(a.actualText));
    const attrs: PDFDict[] = [];
    if (a.scope) attrs.push(context.obj({ O: 'Table', Scope: PDFName.of(a.scope) }));
    if (a.bbox) attrs.push(context.obj({ O: 'Layout', Placement: 'Block', BBox: a.bbox.map((n) => PDFNumber.of(round(n))) }));
    if (attrs.length > 0) dict.set(PDFName.of('A'), attrs.length === 1 ? attrs[0]! : context.obj(attrs));
    return dict;
  }
}

let pdfDocEncoding: Map<string, number> | undefined;

/**
 * A text string (ISO 32000-1, 7.9.2.2) as short as it can be: PDFDocEncoding in a literal string
 * when every character has a code there (English, French and Dutch text nearly always), else
 * UTF-16BE in hex. pdf-lib's `PDFHexString.fromText` always takes four hex digits a character,
 * which on the diff's `ActualText` roughly doubled the size of the structure tree.
 */
export function textString(text: string): PDFString | PDFHexString {
  if (!pdfDocEncoding) {
    // The code table, read back from pdf-lib's own decoder so the two cannot disagree.
    pdfDocEncoding = new Map();
    for (let b = 0x20; b < 0x100; b++) {
      const ch = PDFString.of(`\\${b.toString(8).padStart(3, '0')}`).decodeText();
      if (ch.length === 1 && ch !== '\ufffd' && !pdfDocEncoding.has(ch)) pdfDocEncoding.set(ch, b);
    }
  }
  let out = '';
  for (const ch of text) {
    const b = pdfDocEncoding.get(ch);
    if (b === undefined) return PDFHexString.fromText(text);
    if (ch === '\\' || ch === '(' || ch === ')') out += `\\${ch}`;
    else if (b >= 0x20 && b < 0x7f) out += ch;
    else out += `\\${b.toString(8).padStart(3, '0')}`;
  }
  return PDFString.of(out);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
