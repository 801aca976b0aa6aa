import type { Commitment, CommitmentKind } from '../../shared/commitments';
import type { IngestedDocument, LangCode } from '../../shared/model';

/**
 * Precision and recall of the extractor against a labelled sample (tests/fixtures/commitments/
 * labels.json, labelling rules in docs/commitments.md). Labels are kept per unit — a sentence, a
 * list item, a recommendation — with the block id and the text they were made on; a label is
 * found again by its block id, else by its text anywhere in the document, so that a re-ingestion
 * that changes block ids (or joins a sentence cut by a page break) does not lose the sample.
 * Scoring is per unit: a unit counts as extracted when a commitment overlaps it, so splitting a
 * sentence into two clauses neither helps nor hurts.
 */

export interface LabelledUnit {
  readonly blockId: string;
  readonly text: string;
  /** The kind of commitment, or null when the unit is not a commitment. */
  readonly label: CommitmentKind | null;
}

export interface SampleScore {
  readonly units: number;
  /** Labelled units found again in the current document. */
  readonly matched: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of true positives whose kind agrees with the label. */
  readonly kindAgreement: number;
  readonly byLang: Readonly<Partial<Record<LangCode, { precision: number; recall: number; units: number }>>>;
  readonly errors: readonly {
    readonly kind: 'false-positive' | 'false-negative';
    readonly text: string;
    readonly label: CommitmentKind | null;
    readonly found?: CommitmentKind;
  }[];
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

interface Located {
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
  readonly lang: LangCode;
}

function locate(
  unit: LabelledUnit,
  doc: IngestedDocument,
  byId: ReadonlyMap<string, IngestedDocument['blocks'][number]>,
): Located | undefined {
  const text = squash(unit.text);
  const find = (blockText: string): number => {
    const at = blockText.indexOf(unit.text);
    if (at >= 0) return at;
    return squash(blockText) === blockText ? blockText.indexOf(text) : -1;
  };
  const own = byId.get(unit.blockId);
  if (own) {
    const at = find(own.text);
    if (at >= 0) return { blockId: own.id, start: at, end: at + unit.text.length, lang: own.lang };
  }
  for (const b of doc.blocks) {
    const at = find(b.text);
    if (at >= 0) return { blockId: b.id, start: at, end: at + unit.text.length, lang: b.lang };
  }
  // A sentence re-joined across a page break: its first 60 characters still start it.
  const head = text.slice(0, 60);
  if (head.length >= 30) {
    for (const b of doc.blocks) {
      const at = b.text.indexOf(head);
      if (at >= 0) return { blockId: b.id, start: at, end: at + head.length, lang: b.lang };
    }
  }
  return undefined;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Scores extracted commitments against the labelled units of one document. */
export function scoreSample(doc: IngestedDocument, commitments: readonly Commitment[], labels: readonly LabelledUnit[]): SampleScore {
  const byId = new Map(doc.blocks.map((b) => [b.id, b]));
  const byBlock = new Map<string, Commitment[]>();
  for (const c of commitments) byBlock.set(c.blockId, [...(byBlock.get(c.blockId) ?? []), c]);
  let matched = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let kindOk = 0;
  const perLang = new Map<LangCode, { tp: number; fp: number; fn: number; units: number }>();
  const errors: SampleScore['errors'][number][] = [];
  const located = labels.map((unit) => ({ unit, at: locate(unit, doc, byId) }));
  const hitOf = (at: Located): Commitment | undefined =>
    (byBlock.get(at.blockId) ?? []).find((c) => c.range.start < at.end && at.start < c.range.end);
  // A fragment labelled apart (a sentence cut by a page break) that a re-ingestion joined back
  // into a labelled commitment is part of that commitment, not a false positive.
  const credited = new Set<string>();
  for (const { unit, at } of located) {
    const hit = at && unit.label ? hitOf(at) : undefined;
    if (hit) credited.add(hit.id);
  }
  for (const { unit, at } of located) {
    if (!at) continue;
    matched++;
    const hit = hitOf(at);
    if (!unit.label && hit && credited.has(hit.id) && hit.text.length > unit.text.length) continue;
    const lang = perLang.get(at.lang) ?? { tp: 0, fp: 0, fn: 0, units: 0 };
    lang.units++;
    if (unit.label && hit) {
      tp++;
      lang.tp++;
      if (hit.kind === unit.label) kindOk++;
    } else if (unit.label) {
      fn++;
      lang.fn++;
      errors.push({ kind: 'false-negative', text: unit.text, label: unit.label });
    } else if (hit) {
      fp++;
      lang.fp++;
      errors.push({ kind: 'false-positive', text: unit.text, label: null, found: hit.kind });
    }
    perLang.set(at.lang, lang);
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const byLang: Partial<Record<LangCode, { precision: number; recall: number; units: number }>> = {};
  for (const [lang, s] of perLang)
    byLang[lang] = { precision: round(ratio(s.tp, s.tp + s.fp)), recall: round(ratio(s.tp, s.tp + s.fn)), units: s.units };
  return {
    units: labels.length,
    matched,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: round(precision),
    recall: round(recall),
    f1: round(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)),
    kindAgreement: round(ratio(kindOk, tp)),
    byLang,
    errors,
  };
}
