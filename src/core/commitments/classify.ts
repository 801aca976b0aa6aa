import type { CommitmentKind, Cue, Force } from '../../shared/commitments';
import { BLOCKER_OVERRIDE_PRIORITY, type CompiledGrammar } from './grammar';
import { byStrength, readCues, type CueHit, type CueReading } from './cues';
import type { Unit } from './units';

/**
 * Decides whether a unit is a commitment, of which kind and force, and splits a sentence that
 * holds two ("… seront échangées et un positionnement commun sera élaboré"). Every decision
 * carries the cues that made it, so the UI can explain it and a curator can correct it.
 */

export interface Decision {
  readonly kind: CommitmentKind;
  readonly force: Force;
  /** Range within the unit's text (a clause, or the whole unit). */
  readonly start: number;
  readonly end: number;
  readonly cues: readonly Cue[];
  /** Where the deciding cue stands within the unit's text (for finding the actor). */
  readonly cueAt: number;
  /** Whether the kind came from a lead-in rather than the unit's own words. */
  readonly inherited: boolean;
}

/** Why a unit is not a commitment, for explanations and tests. */
export type Rejection =
  | { readonly reason: 'question' }
  | { readonly reason: 'reported'; readonly text?: string }
  | { readonly reason: 'lead-in'; readonly role: string; readonly text: string }
  | { readonly reason: 'blocked'; readonly rule: string; readonly text: string }
  | { readonly reason: 'no-cue' };

export type Classification =
  { readonly commitment: true; readonly decisions: readonly Decision[] } | ({ readonly commitment: false } & Rejection);

const INHERITED_FORCE: Readonly<Record<'proposal' | 'pledge' | 'recommendation', Force>> = { proposal: 2, pledge: 3, recommendation: 2 };

