import type { Commitment, CommitmentKind, Cue } from '../../shared/commitments';
import { ApiError } from '../../shared/errors';
import type { IngestedDocument, SourceMeta } from '../../shared/model';
import { hashId } from '../hash';
import type { ConceptMatcher } from '../concepts/matcher';
import { actorOf, findActors } from './actors';
import { classifyUnit, type Classification, type DocumentDefaults } from './classify';
import { readCues } from './cues';
import { KIND_FORCE } from './kinds';
import { findDeadline } from './deadline';
import { grammarFor, GRAMMARS, type CueGrammar } from './grammar';
import { specificityParts, specificityScore, TESTABLE_FROM } from './specificity';
import { themesOf } from './themes';
import { linkTranslations } from './translation';
import { runSteps, withinPhase, type Steps } from '../compare/steps';
import { unitsInSteps, unitsOf, type Unit } from './units';

/**
 * Extraction of commitments from one ingested document: units (units.ts) → decisions
 * (classify.ts) → commitments with themes, actor, deadline, specificity and, for the bilingual
 * answer, the id of the twin in the other language. Pure and offline: grammars and codebook are
 * data passed in, nothing is downloaded or learned.
 */

/** Bumped when the same text would give different commitments: caches and reports cite it. */
export const EXTRACTOR_VERSION = 1;

export interface ExtractOptions {
  readonly matcher: ConceptMatcher;
  /** What the genre says about units no lead-in governs (see `documentDefaults`). */
  readonly defaults?: DocumentDefaults;
  /** Who speaks when a sentence names no actor ("nous", passives); see `voiceOf`. */
  readonly defaultActor?: string;
  readonly grammars?: Readonly<Record<'fr' | 'nl' | 'en', CueGrammar>>;
}

/** A unit with how it was classified, for explanations, tests and the labelled-sample report. */
export interface ExplainedUnit {
  readonly unit: Unit;
  readonly classification: Classification;
}

