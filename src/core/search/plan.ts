import type { MatchedVia } from '../../shared/search';
import { tokenize, type IndexLang } from './analyzer';
import type { Analyzer } from './analyzer';
import { GLOSSARY_LANGS, sequenceKey, type Glossary, type GlossarySet } from './glossary';
import type { ParsedQuery, QueryAtom, QueryItem } from './query-parser';

/**
 * A parsed query turned into what the engine evaluates: groups that must all match, each with
 * alternatives (the words as typed, their OR partners, their glossary translations), and
 * alternatives that must not match. Words stay folded but unstemmed here: stemming depends on
 * the language of the block they are compared with.
 */

export interface PlanWord {
  readonly norm: string;
  /** Matches every word that starts with `norm`. */
  readonly prefix: boolean;
}

/** Words that must all be present; in this order and adjacent when `contiguous`. */
export interface PlanPart {
  readonly words: readonly PlanWord[];
  readonly contiguous: boolean;
}

export interface Alternative {
  readonly via: Exclude<MatchedVia, 'alignment'>;
  readonly parts: readonly PlanPart[];
  /** Glossary terms apply to blocks of their own language only. */
  readonly lang?: IndexLang;
  readonly concept?: { readonly id: string; readonly term: string };
}

export interface PlanGroup {
  /** The group as the user typed it, for notices. */
  readonly label: string;
  readonly alternatives: readonly Alternative[];
}

export interface Plan {
  readonly groups: readonly PlanGroup[];
  readonly excluded: readonly Alternative[];
}

/** A query item as words; a typed word that splits in several ("e-commerce") is a phrase. */
export function partOf(item: QueryItem): PlanPart | undefined {
  const norms = tokenize(item.text).map((t) => t.norm);
  if (norms.length === 0) return undefined;
  const words = norms.map((norm, i) => ({ norm, prefix: item.kind === 'word' && item.prefix && i === norms.length - 1 }));
  return { words, contiguous: words.length > 1 };
}

function labelOf(item: QueryItem): string {
  return item.kind === 'phrase' ? `"${item.text.trim()}"` : `${item.text}${item.prefix ? '*' : ''}`;
}

/** Builds the plan; `glossary` undefined switches the glossary expansion off. */
export function planQuery(parsed: ParsedQuery, analyzer: Analyzer, glossary: Glossary | undefined): Plan {
  const groups: PlanGroup[] = [];
  const atoms = parsed.required;
  let i = 0;
  while (i < atoms.length) {
    const span = glossary ? longestGlossarySpan(atoms, i, analyzer, glossary) : undefined;
    if (span) {
      groups.push(span.group);
      i = span.end;
      continue;
    }
    const atom = atoms[i]!;
    const items = atom.kind === 'item' ? [atom.item] : atom.items;
    const alternatives = items.flatMap((item) => {
      const part = partOf(item);
      return part ? [{ via: 'direct' as const, parts: [part] }] : [];
    });
    if (alternatives.length > 0) groups.push({ label: items.map(labelOf).join(' OR '), alternatives });
    i++;
  }
  const excluded = parsed.excluded.flatMap((item) => {
    const part = partOf(item);
    return part ? [{ via: 'direct' as const, parts: [part] }] : [];
  });
  return { groups: withoutStopWords(groups, analyzer), excluded };
}

/** A lone word that is a stop word in French, Dutch or English ("the", "de", "van"). */
function isStopAnywhere(part: PlanPart, analyzer: Analyzer): boolean {
  const w = part.words[0];
  return (
    part.words.length === 1 &&
    w !== undefined &&
    !w.prefix &&
    (['fr', 'nl', 'en'] as const).some((lang) => analyzer.termFor(lang, w.norm) === null)
  );
}

/**
 * Drops lone stop words from the required words, in every language: "the fibre" then also finds
 * French blocks on "fibre" (otherwise they would need the word "the"). A query of nothing but
 * such words keeps them, and each language then skips only its own stop words ("AI" is a French
 * stop word but still found in English and Dutch).
 */
function withoutStopWords(groups: readonly PlanGroup[], analyzer: Analyzer): PlanGroup[] {
  const lone = (g: PlanGroup): boolean =>
    g.alternatives.length === 1 && g.alternatives[0]!.parts.length === 1 && isStopAnywhere(g.alternatives[0]!.parts[0]!, analyzer);
  const kept = groups.filter((g) => !lone(g));
  if (kept.length === 0) return [...groups];
  return kept.map((g) => ({
    ...g,
    alternatives: g.alternatives.map((alt) => {
      if (alt.via !== 'direct' || alt.parts.length < 2) return alt;
      const parts = alt.parts.filter((p) => !isStopAnywhere(p, analyzer));
      return parts.length > 0 ? { ...alt, parts } : alt;
    }),
  }));
}

/**
 * The longest run of plain atoms starting at `start` whose words are a term of a translation set
 * in some language, as a group: the words as typed, or any other term of the sets they belong to,
 * each in its own language. Terms that read like the query in their language (the same stems: a
 * loanword such as "e-commerce" listed in French and English) are found as typed, not repeated.
 */
function longestGlossarySpan(
  atoms: readonly QueryAtom[],
  start: number,
  analyzer: Analyzer,
  glossary: Glossary,
): { group: PlanGroup; end: number } | undefined {
  const parts: PlanPart[] = [];
  const items: QueryItem[] = [];
  let words = 0;
  let best: { end: number; parts: PlanPart[]; items: QueryItem[]; sets: Set<GlossarySet>; keys: Map<IndexLang, string> } | undefined;
  for (let j = start; j < atoms.length; j++) {
    const atom = atoms[j]!;
    if (atom.kind !== 'item') break;
    const part = partOf(atom.item);
    if (!part || part.words.some((w) => w.prefix)) break;
    words += part.words.length;
    if (words > glossary.maxWords) break;
    parts.push(part);
    items.push(atom.item);
    const norms = parts.flatMap((p) => p.words.map((w) => w.norm));
    const sets = new Set<GlossarySet>();
    const keys = new Map<IndexLang, string>();
    for (const lang of GLOSSARY_LANGS) {
      const key = sequenceKey(analyzer, lang, norms);
      keys.set(lang, key);
      for (const set of glossary.lookup(lang, key)) sets.add(set);
    }
    if (sets.size > 0) best = { end: j + 1, parts: [...parts], items: [...items], sets, keys };
  }
  if (!best) return undefined;
  const alternatives: Alternative[] = [{ via: 'direct', parts: best.parts }];
  const seen = new Set<string>();
  for (const set of best.sets) {
    for (const term of set.terms) {
      if (term.key === best.keys.get(term.lang)) continue;
      const key = `${term.lang}|${term.key}`;
      if (seen.has(key)) continue;
      seen.add(key);
      alternatives.push({
        via: 'glossary',
        lang: term.lang,
        parts: [{ words: term.norms.map((norm) => ({ norm, prefix: false })), contiguous: term.norms.length > 1 }],
        concept: { id: set.conceptId, term: term.term },
      });
    }
  }
  return { group: { label: best.items.map(labelOf).join(' '), alternatives }, end: best.end };
}
