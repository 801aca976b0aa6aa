import type { Block, LangCode } from '../../shared/model';
import { runSteps, type Steps } from '../compare/steps';
import { readCues } from './cues';
import { grammarFor, type CompiledGrammar, type LeadInRole } from './grammar';
import { plainForMatching } from './plain';
import { isTitleLike, runInTitleEnd, splitSentences } from './segment';

/**
 * The units a commitment can be: the sentences of paragraphs, list items, and the Assembly's
 * recommendations (headings under "votre Assemblée adresse les demandes suivantes"). Walking the
 * blocks in reading order (per language stream of a bilingual source), it keeps the lead-ins in
 * force: "Nous voulons :" holds until the next heading, "Les enjeux … sont multiples :" holds for
 * the list after it, "– Accès universel :" labels the nested items under it. Whether a unit is a
 * commitment is decided later (classify.ts); here only structure is read.
 */

/** A lead-in in force and where it came from. `neutral`: a colon lead-in no rule recognises. */
export interface LeadInContext {
  readonly role: LeadInRole | 'neutral';
  readonly rule?: string;
  readonly text: string;
  readonly blockId: string;
}

export interface Unit {
  readonly block: Block;
  /** Range within `block.text` (UTF-16, half-open). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lang: LangCode;
  readonly origin: 'sentence' | 'item' | 'heading';
  /** The lead-in that governs this unit, if any. */
  readonly leadIn?: LeadInContext;
  /** The first sentence after a colon lead-in completes it ("Nous voulons : | La mise en place …"). */
  readonly completes?: boolean;
  /** Labels of the enclosing list items ("Accès universel"), outermost first. */
  readonly labels: readonly string[];
  /** Index (in the returned array) of the list item this one is nested in. */
  readonly parent?: number;
  /** The nearest title above (a heading, a title-like paragraph, a title run into the paragraph). */
  readonly heading?: string;
  /** The sentence before, in the same block: what "cela" refers to. */
  readonly previous?: string;
  /** Inside a quotation attributed to a study: the study speaks, not the author. */
  readonly reported?: boolean;
}

interface StreamState {
  section?: LeadInContext;
  list?: LeadInContext;
  completion?: LeadInContext;
  labels: { depth: number; text: string }[];
  items: { depth: number; unit?: number }[];
  heading?: string;
}

const FOOTNOTE_LIKE = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d+\]|\d{1,3}\s+(?=<?https?:))\s*|^<?https?:\/\/\S+>?$/u;

/** A block that is a footnote or a bare link: it neither holds units nor interrupts a list. */
function isTransparent(block: Block): boolean {
  return block.kind === 'footnote' || (block.kind === 'paragraph' && FOOTNOTE_LIKE.test(block.text.trim()));
}

function leadInOf(text: string, g: CompiledGrammar, blockId: string): LeadInContext | undefined {
  const plain = plainForMatching(text).trim();
  for (const rule of g.leadIns) {
    if (rule.re.test(plain)) return { role: rule.role, rule: rule.rule, text: text.trim(), blockId };
  }
  if (/:\s*$/.test(plain)) return { role: 'neutral', text: text.trim(), blockId };
  return undefined;
}

function scopeOf(text: string, g: CompiledGrammar): 'section' | 'list' {
  const plain = plainForMatching(text).trim();
  return g.leadIns.find((r) => r.re.test(plain))?.scope ?? 'list';
}

function applyLeadIn(state: StreamState, ctx: LeadInContext, g: CompiledGrammar): void {
  if (ctx.role !== 'neutral' && scopeOf(ctx.text, g) === 'section') {
    state.section = ctx;
    state.list = undefined;
  } else {
    state.list = ctx;
  }
  state.completion = ctx.role === 'proposal' || ctx.role === 'pledge' ? ctx : undefined;
  state.labels = [];
  state.items = [];
}

const LIST_BULLET = /^[+•·▪◦\-–—→]\s+/u;

/** A recommendation heading: a marker or a number, and a sentence (ends with a period). */
function isRecommendationHeading(block: Block): boolean {
  const text = block.text.trim();
  if (/:\s*$/.test(text)) return false;
  return Boolean(block.marker) || /^\d+\.\s/.test(text) || /[.;]\s*$/.test(text);
}

/** Splits a document's blocks into candidate units, with their structural context. */
export function unitsOf(blocks: readonly Block[]): Unit[] {
  return runSteps(unitsInSteps(blocks));
}

/** Blocks read between two steps of `unitsInSteps`: a few milliseconds of work. */
const BLOCKS_PER_STEP = 200;