/** Who a source speaks for when it names no one: its publisher, when that is an actor or a party. */
export function voiceOf(source: Pick<SourceMeta, 'publisher' | 'genre'>): string | undefined {
  const name = source.publisher.split(/[(,]/)[0]!.trim();
  const actor = findActors(name).find((a) => a.government);
  if (actor) return actor.name;
  if (/\b(?:party|parti|partij|programme|manifesto)\b/i.test(source.genre) && name !== '') return name;
  return undefined;
}

/** A work programme or action plan lists objectives: its bare list items are goals. */
export function documentDefaults(source: Pick<SourceMeta, 'genre' | 'title'>): DocumentDefaults {
  const plan =
    /\b(?:work programme|work program|programme de travail|plan d'action|plan d’action|action plan|werkprogramma|actieplan|jaarplan|plan pluriannuel)\b/i;
  return plan.test(`${source.genre} ${source.title}`) ? { itemKind: 'goal' } : {};
}

const FIRST_PERSON = /\b(?:nous|notre|nos|wij|we|onze|our)\b/iu;

/** The first month a normalized deadline covers, as `YYYY-MM` ("2021-H2" → "2021-07"). */
export function deadlineStart(value: string): string {
  const m = /^≤?(\d{4})(?:-(\d{2})|-H([12])|-Q([1-4]))?/.exec(value);
  if (!m) return value;
  if (value.startsWith('≤')) return `${m[1]}-12`;
  if (m[2]) return `${m[1]}-${m[2]}`;
  if (m[3]) return `${m[1]}-${m[3] === '1' ? '01' : '07'}`;
  if (m[4]) return `${m[1]}-${String((Number(m[4]) - 1) * 3 + 1).padStart(2, '0')}`;
  return `${m[1]}-01`;
}

function normalizedForId(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Every unit of a document with its classification: what the extractor saw and decided. */
export function explainDocument(doc: IngestedDocument, options: Pick<ExtractOptions, 'grammars' | 'defaults'> = {}): ExplainedUnit[] {
  return unitsOf(doc.blocks).map((unit) => ({
    unit,
    classification: classifyUnit(unit, grammarFor(unit.lang, options.grammars ?? GRAMMARS), options.defaults),
  }));
}

/** The commitments of a document, in reading order. */
export function extractCommitments(doc: IngestedDocument, options: ExtractOptions): Commitment[] {
  return runSteps(extractInSteps(doc, options));
}

/** Units classified, or commitments finished, between two steps of `extractInSteps`. */
const UNITS_PER_STEP = 250;

/**
 * `extractCommitments` in steps: it yields every few hundred blocks or units (phase
 * `extracting`, in thousandths of the whole), so the host extracts a large source with turns of
 * its event loop between. Run to the end it gives exactly `extractCommitments`.
 */
export function* extractInSteps(doc: IngestedDocument, options: ExtractOptions): Steps<Commitment[]> {
  const units = yield* withinPhase(unitsInSteps(doc.blocks), 'extracting', 0, 0.4);
  const grammars = options.grammars ?? GRAMMARS;
  const explained: ExplainedUnit[] = [];
  for (const [i, unit] of units.entries()) {
    if (i > 0 && i % UNITS_PER_STEP === 0) yield { phase: 'extracting', done: Math.round(400 + (400 * i) / units.length), total: 1000 };
    explained.push({ unit, classification: classifyUnit(unit, grammarFor(unit.lang, grammars), options.defaults) });
  }
  const themeIds = new Set(options.matcher.codebook.concepts.filter((c) => c.theme).map((c) => c.id));
  const docYear = Number(/^\d{4}/.exec(doc.source.date)?.[0]) || undefined;

  interface Draft {
    commitment: Commitment;
    unitIndex: number;
    namedActor: boolean;
  }
  const drafts: Draft[] = [];
  const byUnit = new Map<number, Draft>();
  const seenIds = new Map<string, number>();
  const actorCounts = new Map<string, number>();

  for (const [unitIndex, { unit, classification }] of explained.entries()) {
    if (unitIndex > 0 && unitIndex % UNITS_PER_STEP === 0) {
      yield { phase: 'extracting', done: Math.round(800 + (150 * unitIndex) / explained.length), total: 1000 };
    }
    if (!classification.commitment) continue;
    const sentenceDeadline = findDeadline(unit.text, unit.lang, docYear);
    for (const d of classification.decisions) {
      const text = unit.text.slice(d.start, d.end);
      const start = unit.start + d.start;
      const end = unit.start + d.end;
      const base = commitmentIdFor(unit.block.id, text);
      const n = seenIds.get(base) ?? 0;
      seenIds.set(base, n + 1);
      const id = n === 0 ? base : `${base}~${n}`;

      const mention = actorOf(text, d.cueAt - d.start);
      if (mention?.government) actorCounts.set(mention.name, (actorCounts.get(mention.name) ?? 0) + 1);
      const deadline = findDeadline(text, unit.lang, docYear) ?? sentenceDeadline;
      const parent = unit.parent !== undefined ? byUnit.get(unit.parent) : undefined;
      const context = [
        [...unit.labels, unit.leadIn?.text].filter(Boolean).join(' · '),
        parent?.commitment.text,
        unit.heading,
        unit.previous,
      ];
      const themes = themesOf(text, unit.lang, context, options.matcher, themeIds);
      // A present-tense activity set for a later date is a plan ("met en place … à l'automne 2021").
      const planned = d.kind === 'ongoing' && deadline !== undefined && deadlineStart(deadline.value) > doc.source.date.slice(0, 7);
      const commitment: Commitment = {
        id,
        sourceId: unit.block.sourceId,
        blockId: unit.block.id,
        range: { start, end },
        lang: unit.lang,
        text,
        kind: planned ? 'pledge' : d.kind,
        themes,
        ...(mention ? { actor: mention.name } : {}),
        ...(deadline ? { deadline } : {}),
        force: d.force,
        specificity: 0,
        cues: d.cues as Cue[],
        ...(parent ? { partOf: parent.commitment.id } : {}),
      };
      const draft: Draft = { commitment, unitIndex, namedActor: mention !== undefined };
      drafts.push(draft);
      if (!byUnit.has(unitIndex)) byUnit.set(unitIndex, draft);
    }
  }

  // The voice of the source, else the government actor it names most: who acts in passives.
  const frequent = [...actorCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const fallbackActor = options.defaultActor ?? frequent;
  const finished: Commitment[] = [];
  for (const [n, { commitment: c, unitIndex, namedActor }] of drafts.entries()) {
    if (n > 0 && n % UNITS_PER_STEP === 0) yield { phase: 'extracting', done: Math.round(950 + (50 * n) / drafts.length), total: 1000 };
    const unit = explained[unitIndex]!.unit;
    let actor = c.actor;
    if (!actor || (FIRST_PERSON.test(c.text) && options.defaultActor)) {
      if (c.kind === 'recommendation') actor = 'Benelux governments';
      else if (c.partOf) actor = drafts.find((d) => d.commitment.id === c.partOf)?.commitment.actor ?? fallbackActor;
      else actor = fallbackActor;
    }
    if (c.kind === 'recommendation') actor = 'Benelux governments';
    const parts = specificityParts(c.text, unit.lang, c.deadline !== undefined, namedActor && c.kind !== 'recommendation');
    const specificity = specificityScore(parts);
    finished.push({
      ...c,
      ...(actor ? { actor } : {}),
      specificity,
      testable: specificity >= TESTABLE_FROM,
    } satisfies Commitment);
  }
  return doc.alignment ? linkTranslations(finished, doc) : finished;
}

/** The id the extractor gives the commitment of a passage: block id and a digest of the text. */
export function commitmentIdFor(blockId: string, text: string): string {
  return `${blockId}/${hashId(normalizedForId(text)).slice(-8)}`;
}

/**
 * A commitment for a passage a curator marked by hand: the same fields the extractor gives, its
 * kind as given (else as the grammar reads the passage, else a pledge). Throws a readable error
 * when the block or the range does not exist.
 */
export function commitmentForPassage(
  doc: IngestedDocument,
  passage: { readonly blockId: string; readonly start: number; readonly end: number; readonly kind?: CommitmentKind },
  options: ExtractOptions,
): Commitment {
  const block = doc.blocks.find((b) => b.id === passage.blockId);
  if (!block)
    throw new ApiError('not-found', `No block "${passage.blockId}" in ${doc.source.id}. Reload the document and select the passage again.`);
  if (passage.start < 0 || passage.end > block.text.length || passage.end <= passage.start) {
    throw new ApiError(
      'bad-input',
      `The range ${passage.start}–${passage.end} is not inside the block (length ${block.text.length}). Select the passage again.`,
    );
  }
  const raw = block.text.slice(passage.start, passage.end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const start = passage.start + lead;
  const reading = readCues(text, grammarFor(block.lang, options.grammars ?? GRAMMARS));
  const decisive = reading.decisive;
  const kind = passage.kind ?? decisive?.kind ?? 'pledge';
  const force = decisive && decisive.kind === kind ? decisive.force : KIND_FORCE[kind];
  const docYear = Number(/^\d{4}/.exec(doc.source.date)?.[0]) || undefined;
  const mention = actorOf(text, decisive?.start ?? 0);
  const deadline = findDeadline(text, block.lang, docYear);
  const themeIds = new Set(options.matcher.codebook.concepts.filter((c) => c.theme).map((c) => c.id));
  const themes = themesOf(text, block.lang, [block.text], options.matcher, themeIds);
  const parts = specificityParts(text, block.lang, deadline !== undefined, mention !== undefined);
  const specificity = specificityScore(parts);
  const actor = kind === 'recommendation' ? 'Benelux governments' : (mention?.name ?? options.defaultActor);
  return {
    id: commitmentIdFor(block.id, text),
    sourceId: block.sourceId,
    blockId: block.id,
    range: { start, end: start + text.length },
    lang: block.lang,
    text,
    kind,
    themes,
    ...(actor ? { actor } : {}),
    ...(deadline ? { deadline } : {}),
    force,
    specificity,
    testable: specificity >= TESTABLE_FROM,
    cues: [{ rule: 'curation.mark-commitment' }, ...(decisive ? [{ rule: decisive.rule, text: decisive.text }] : [])],
    curated: true,
  };
}
