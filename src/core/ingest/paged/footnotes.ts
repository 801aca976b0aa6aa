import type { DraftBlock } from '../draft';
import { fromSuperscript, toSuperscript } from '../superscript';
import { isBlank, originOf, type LineBook } from './line-book';

/** A footnote taken out of the text flow, with the label its markers carry. */
export interface NoteDraft {
  readonly label: string;
  readonly draft: DraftBlock;
  /** First line of the note in the file: where it sits when no marker refers to it. */
  readonly at: number;
}

const SUPER_NOTE = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*?)\s*$/;
const NUMBER_LINE = /^\s*(\d{1,3})\s*$/;
const URL = /https?:\/\/\S|www\.\S/;
const NOTE_END = /[.!?]["'”»’)]*\s*$/;
const LIST_LINE = /^\s*[-–—•·+→*]\s/;

/**
 * Footnotes written with superscript numbers ("⁶² <https://…>") wherever the extraction left
 * them: each such line (and the lines that continue it) becomes a footnote block. Markers in the
 * text are already superscript, so nothing else changes.
 */
export function claimSuperscriptNotes(book: LineBook): NoteDraft[] {
  const notes: NoteDraft[] = [];
  const { texts } = book;
  for (let i = 0; i < texts.length; i++) {
    if (book.claims[i]) continue;
    const m = SUPER_NOTE.exec(texts[i]!);
    if (!m) continue;
    const lines = [i];
    let raw = m[2]!;
    while (
      i + 1 < texts.length &&
      !book.claims[i + 1] &&
      !isBlank(texts[i + 1]!) &&
      !SUPER_NOTE.test(texts[i + 1]!) &&
      !LIST_LINE.test(texts[i + 1]!)
    ) {
      i++;
      lines.push(i);
      raw += ` ${texts[i]!.trim()}`;
    }
    for (const l of lines) book.claims[l] = 'note';
    const label = fromSuperscript(m[1]!);
    notes.push({ label, at: lines[0]!, draft: { kind: 'footnote', raw, marker: label, origin: originOf(book, lines) } });
  }
  return notes;
}

interface Zone {
  numbers: { line: number; value: number }[];
  texts: number[];
  first: number;
  last: number;
}

/**
 * Footnotes of a hard-wrapped PDF extraction, where the number stands alone on a line and the
 * note follows ("1", "", "http://…"), the numbers sometimes displaced, sometimes lost, and the
 * markers in the text glued to the word before them ("programme’2", "Industry 4.018", "(15)").
 * A run of note lines (URLs, the lines that lead to them, bare numbers) is a footnote zone; its
 * numbers, sorted, go to its notes in order when the counts agree; a zone without numbers takes
 * the next numbers in sequence, but only if every one of their markers is found in the text before
 * it. Markers found are rewritten as superscript digits (same length) so the text reads "2018¹".
 */
export function claimNumberedNotes(book: LineBook): NoteDraft[] {
  const zones = balance(book, findZones(book));
  const notes: NoteDraft[] = [];
  let next = 1;
  let windowStart = 0;
  for (const zone of zones) {
    const groups = splitNotes(book, zone.texts);
    let labels: number[];
    const explicit = zone.numbers.length > 0;
    if (explicit) {
      labels = zone.numbers.map((n) => n.value).sort((a, b) => a - b);
      if (labels.length !== groups.length || new Set(labels).size !== labels.length) continue;
    } else labels = groups.map((_, k) => next + k);
    const found = findMarkers(book, labels, windowStart, zone.first);
    if (!explicit && found.length !== labels.length) continue;
    for (const f of found) {
      const t = book.texts[f.line]!;
      book.texts[f.line] = t.slice(0, f.start) + toSuperscript(t.slice(f.start, f.end)) + t.slice(f.end);
    }
    groups.forEach((lines, k) => {
      const numberLine = explicit ? zone.numbers.find((n) => n.value === labels[k])!.line : undefined;
      const all = numberLine === undefined ? lines : [numberLine, ...lines];
      for (const l of all) book.claims[l] = 'note';
      const label = String(labels[k]);
      notes.push({
        label,
        at: lines[0]!,
        draft: { kind: 'footnote', raw: lines.map((l) => book.texts[l]!.trim()).join(' '), marker: label, origin: originOf(book, all) },
      });
    });
    next = labels[labels.length - 1]! + 1;
    windowStart = zone.last + 1;
  }
  return notes;
}

function findZones(book: LineBook): Zone[] {
  const { texts } = book;
  const kind = (i: number): 'number' | 'text' | undefined => {
    const t = texts[i]!;
    if (NUMBER_LINE.test(t)) return 'number';
    if (URL.test(t) && t.trim().length <= 300) return 'text';
    // A line leading to a URL on the next line ("UpSkills Wallonia. … :", "… in 2020, see").
    const next = texts[i + 1];
    if (next !== undefined && !book.claims[i + 1] && URL.test(next) && !NOTE_END.test(t) && t.trim().length <= 200) return 'text';
    return undefined;
  };
  const zones: Zone[] = [];
  let open: Zone | undefined;
  for (let i = 0; i < texts.length; i++) {
    if (book.claims[i] || isBlank(texts[i]!)) continue;
    const k = kind(i);
    if (!k) {
      open = undefined;
      continue;
    }
    if (!open) {
      open = { numbers: [], texts: [], first: i, last: i };
      zones.push(open);
    }
    open.last = i;
    if (k === 'number') open.numbers.push({ line: i, value: Number(texts[i]!.trim()) });
    else open.texts.push(i);
  }
  return zones;
}

/**
 * Settles zones whose numbers and notes do not add up: numbers left alone before the next zone
 * join it when that makes the counts agree; a number with no note takes the sentence right after
 * it (a note without a URL), unless that line carries on a cut sentence in lower case.
 */
function balance(book: LineBook, zones: Zone[]): Zone[] {
  const out: Zone[] = [];
  for (let z = 0; z < zones.length; z++) {
    const zone = zones[z]!;
    const next = zones[z + 1];
    if (zone.texts.length === 0 && next && next.numbers.length + zone.numbers.length === splitNotes(book, next.texts).length) {
      next.numbers = [...zone.numbers, ...next.numbers];
      next.first = zone.first;
      continue;
    }
    if (zone.numbers.length > splitNotes(book, zone.texts).length) {
      let at = zone.last;
      while (zone.numbers.length > splitNotes(book, zone.texts).length) {
        let i = at + 1;
        while (i < book.texts.length && (isBlank(book.texts[i]!) || book.claims[i])) i++;
        const t = book.texts[i];
        if (t === undefined || !/^\s*(?:\p{Lu}|https?:|www\.)/u.test(t)) break;
        const lines: number[] = [];
        for (; i < book.texts.length && !isBlank(book.texts[i]!) && !book.claims[i]; i++) {
          lines.push(i);
          if (NOTE_END.test(book.texts[i]!) || URL.test(book.texts[i]!)) break;
        }
        if (lines.length === 0 || (!NOTE_END.test(book.texts[lines.at(-1)!]!) && !URL.test(book.texts[lines.at(-1)!]!))) break;
        zone.texts.push(...lines);
        zone.last = lines.at(-1)!;
        at = zone.last;
      }
    }
    out.push(zone);
  }
  return out;
}

/** Zone text lines into notes: a note ends at a line holding a URL or ending a sentence. */
function splitNotes(book: LineBook, lines: readonly number[]): number[][] {
  const notes: number[][] = [];
  let current: number[] = [];
  for (const l of lines) {
    current.push(l);
    const t = book.texts[l]!;
    if (URL.test(t) || NOTE_END.test(t)) {
      notes.push(current);
      current = [];
    }
  }
  if (current.length > 0) notes.push(current);
  return notes;
}

interface Found {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Finds the markers of `labels`, in order, in the body lines between `from` and `to`: digits glued
 * to a word or a closing quote ("programme’2"), to a year or a version number ("2018" + "1",
 * "4.0" + "18"), or in parentheses glued to the text before ("%)(15)").
 */
function findMarkers(book: LineBook, labels: readonly number[], from: number, to: number): Found[] {
  const found: Found[] = [];
  let line = from;
  let col = 0;
  for (const n of labels) {
    const re = new RegExp(
      `(?<=[\\p{L}’'"”»)])${n}(?=[\\s.,;:)’'"”»]|$)|(?<=\\b(?:19|20)\\d\\d|\\b\\d\\.0)${n}(?=[\\s.,;:)]|$)|(?<=\\S)\\(${n}\\)`,
      'gu',
    );
    let hit: Found | undefined;
    for (let l = line; l < to && !hit; l++) {
      if (book.claims[l] || isBlank(book.texts[l]!)) continue;
      re.lastIndex = l === line ? col : 0;
      const m = re.exec(book.texts[l]!);
      if (m) hit = { line: l, start: m.index, end: m.index + m[0].length };
    }
    if (!hit) continue;
    found.push(hit);
    line = hit.line;
    col = hit.end;
  }
  return found;
}
