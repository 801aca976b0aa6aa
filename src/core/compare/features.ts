import type { Commitment } from '../../shared/commitments';
import type { LangCode } from '../../shared/model';
import { findActors } from '../commitments/actors';
import type { ConceptMatcher } from '../concepts/matcher';
import { analyze, fold } from '../concepts/text';
import { runSteps, type Steps } from './steps';

/**
 * What the matcher compares of a commitment, computed once per comparison: stemmed content
 * words weighted by TF-IDF over the compared commitments of the same language, the codebook
 * concepts it names (the same concept in French, Dutch and English), character 4-grams of its
 * folded words (cognates across languages and spellings: "identité"/"identiteit"), and anchors
 * (numbers, acronyms such as 5G or eIDAS) that make two texts about the same thing.
 */
export interface Features {
  readonly id: string;
  readonly lang: LangCode;
  /** Stem → TF-IDF weight, L2-normalized. */
  readonly terms: ReadonlyMap<string, number>;
  /** Stem → the word as this text writes it (for evidence). */
  readonly surface: ReadonlyMap<string, string>;
  /** Concept id → IDF weight, L2-normalized (a concept every text names says little). */
  readonly concepts: ReadonlyMap<string, number>;
  /**
   * Concept id → how much this text says about it, unnormalized: its words' weight (a phrase
   * more than a single word) times the concept's IDF. Two texts that share only one generic word
   * ("entreprises") share little mass even when their concept vectors point the same way.
   */
  readonly conceptMass: ReadonlyMap<string, number>;
  /** 4-gram → weight, L2-normalized. */
  readonly grams: ReadonlyMap<string, number>;
  readonly anchors: ReadonlySet<string>;
  /**
   * The words and concepts of this text that few commitments share (`SPECIFIC_SHARE`), as the
   * linker's keys: `t:<lang>:<stem>`, `c:<concept id>`. Two texts that share none of them, and no
   * anchor, share only general words ("entreprises", "numérique", a broad theme): the same
   * subject, rarely the same action (`SimilarityWeights.generic`).
   */
  readonly specific: ReadonlySet<string>;
  /** The same vectors packed over one vocabulary, for scoring thousands of pairs fast. */
  readonly packed: { readonly terms: SparseVector; readonly concepts: SparseVector; readonly grams: SparseVector };
}

/** A sparse vector: ascending ids into a comparison's vocabulary, and their weights. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** Cosine of two L2-normalized sparse vectors (their dot product), by merging the sorted ids. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      sum += a.weights[i]! * b.weights[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

function pack(map: ReadonlyMap<string, number>, vocab: Map<string, number>): SparseVector {
  const ids = new Int32Array(map.size);
  const weights = new Float64Array(map.size);
  let n = 0;
  for (const [k, w] of map) {
    let id = vocab.get(k);
    if (id === undefined) {
      id = vocab.size;
      vocab.set(k, id);
    }
    // Insertion by id: the words a vocabulary has not seen yet come last and in order, so most
    // entries go in place without moving anything.
    let j = n++;
    while (j > 0 && ids[j - 1]! > id) {
      ids[j] = ids[j - 1]!;
      weights[j] = weights[j - 1]!;
      j--;
    }
    ids[j] = id;
    weights[j] = w;
  }
  return { ids, weights };
}

/**
 * Words every commitment uses whatever it commits to — auxiliaries, modals, support verbs — kept
 * out of the shared-word signal on top of each language's stop words.
 */
export const COMMITMENT_STOPWORDS: Readonly<Record<'fr' | 'nl' | 'en', ReadonlySet<string>>> = {
  fr: new Set(
    'être peut peuvent pourra pourront pourrait pourraient doit doivent devra devront sera seront serait fait faire mise mettre place cadre ainsi également notamment afin autres entre tous toutes chaque plus très dont permettre permettant visant vise niveau manière'.split(
      ' ',
    ),
  ),
  nl: new Set(
    'worden wordt werd kan kunnen zal zullen zou zouden moet moeten zijn hebben heeft ook verder daarbij alle elke meer zeer waarbij kader niveau'.split(
      ' ',
    ),
  ),
  en: new Set('will would can could may might must should be been also further all each more very which level framework'.split(' ')),
};

/**
 * A word is specific when at most this share of the compared commitments of its language use it,
 * a concept when at most this share of all of them name it (and always when at most two do).
 * Calibrated on the labelled pairs' development part (docs/commitments.md): on the bundled corpus
 * a word of at most 6 of the 413 French commitments ("empreinte", "fibre", "requalification", not
 * "administrative" or "formation"), a concept of at most 11 of 472 (digital identity, green digital,
 * single market, not skills, SMEs or e-government).
 */
export const SPECIFIC_SHARE = { terms: 0.015, concepts: 0.025 } as const;

const ANCHOR = /(?<![\p{L}\p{N}])(?:\d+[a-z]*|\p{Lu}[\p{Lu}\d]{1,}[a-z]?)(?![\p{L}\p{N}])/gu;
const YEARS = /^(?:19|20)\d\d$/;

function normalize(map: Map<string, number>): Map<string, number> {
  let sum = 0;
  for (const v of map.values()) sum += v * v;
  const norm = Math.sqrt(sum) || 1;
  for (const [k, v] of map) map.set(k, v / norm);
  return map;
}

function gramsOf(words: readonly string[]): Map<string, number> {
  const grams = new Map<string, number>();
  for (const w of words) {
    const padded = `_${fold(w)}_`;
    for (let i = 0; i + 4 <= padded.length; i++) {
      const g = padded.slice(i, i + 4);
      grams.set(g, (grams.get(g) ?? 0) + 1);
    }
  }
  return normalize(grams);
}

