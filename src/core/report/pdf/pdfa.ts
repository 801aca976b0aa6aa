import { AFRelationship, PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { deflateInSteps } from './compress-steps';
import { srgbIccProfile, SRGB_PROFILE_NAME } from './icc';

/**
 * What makes the PDF an archival file (aiming at PDF/A-3b, ISO 19005-3, level B): the document
 * information and the XMP metadata saying the same things, the PDF/A identification, an sRGB
 * output intent with its ICC profile, the machine-readable report attached as an associated
 * file (`/AF`), a fixed file identifier, and dates taken from the report (so
 * `SOURCE_DATE_EPOCH` fixes them). No random part anywhere.
 */

export interface PdfMetadata {
  readonly title: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly creator: string;
  readonly producer: string;
  readonly lang: string;
  /** ISO 8601 instant, UTC. */
  readonly date: string;
  /** 32 hex digits, derived from the content: the same report gives the same id. */
  readonly documentId: string;
}

export interface PdfAttachment {
  readonly name: string;
  readonly mediaType: string;
  readonly description: string;
  readonly relationship: 'Data' | 'Supplement' | 'Source';
  readonly bytes: Uint8Array;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `2026-01-31T12:00:00.000Z` → `2026-01-31T12:00:00Z` (XMP dates without fractions, as in the Info dictionary). */
function xmpDate(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function uuidOf(hex32: string): string {
  return `uuid:${hex32.slice(0, 8)}-${hex32.slice(8, 12)}-${hex32.slice(12, 16)}-${hex32.slice(16, 20)}-${hex32.slice(20, 32)}`;
}

/** The XMP packet: PDF/A-3B identification, Dublin Core, XMP basic, PDF and media-management properties. */
export function xmpPacket(meta: PdfMetadata): string {
  const date = xmpDate(meta.date);
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
    '<pdfaid:part>3</pdfaid:part>',
    '<pdfaid:conformance>B</pdfaid:conformance>',
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(meta.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xmlEscape(meta.lang)}</rdf:li></rdf:Bag></dc:language>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xmlEscape(meta.creator)}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${xmlEscape(meta.producer)}</pdf:Producer>`,
    `<pdf:Keywords>${xmlEscape(meta.keywords.join(', '))}</pdf:Keywords>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">',
    `<xmpMM:DocumentID>${uuidOf(meta.documentId)}</xmpMM:DocumentID>`,
    `<xmpMM:InstanceID>${uuidOf(meta.documentId)}</xmpMM:InstanceID>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
}

/** Sets the Info dictionary, the XMP stream, the output intent, the file id and the language. */
export function applyPdfA(doc: PDFDocument, meta: PdfMetadata): void {
  const date = new Date(meta.date);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setKeywords([meta.keywords.join(', ')]);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(meta.lang);

  const context = doc.context;
  // XMP must stay readable without decompression: no filter on the metadata stream.
  const xmp = context.stream(new TextEncoder().encode(xmpPacket(meta)), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), context.register(xmp));

  const icc = context.flateStream(srgbIccProfile(), { N: 3 });
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of(SRGB_PROFILE_NAME),
    Info: PDFString.of(SRGB_PROFILE_NAME),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: context.register(icc),
  });
  doc.catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(intent)]));

  const id = PDFHexString.of(meta.documentId.toUpperCase());
  context.trailerInfo.ID = context.obj([id, id]);
}

/**
 * Attaches files as associated files of the document (PDF/A-3 allows any format, each with its
 * relationship), as pdf-lib's `attach` does, but with each file deflated in steps
 * (`deflateInSteps`) instead of in one piece while the document is saved.
 */
export function* attachFilesInSteps(doc: PDFDocument, files: readonly PdfAttachment[], date: string): Generator<void, void, void> {
  const context = doc.context;
  const when = PDFString.fromDate(new Date(date));
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict) ?? context.obj({});
  doc.catalog.set(PDFName.of('Names'), names);
  const tree = names.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict) ?? context.obj({});
  names.set(PDFName.of('EmbeddedFiles'), tree);
  const treeNames = tree.lookupMaybe(PDFName.of('Names'), PDFArray) ?? context.obj([]);
  tree.set(PDFName.of('Names'), treeNames);
  const associated = doc.catalog.lookupMaybe(PDFName.of('AF'), PDFArray) ?? context.obj([]);
  doc.catalog.set(PDFName.of('AF'), associated);
  // The EmbeddedFiles name tree must list its keys in order.
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const compressed = yield* deflateInSteps(f.bytes);
    const stream = context.stream(compressed, {
      Type: 'EmbeddedFile',
      Subtype: f.mediaType,
      Filter: 'FlateDecode',
      Params: { Size: f.bytes.length, CreationDate: when, ModDate: when },
    });
    const spec = context.register(
      context.obj({
        Type: 'Filespec',
        F: PDFString.of(f.name),
        UF: PDFHexString.fromText(f.name),
        EF: { F: context.register(stream) },
        Desc: PDFHexString.fromText(f.description),
        AFRelationship: AFRelationship[f.relationship],
      }),
    );
    treeNames.push(PDFHexString.fromText(f.name));
    treeNames.push(spec);
    associated.push(spec);
  }
}

/** Marks the document so readers open the bookmarks panel. */
export function showOutlines(doc: PDFDocument): void {
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
