import type { LangCode } from '../../shared/model';
import type { CompiledGrammar } from './grammar';

/**
 * Sentences of a block. Intl.Segmenter (ICU's sentence rules, built into Node and Chromium: no
 * dependency, no data to ship, and it knows French and Dutch punctuation such as "… ?" and
 * "17,7 %") does the cutting; two repairs follow for what ICU cannot know: abbreviations that
 * end in a period ("M.", "o.a.", "c.q.", "resp.") and a title run into its paragraph by the
 * extraction ("Autonomie numérique et intelligence artificielle L'un des thèmes …").
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mr',
  'dr',
  'st',
  'nr',
  'no',
  'n°',
  'art',
  'cf',
  'p',
  'pp',
  'ex',
  'p.ex',
  'o.a',
  'c.q',
  'resp',
  'etc',
  'e.a',
  'i.e',
  'e.g',
  'vs',
  'blz',
  'bijv',
  'vol',
  'min',
  'max',
  'env',
  'ca',
  'jr',
  'inc',
]);

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: LangCode): Intl.Segmenter {
  const locale = lang === 'und' ? 'fr' : lang;
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The sentences of a text as trimmed spans, in order. */
export function splitSentences(text: string, lang: LangCode): Span[] {
  const raw: Span[] = [];
  for (const seg of segmenterFor(lang).segment(text)) {
    const span = trimSpan(text, seg.index, seg.index + seg.segment.length);
    if (span.end > span.start) raw.push(span);
  }
  const out: Span[] = [];
  for (const span of raw) {
    const prev = out[out.length - 1];
    if (prev && shouldJoin(text, prev, span)) out[out.length - 1] = { start: prev.start, end: span.end };
    else out.push(span);
  }
  return out;
}

function shouldJoin(text: string, prev: Span, next: Span): boolean {
  const before = text.slice(prev.start, prev.end);
  const first = text[next.start] ?? '';
  // A sentence does not start in lower case ("etc. et ensuite", "p. ex. demain").
  if (/\p{Ll}/u.test(first)) return true;
  const lastWord = /([\p{L}.°]+)\.$/u.exec(before)?.[1]?.toLowerCase();
  if (lastWord && ABBREVIATIONS.has(lastWord)) return true;
  // An initial ("J.-C. Meyer") or a single capital followed by a period.
  if (/(?:^|\s)\p{Lu}\.$/u.test(before)) return true;
  return false;
}

/**
 * The end of a title run into the start of a paragraph, or 0 when there is none: a short first
 * stretch without sentence punctuation, ending in a lower-case letter, followed by a capitalised
 * function word that starts sentences ("… pour compte La numérisation …").
 */
export function runInTitleEnd(text: string, g: CompiledGrammar): number {
  const m = /^([^.!?:;]{3,140}?[\p{Ll}\d)»”"])\s+(\p{Lu}[\p{L}]*)(?:['’]|\s)/u.exec(text);
  if (!m) return 0;
  const title = m[1]!;
  const starter = m[2]!.toLowerCase();
  const apostrophe = /['’]/.test(text[m[0].length - 1]!);
  const word = apostrophe ? `${starter}'` : starter;
  if (!g.sentenceStarters.has(word)) return 0;
  const words = title.trim().split(/\s+/);
  if (words.length > 14 || title.includes(',')) return 0;
  return title.length;
}

/**
 * Whether a paragraph reads as a title rather than as prose: mostly capitals ("1.2. RENDRE
 * ACCESSIBLE LE NUMÉRIQUE …"), or a numbered line without a final period.
 */
export function isTitleLike(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 4) return true;
  const upper = letters.filter((c) => /\p{Lu}/u.test(c)).length;
  if (upper / letters.length > 0.6) return true;
  return /^\d+(?:\.\d+)*\.?\s+\S/.test(text) && !/[.!?:]\s*$/.test(text) && text.length < 200;
}
