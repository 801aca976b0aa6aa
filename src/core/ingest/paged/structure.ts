import type { LineBook } from './line-book';
import { ENDS_SENTENCE, type FlowItem } from './flow-item';
import { LIST_MARKER, MD_HEADING, type Unit } from './reflow';
import { NUMBERED_HEADING, type TextShape } from './text-shape';

const WHOLE_BOLD = /^\s*\*\*([^*]+(?:\*(?!\*)[^*]*)*)\*\*\s*$/;
const STARTS_TITLE = /^\s*(?:[\p{Lu}\d"“«‘]|\p{Lo})/u;
/** "Info Citoyen » Actualités » Title": a navigation trail. */
const BREADCRUMB = /\S\s+[»›>|/]\s+\S.*\s+[»›>|/]\s+\S/;
const DATE_LINE =
  /^\s*(?:\d{1,2}(?:er)?\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*$/u;
const BARE_LINK = /^\s*(?:(?:https?:\/\/|www\.)\S+|[\w-]+(?:\.[\w-]+)+\/?|@\w[\w.]*)\s*$/;

/** Gives every unit a kind: list item, heading (numbered, markdown, bold, or by its place), paragraph. */
export function classifyUnits(book: LineBook, units: readonly Unit[], shape: TextShape): FlowItem[] {
  const items = units.map((u) => classify(book, u, shape));
  if (shape.wrapped) markLostBullets(items);
  markWebChrome(items);
  if (!shape.numberedHeadings) markOneLineHeadings(items);
  setHeadingLevels(items);
  return items;
}

function classify(book: LineBook, u: Unit, shape: TextShape): FlowItem {
  const texts = u.lines.map((i) => book.texts[i]!.trim());
  const base = { lines: [...u.lines], gapBefore: u.gapBefore, brokenBefore: u.brokenBefore };
  if (u.list) {
    const first = book.texts[u.lines[0]!]!.replace(LIST_MARKER, '').trim();
    return { ...base, kind: 'list-item', raw: [first, ...texts.slice(1)].join(' '), marker: u.list.marker, indent: u.list.indent };
  }
  const joined = texts.join(' ');
  const md = MD_HEADING.exec(texts[0]!);
  if (md && texts.length === 1) return { ...base, kind: 'heading', raw: md[2]!, level: md[1]!.length };
  const numbered = NUMBERED_HEADING.exec(joined);
  const numberedText = numbered ? (numbered[2] ?? numbered[4])! : '';
  if (numbered && joined.length <= 250 && !/\.\s*$/.test(numberedText) && (shape.numberedHeadings || u.heading)) {
    // The number as printed ("1 —", "1.2.1."), its depth from its parts.
    const marker = (numbered[1] ?? numbered[3])!.replace(/\s+/g, ' ');
    return { ...base, kind: 'heading', raw: numberedText, marker, numbered: marker.split('.').filter((p) => /\d/.test(p)).length };
  }
  if (u.heading) {
    const lead = /^(\d{1,2})\s+(\p{Lu}.*)$/u.exec(joined);
    if (lead) return { ...base, kind: 'heading', raw: lead[2]!, marker: lead[1]!, numbered: 1 };
    return { ...base, kind: 'heading', raw: joined };
  }
  if (WHOLE_BOLD.test(joined) && joined.length <= 300 && !/[.:;]\*\*$/.test(joined))
    return { ...base, kind: 'heading', raw: joined, level: 2 };
  return { ...base, kind: 'paragraph', raw: joined };
}

/**
 * The cover of a document or the top of a web page, before its first paragraph: the navigation
 * trail, the tag line and the date are metadata; the first title-like line is the title (with a
 * "— subtitle" after it); other short lines there are metadata, except one right before the text,
 * which is a heading. At the end, bare links and handles (and the link label before them) are
 * metadata too.
 */
function markWebChrome(items: FlowItem[]): void {
  const isBody = (it: FlowItem): boolean =>
    (it.kind === 'list-item' && !isCaps(it.raw)) ||
    (it.kind === 'paragraph' && (it.raw.length > 200 || ENDS_SENTENCE.test(it.raw))) ||
    it.numbered !== undefined ||
    it.level !== undefined;
  let end = items.findIndex(isBody);
  if (end < 0) end = items.length;
  const zone = items.slice(0, end);
  let hasMeta = false;
  for (const it of zone) {
    if (BREADCRUMB.test(it.raw) || isTagLine(it.raw) || DATE_LINE.test(it.raw) || BARE_LINK.test(it.raw)) {
      toMetadata(it);
      hasMeta = true;
    }
  }
  const rest = zone.filter((it) => it.kind !== 'metadata');
  const title = rest[0];
  if (title && STARTS_TITLE.test(title.raw) && title.raw.length <= 200 && (isCaps(title.raw) || hasMeta || rest.length >= 2)) {
    title.kind = 'heading';
    title.title = true;
    delete title.marker;
    delete title.indent;
    for (const it of rest.slice(1)) {
      const sub = it.kind === 'list-item' && /^[—–-]$/.test(it.marker ?? '') ? it : undefined;
      if (sub) {
        title.raw = `${title.raw} — ${sub.raw}`;
        title.lines.push(...sub.lines);
        it.kind = 'metadata';
        it.raw = '';
      } else if (it !== rest[rest.length - 1] || end === items.length) toMetadata(it);
    }
  }
  // Trailing links and handles, and a short label right before them.
  for (let i = items.length - 1; i > end; i--) {
    const it = items[i]!;
    const laterAllMeta = items.slice(i + 1).every((x) => x.kind === 'metadata');
    if (BARE_LINK.test(it.raw) && it.kind !== 'list-item') toMetadata(it);
    else if (laterAllMeta && i < items.length - 1 && it.kind === 'paragraph' && it.raw.length <= 80 && !ENDS_SENTENCE.test(it.raw))
      toMetadata(it);
    else break;
  }
  // Subtitles merged into the title leave empty items behind.
  for (let i = items.length - 1; i >= 0; i--) if (items[i]!.kind === 'metadata' && items[i]!.raw === '') items.splice(i, 1);
}

function toMetadata(it: FlowItem): void {
  if (it.kind === 'list-item') it.raw = `${it.marker} ${it.raw}`;
  it.kind = 'metadata';
  delete it.marker;
  delete it.indent;
  delete it.numbered;
  delete it.level;
}

/** "Benelux, Économie, IA, telecom": three or more short comma-separated items, no sentence. */
function isTagLine(raw: string): boolean {
  const parts = raw.split(/\s*[,;·|]\s*/);
  return (
    parts.length >= 3 && raw.length <= 150 && !ENDS_SENTENCE.test(raw) && parts.every((p) => p.length > 0 && p.split(/\s+/).length <= 3)
  );
}

function isCaps(raw: string): boolean {
  const letters = raw.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/**
 * A paragraph of one short line without closing punctuation, followed by text, is a heading: the
 * plain one-line headings of web pages ("Autonomie numérique et intelligence artificielle").
 */
function markOneLineHeadings(items: FlowItem[]): void {
  for (let i = 0; i < items.length - 1; i++) {
    const it = items[i]!;
    const next = items[i + 1]!;
    if (it.kind !== 'paragraph' || it.lines.length !== 1 || it.raw.length > 150) continue;
    if (ENDS_SENTENCE.test(it.raw) || /,\s*$/.test(it.raw) || !STARTS_TITLE.test(it.raw)) continue;
    if (next.kind !== 'paragraph' && next.kind !== 'list-item') continue;
    // Text that carries on in lower case continues a sentence the line began.
    if (next.kind === 'paragraph' && /^\s*\p{Ll}/u.test(next.raw)) continue;
    const lead = /^(\d{1,2})\s+(\p{Lu}.*)$/u.exec(it.raw);
    it.kind = 'heading';
    if (lead) {
      it.raw = lead[2]!;
      it.marker = lead[1]!;
      it.numbered = 1;
    }
  }
}

/** Title 1; numbered headings by their numbers (under the title when there is one); others 2. */
function setHeadingLevels(items: FlowItem[]): void {
  const offset = items.some((it) => it.title) ? 1 : 0;
  for (const it of items) {
    if (it.kind !== 'heading' || it.level !== undefined) continue;
    it.level = it.title ? 1 : it.numbered !== undefined ? it.numbered + offset : 2;
  }
}

/**
 * Bullets a PDF extraction dropped leave blank lines behind: after a lead-in ending with a colon,
 * paragraphs set apart by two or more blank lines are the items of a list.
 */
function markLostBullets(items: FlowItem[]): void {
  for (let i = 0; i < items.length; i++) {
    const lead = items[i]!;
    if (lead.kind !== 'paragraph' || !/:\s*$/.test(lead.raw)) continue;
    for (let j = i + 1; j < items.length; j++) {
      const it = items[j]!;
      if (it.gapBefore < 2 || (it.kind !== 'paragraph' && !(it.kind === 'heading' && it.level === undefined && it.numbered === undefined)))
        break;
      it.kind = 'list-item';
      it.marker = '•';
      it.indent = 0;
      i = j;
    }
  }
}