interface Analyzed {
  readonly c: Commitment;
  readonly tokens: ReturnType<typeof analyze>;
  readonly concepts: Map<string, number>;
}

/** A commitment's content words (actors and auxiliaries left out) and the concepts it names. */
function analyzeOne(c: Commitment, matcher: ConceptMatcher): Analyzed {
  // Who acts is its own field: "les pays Benelux" in two sentences does not make them alike.
  const actors = findActors(c.text);
  const tokens = analyze(c.text, c.lang).filter(
    (t) =>
      !t.stop &&
      (t.word.length >= 3 || /\d/.test(t.word)) &&
      !COMMITMENT_STOPWORDS[c.lang === 'nl' || c.lang === 'en' ? c.lang : 'fr'].has(t.word) &&
      !actors.some((a) => t.start >= a.start && t.end <= a.end),
  );
  const concepts = new Map<string, number>();
  for (const h of matcher.match(c.text, c.lang))
    concepts.set(h.conceptId, (concepts.get(h.conceptId) ?? 0) + (h.weight > 1 ? h.weight : 0.5));
  return { c, tokens, concepts };
}

/** Features of every commitment, with IDF computed over the commitments given (per language). */
export function buildFeatures(commitments: readonly Commitment[], matcher: ConceptMatcher): Map<string, Features> {
  return runSteps(buildFeaturesInSteps(commitments, matcher));
}

/** Commitments analysed (or given their vectors) between two steps of `buildFeaturesInSteps`. */
export const FEATURES_PER_STEP = 100;

/**
 * `buildFeatures` in steps of `perStep` commitments (reading their words and concepts, then
 * weighting them), so a host can pause between steps on a large corpus; same result.
 */
export function* buildFeaturesInSteps(
  commitments: readonly Commitment[],
  matcher: ConceptMatcher,
  perStep: number = FEATURES_PER_STEP,
): Steps<Map<string, Features>> {
  const total = commitments.length * 2;
  const analyzed: Analyzed[] = [];
  for (const c of commitments) {
    if (analyzed.length > 0 && analyzed.length % perStep === 0) yield { phase: 'features', done: analyzed.length, total };
    analyzed.push(analyzeOne(c, matcher));
  }
  const conceptDf = new Map<string, number>();
  for (const { concepts } of analyzed) for (const k of concepts.keys()) conceptDf.set(k, (conceptDf.get(k) ?? 0) + 1);
  const df = new Map<string, Map<string, number>>();
  const docs = new Map<string, number>();
  for (const [i, { c, tokens }] of analyzed.entries()) {
    if (i > 0 && i % (perStep * 4) === 0) yield { phase: 'features', done: analyzed.length, total };
    const lang = c.lang;
    docs.set(lang, (docs.get(lang) ?? 0) + 1);
    const perLang = df.get(lang) ?? new Map<string, number>();
    for (const s of new Set(tokens.map((t) => t.stem))) perLang.set(s, (perLang.get(s) ?? 0) + 1);
    df.set(lang, perLang);
  }
  const out = new Map<string, Features>();
  // One vocabulary per kind of signal (and per language for words): vectors of different kinds
  // are never compared, so their ids may overlap.
  const vocabs = new Map<string, Map<string, number>>();
  const vocab = (kind: string): Map<string, number> => {
    let v = vocabs.get(kind);
    if (!v) {
      v = new Map();
      vocabs.set(kind, v);
    }
    return v;
  };
  for (const [i, { c, tokens, concepts }] of analyzed.entries()) {
    if (i > 0 && i % perStep === 0) yield { phase: 'features', done: analyzed.length + i, total };
    const n = docs.get(c.lang) ?? 1;
    const perLang = df.get(c.lang)!;
    const tf = new Map<string, number>();
    const surface = new Map<string, string>();
    for (const t of tokens) {
      tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
      if (!surface.has(t.stem)) surface.set(t.stem, c.text.slice(t.start, t.end));
    }
    const terms = new Map<string, number>();
    for (const [s, f] of tf) terms.set(s, (1 + Math.log(f)) * Math.log(1 + n / (perLang.get(s) ?? 1)) ** 2);
    const anchors = new Set<string>();
    for (const m of c.text.matchAll(ANCHOR)) if (!YEARS.test(m[0])) anchors.add(fold(m[0]));
    const termVector = normalize(terms);
    const conceptVector = normalize(
      new Map([...concepts].map(([k, w]) => [k, w * Math.log(1 + analyzed.length / (conceptDf.get(k) ?? 1))])),
    );
    const gramVector = gramsOf(tokens.map((t) => t.word));
    const specific = new Set<string>();
    const rareWord = Math.max(2, SPECIFIC_SHARE.terms * n);
    for (const s of tf.keys()) if ((perLang.get(s) ?? 0) <= rareWord) specific.add(`t:${c.lang}:${s}`);
    const rareConcept = Math.max(2, SPECIFIC_SHARE.concepts * analyzed.length);
    for (const k of concepts.keys()) if ((conceptDf.get(k) ?? 0) <= rareConcept) specific.add(`c:${k}`);
    out.set(c.id, {
      id: c.id,
      lang: c.lang,
      terms: termVector,
      surface,
      // A concept weighs by how specific its words are (a phrase more than one word) and how rare it is.
      concepts: conceptVector,
      conceptMass: new Map([...concepts].map(([k, w]) => [k, w * Math.log(1 + analyzed.length / (conceptDf.get(k) ?? 1))])),
      grams: gramVector,
      anchors,
      specific,
      packed: {
        terms: pack(termVector, vocab(`t:${c.lang}`)),
        concepts: pack(conceptVector, vocab('c')),
        grams: pack(gramVector, vocab('g')),
      },
    });
  }
  return out;
}
