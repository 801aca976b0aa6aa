/**
 * The words that characterize a passage, for finding related passages in other documents:
 * content words weighted by how rare they are in the documents at hand (tf·idf). Deliberately
 * light: the search engine does the real stemming and cross-language expansion; these terms are
 * only what we ask it for (and what the offline fallback compares).
 */

/** Function words of French, Dutch and English that say nothing about a subject. */
const STOPWORDS = new Set(
  (
    'le la les un une des du de d l au aux et ou ne pas plus que qui quoi dont ce cet cette ces son sa ses leur leurs ' +
    'il elle ils elles nous vous on se en y a est sont ete etre avoir ont fait faire dans par pour sur sous avec sans ' +
    'entre vers chez mais donc car si comme aussi tres tout tous toute toutes autre autres meme deja encore ainsi afin ' +
    'lors dont ou notre nos votre vos cela celui celle ceux qu s c j m n t peut doit doivent sera seront etait outre ' +
    'de het een en of in op te van voor met aan als bij door dat die dit deze zijn is wordt worden werd er niet ook ' +
    'naar om tot uit over onder tussen heeft hebben hun haar zij wij we ze u hij zal zullen kan kunnen moet moeten ' +
    'meer zo nog wel al dan maar want omdat wat wie welke waar hoe naast waarin waarbij daarbij hierbij zowel alle elk elke ' +
    'the a an and or of to in on for with by at from as is are was were be been being have has had this that these ' +
    'those it its their they we our you your which who what when where how not no also more most such than then ' +
    'into over under between will would can could should may might must shall'
  ).split(/\s+/),
);

/** Lower case, no accents, so `Numérique` and `numerique` are one term. */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** A light, language-blind stem: plural and feminine endings off, so `entreprises` meets `entreprise`. */
export function lightStem(norm: string): string {
  if (norm.length <= 4 || /\d/.test(norm)) return norm;
  return norm.replace(/(?:es|en|s|x|e)$/, '');
}

export interface Token {
  /** As printed. */
  readonly word: string;
  readonly stem: string;
}

/** Content words of a text: letters and digits, no function words, nothing shorter than 3 letters (except `5G`-like codes). */
export function contentTokens(text: string): readonly Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-][\p{L}\p{N}]+)*/gu)) {
    const word = m[0];
    const norm = normalizeWord(word);
    const hasDigit = /\d/.test(norm);
    if (hasDigit ? !/\p{L}/u.test(norm) || norm.length < 2 : norm.length < 3) continue;
    if (STOPWORDS.has(norm)) continue;
    out.push({ word, stem: lightStem(norm) });
  }
  return out;
}

/** How many passages of the documents at hand contain each stem, and in how many sources. */
export interface TermStats {
  readonly passages: number;
  documentFrequency(stem: string): number;
  /** The sources (ids) whose passages contain the stem. */
  sourcesOf(stem: string): ReadonlySet<string>;
}

/** Passages are texts with the source they come from (a plain string counts as one anonymous source). */
export function buildTermStats(passages: Iterable<string | { readonly sourceId: string; readonly text: string }>): TermStats {
  const df = new Map<string, number>();
  const sources = new Map<string, Set<string>>();
  let count = 0;
  for (const p of passages) {
    count++;
    const { sourceId, text } = typeof p === 'string' ? { sourceId: '', text: p } : p;
    for (const stem of new Set(contentTokens(text).map((t) => t.stem))) {
      df.set(stem, (df.get(stem) ?? 0) + 1);
      let set = sources.get(stem);
      if (!set) sources.set(stem, (set = new Set()));
      set.add(sourceId);
    }
  }
  const none: ReadonlySet<string> = new Set();
  return { passages: count, documentFrequency: (stem) => df.get(stem) ?? 0, sourcesOf: (stem) => sources.get(stem) ?? none };
}

export interface SalientTerm {
  /** The form the passage prints first: what a reader recognizes, what the search is asked for. */
  readonly word: string;
  readonly stem: string;
  /** tf·idf; only compared between terms of the same passage. */
  readonly weight: number;
}

/**
 * The `max` most telling terms of a passage, for finding other passages: words the passage
 * shares with few others. Ranked in tiers, tf·idf within a tier: first words that other
 * sources use too (when `fromSource` says which source the passage is from: a word no other
 * source has cannot lead to another document), then words found elsewhere in the same source,
 * then words found nowhere else (document frequency 1) and words in more than `maxShare` of all
 * passages (the corpus's own vocabulary: "Benelux"), which lead nowhere or everywhere.
 */
export function salientTerms(
  text: string,
  stats: TermStats,
  options: { max?: number; maxShare?: number; fromSource?: string } = {},
): readonly SalientTerm[] {
  const max = options.max ?? 6;
  const maxShare = options.maxShare ?? 0.25;
  const counts = new Map<string, { word: string; tf: number }>();
  for (const t of contentTokens(text)) {
    const c = counts.get(t.stem);
    if (c) c.tf++;
    else counts.set(t.stem, { word: t.word, tf: 1 });
  }
  const n = Math.max(1, stats.passages);
  const scored = [...counts].map(([stem, { word, tf }]) => {
    const df = stats.documentFrequency(stem);
    const idf = Math.log((n + 1) / (df + 1)) + 0.01;
    // Longer words carry more meaning than short ones at equal rarity ("identité" over "cas").
    const weight = (1 + Math.log(tf)) * idf * (1 + Math.min(word.length, 12) / 24);
    const elsewhere = options.fromSource === undefined || [...stats.sourcesOf(stem)].some((s) => s !== options.fromSource);
    const rank = df / n > maxShare ? 3 : df <= 1 ? 2 : elsewhere ? 0 : 1;
    return { word, stem, weight, rank };
  });
  scored.sort((a, b) => a.rank - b.rank || b.weight - a.weight || a.stem.localeCompare(b.stem));
  return scored.slice(0, max).map(({ word, stem, weight }) => ({ word, stem, weight: Math.round(weight * 1000) / 1000 }));
}