/** `unitsOf` in steps (a yield every few hundred blocks), so a host can read a large source without holding its event loop. */
export function* unitsInSteps(blocks: readonly Block[]): Steps<Unit[]> {
  const units: Unit[] = [];
  const states = new Map<string, StreamState>();
  const stateOf = (b: Block): StreamState => {
    const key = b.stream ?? '';
    let s = states.get(key);
    if (!s) {
      s = { labels: [], items: [] };
      states.set(key, s);
    }
    return s;
  };

  for (const [i, block] of blocks.entries()) {
    if (i > 0 && i % BLOCKS_PER_STEP === 0) yield { phase: 'extracting', done: i, total: blocks.length };
    if (block.kind === 'metadata' || block.kind === 'table' || isTransparent(block)) continue;
    const state = stateOf(block);
    const g = grammarFor(block.lang);
    const text = block.text;

    const titleLike = block.kind === 'heading' || (block.kind === 'paragraph' && isTitleLike(text.trim()));
    if (titleLike) {
      if (state.section?.role === 'recommendation' && block.kind === 'heading' && isRecommendationHeading(block)) {
        const start = text.length - text.trimStart().length;
        units.push({
          block,
          start,
          end: text.trimEnd().length,
          text: text.trim(),
          lang: block.lang,
          origin: 'heading',
          leadIn: state.section,
          labels: [],
          ...(state.heading ? { heading: state.heading } : {}),
        });
        continue;
      }
      const lead = leadInOf(text, g, block.id);
      if (lead && lead.role !== 'neutral') {
        applyLeadIn(state, lead, g);
        continue;
      }
      state.heading = text.trim();
      if (state.section?.role !== 'recommendation') state.section = undefined;
      state.list = undefined;
      state.completion = undefined;
      state.labels = [];
      state.items = [];
      continue;
    }

    if (block.kind === 'list-item') {
      const bullet = LIST_BULLET.exec(text);
      const start = bullet ? bullet[0].length : text.length - text.trimStart().length;
      const body = text.slice(start).trim();
      const plus = block.marker === '+' || text.trimStart().startsWith('+');
      const depth = (block.depth ?? 0) + (plus ? 1 : 0);
      state.completion = undefined;
      while (state.labels.length > 0 && state.labels[state.labels.length - 1]!.depth >= depth) state.labels.pop();
      while (state.items.length > 0 && state.items[state.items.length - 1]!.depth >= depth) state.items.pop();
      if (/:\s*$/.test(body) && body.split(/\s+/).length <= 15) {
        // A label ("– Accès universel :"): the items under it are its parts.
        const lead = leadInOf(body, g, block.id);
        if (lead && lead.role !== 'neutral' && lead.role !== 'proposal') state.list = lead;
        state.labels.push({ depth, text: body.replace(/\s*:\s*$/, '') });
        state.items.push({ depth });
        continue;
      }
      const parent = [...state.items].reverse().find((i) => i.depth < depth && i.unit !== undefined)?.unit;
      // A lead-in no rule recognises ("Les caractéristiques clés du GUN incluront :") leaves the
      // section's in force.
      // The Assembly's recommendations are headings: a list in the answers is the Committee's.
      const section = state.section?.role === 'recommendation' ? undefined : state.section;
      const leadIn = state.list && state.list.role !== 'neutral' ? state.list : (section ?? state.list);
      units.push({
        block,
        start,
        end: start + body.length,
        text: body,
        lang: block.lang,
        origin: 'item',
        ...(leadIn ? { leadIn } : {}),
        labels: state.labels.filter((l) => l.depth < depth).map((l) => l.text),
        ...(parent !== undefined ? { parent } : {}),
        ...(state.heading ? { heading: state.heading } : {}),
      });
      state.items.push({ depth, unit: units.length - 1 });
      continue;
    }

    // A paragraph: its sentences, after any run-in title.
    const titleEnd = runInTitleEnd(text, g);
    const heading = titleEnd > 0 ? text.slice(0, titleEnd).trim() : state.heading;
    if (titleEnd > 0) {
      state.heading = heading;
      if (state.section?.role !== 'recommendation') state.section = undefined;
    }
    const offset = titleEnd;
    const sentences = splitSentences(text.slice(offset), block.lang).map((s) => ({ start: s.start + offset, end: s.end + offset }));
    const completion = state.completion;
    state.completion = undefined;
    state.list = undefined;
    state.labels = [];
    state.items = [];
    let previous: string | undefined;
    let quoteDepth = 0;
    let quoteReported = false;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      const sentence = text.slice(s.start, s.end);
      const isLast = i === sentences.length - 1;
      const reportedIn = quoteDepth > 0 && quoteReported;
      const opened = (sentence.match(/[“«]/g) ?? []).length;
      const closed = (sentence.match(/[”»]/g) ?? []).length;
      const before = quoteDepth;
      quoteDepth = Math.max(0, quoteDepth + opened - closed);
      // A closing quote that ends the sentence closes what is open ("… mon activité?”.").
      if (/[”»]\s*[.!?]?\s*$/.test(sentence)) quoteDepth = 0;
      if (quoteDepth > 0 && before === 0) quoteReported = readCues(sentence, g).blockers.some((b) => b.strength === 'veto');
      if (quoteDepth === 0) quoteReported = false;

      const lead = isLast ? leadInOf(sentence, g, block.id) : undefined;
      if (lead && (lead.role !== 'neutral' || sentences.length === 1 || /:\s*$/.test(sentence))) {
        applyLeadIn(state, lead, g);
        continue;
      }
      if (i === 0) {
        const reading = readCues(sentence, g);
        const opens = reading.cues.find((c) => c.kind === 'proposal' && c.start <= 3);
        if (opens) state.section = { role: 'proposal', rule: opens.rule, text: sentence, blockId: block.id };
      }
      units.push({
        block,
        start: s.start,
        end: s.end,
        text: sentence,
        lang: block.lang,
        origin: 'sentence',
        ...(i === 0 && completion ? { leadIn: completion, completes: true } : {}),
        labels: [],
        ...(heading ? { heading } : {}),
        ...(previous ? { previous } : {}),
        ...(reportedIn ? { reported: true } : {}),
      });
      previous = sentence;
    }
  }
  return units;
}