function isQuestion(text: string): boolean {
  return /\?\s*["”»)\]]*\s*$/.test(text.trim());
}

function cueOf(hit: CueHit): Cue {
  return { rule: hit.rule, text: hit.text };
}

/** The cues that count after the blockers: what the decision cites. */
function countingCues(reading: CueReading): CueHit[] {
  const weak = reading.blockers.some((b) => b.strength === 'weak');
  return reading.cues.filter((c) => !weak || c.priority >= BLOCKER_OVERRIDE_PRIORITY);
}

const SPLIT = [/;\s+/g, /,\s+(?:et|en|and|puis|tandis que)\s+/giu, /\s(?:et|en|and)\s+/giu];

/** Where to split between two cues: the last ";", then ", et", then " et " between them. */
function splitPoint(text: string, from: number, to: number): { cut: number; next: number } | undefined {
  const between = text.slice(from, to);
  for (const re of SPLIT) {
    re.lastIndex = 0;
    let last: RegExpExecArray | undefined;
    for (const m of between.matchAll(re)) last = m as RegExpExecArray;
    if (last) return { cut: from + last.index, next: from + last.index + last[0].length };
  }
  return undefined;
}

const words = (s: string): number => (s.trim().match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Clauses of a sentence with two or more cues of their own, each with its strongest cue. */
function clauses(text: string, hits: readonly CueHit[]): { start: number; end: number; hits: CueHit[] }[] {
  const ordered = [...hits].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number; hits: CueHit[] }[] = [{ start: 0, end: text.length, hits: [] }];
  for (let i = 0; i < ordered.length; i++) {
    const hit = ordered[i]!;
    const current = out[out.length - 1]!;
    const prev = current.hits[current.hits.length - 1];
    if (prev) {
      const split = splitPoint(text, prev.end, hit.start);
      if (split && words(text.slice(current.start, split.cut)) >= 5 && words(text.slice(split.next)) >= 4) {
        current.end = split.cut;
        out.push({ start: split.next, end: text.length, hits: [hit] });
        continue;
      }
    }
    current.hits.push(hit);
  }
  return out;
}

/** Classifies one unit with the grammar of its language. */
/**
 * What a document's genre says about the units no lead-in governs: in a work programme or an
 * action plan, a bare list item ("Garantir l'accès transfrontalier aux biens et services
 * numériques", "Un nouveau Traité de Police Benelux") is one of its objectives.
 */
export interface DocumentDefaults {
  readonly itemKind?: 'goal' | 'proposal';
}

export function classifyUnit(unit: Unit, g: CompiledGrammar, defaults: DocumentDefaults = {}): Classification {
  const text = unit.text;
  if (unit.reported) return { commitment: false, reason: 'reported' };
  if (isQuestion(text)) return { commitment: false, reason: 'question' };
  const reading = readCues(text, g);
  const role = unit.leadIn?.role;

  if (role === 'question' || role === 'title' || role === 'description') {
    return { commitment: false, reason: 'lead-in', role, text: unit.leadIn!.text };
  }

  if (role === 'proposal' || role === 'pledge' || role === 'recommendation') {
    const leadCue: Cue = { rule: unit.leadIn!.rule ?? `lead-in.${role}`, text: unit.leadIn!.text };
    const refusal = reading.refusals[0];
    const own = countingCues(reading);
    const kind: CommitmentKind = refusal ? 'refusal' : role;
    const force: Force = refusal
      ? refusal.force
      : (Math.max(INHERITED_FORCE[role], role === 'pledge' && own[0]?.force === 4 ? 4 : 0) as Force);
    const cues = [leadCue, ...(refusal ? [cueOf(refusal)] : []), ...own.slice(0, 3).map(cueOf)];
    return {
      commitment: true,
      decisions: [{ kind, force, start: 0, end: text.length, cues, cueAt: refusal?.start ?? own[0]?.start ?? 0, inherited: !refusal }],
    };
  }

  const veto = reading.blockers.find((b) => b.strength === 'veto');
  if (veto) return { commitment: false, reason: 'blocked', rule: veto.rule, text: veto.text };
  if (defaults.itemKind && unit.origin === 'item' && !unit.leadIn && !/:\s*$/.test(text)) {
    const own = countingCues(reading)[0];
    const kind = reading.refusals[0]?.kind ?? defaults.itemKind;
    return {
      commitment: true,
      decisions: [
        {
          kind,
          force: kind === defaults.itemKind ? 2 : 3,
          start: 0,
          end: text.length,
          cues: [{ rule: `document.${defaults.itemKind}s` }, ...(own ? [cueOf(own)] : [])],
          cueAt: own?.start ?? 0,
          inherited: true,
        },
      ],
    };
  }
  if (!reading.decisive) {
    const weak = reading.blockers.find((b) => b.strength === 'weak');
    if (weak && reading.cues.length > 0) return { commitment: false, reason: 'blocked', rule: weak.rule, text: weak.text };
    return { commitment: false, reason: 'no-cue' };
  }

  const counting = reading.refusals.length > 0 ? [...reading.refusals, ...countingCues(reading)] : countingCues(reading);
  // Only units that are sentences split into clauses; a list item is one unit by definition.
  const parts = unit.origin === 'sentence' ? clauses(text, counting) : [{ start: 0, end: text.length, hits: counting }];
  const decisions: Decision[] = parts
    .filter((p) => p.hits.length > 0)
    .map((p) => {
      const best = [...p.hits].sort(byStrength)[0]!;
      const clauseStart = p.start + (text.slice(p.start, p.end).length - text.slice(p.start, p.end).trimStart().length);
      const clauseEnd =
        p.start +
        text
          .slice(p.start, p.end)
          .trimEnd()
          .replace(/[,;]\s*$/, '').length;
      const others = p.hits.filter((h) => h !== best).sort(byStrength);
      return {
        kind: best.kind,
        force: best.force,
        start: clauseStart,
        end: clauseEnd,
        cues: [cueOf(best), ...others.slice(0, 3).map(cueOf)],
        cueAt: best.start,
        inherited: false,
      };
    });
  return { commitment: true, decisions };
}
