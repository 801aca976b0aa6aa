import type { LangCode } from '../../../shared/model';
import { EN_GRAMMAR } from './en';
import { FR_GRAMMAR } from './fr';
import { NL_GRAMMAR } from './nl';
import type { BlockerRule, CueGrammar, CueRule, LeadInRule } from './types';

export type { BlockerRule, CueGrammar, CueRule, LeadInRole, LeadInRule } from './types';
export { BLOCKER_OVERRIDE_PRIORITY } from './types';
export { EN_GRAMMAR, FR_GRAMMAR, NL_GRAMMAR };

/** The shipped grammars, by language. */
export const GRAMMARS: Readonly<Record<'fr' | 'nl' | 'en', CueGrammar>> = { fr: FR_GRAMMAR, nl: NL_GRAMMAR, en: EN_GRAMMAR };

const LETTER = String.raw`[\p{L}\p{N}]`;
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const BOUNDARY = String.raw`(?:${WORD_START}(?=${LETTER})|(?<=${LETTER})${WORD_END})`;

/**
 * Turns a grammar pattern into a RegExp: `\b` becomes a boundary that knows accented letters and
 * `\w` a letter or digit of any script, so patterns read as a linguist writes them. A `\b` where
 * a word can only start (after `(`, `|`, a space, at the start) only looks behind, one where a
 * word can only end (before `)`, `|`, a space, the end, a quantifier, a lookahead) only looks
 * ahead — one-sided checks keep the expressions fast; anywhere else it looks both ways.
 */
export function compilePattern(source: string, flags = 'gu'): RegExp {
  const translated = source.replace(/\\([bw])/g, (_m, c: string, at: number) => {
    if (c === 'w') return LETTER;
    const before = at === 0 ? '' : source[at - 1]!;
    const after = source.slice(at + 2);
    if (before === '' || '(| ^'.includes(before) || /\(\?[:!=]$/.test(source.slice(0, at))) return WORD_START;
    if (after === '' || /^(?:[)| $'?*+{,.;:]|\(\?[!=])/.test(after)) return WORD_END;
    return BOUNDARY;
  });
  return new RegExp(translated, flags);
}

export interface CompiledCue extends CueRule {
  readonly re: RegExp;
}
export interface CompiledBlocker extends BlockerRule {
  readonly re: RegExp;
}
export interface CompiledLeadIn extends LeadInRule {
  readonly re: RegExp;
}

export interface CompiledGrammar {
  readonly lang: 'fr' | 'nl' | 'en';
  readonly refusals: readonly CompiledCue[];
  readonly cues: readonly CompiledCue[];
  readonly blockers: readonly CompiledBlocker[];
  readonly leadIns: readonly CompiledLeadIn[];
  readonly falseFriends: ReadonlySet<string>;
  readonly relativeMarkers: ReadonlySet<string>;
  readonly actionStart: RegExp;
  readonly sentenceStarters: ReadonlySet<string>;
}

/** Compiles a grammar once; throws on a pattern that is not a valid regular expression. */
export function compileGrammar(grammar: CueGrammar): CompiledGrammar {
  const cue = (r: CueRule): CompiledCue => ({ ...r, re: compilePattern(r.pattern) });
  return {
    lang: grammar.lang,
    refusals: grammar.refusals.map(cue),
    cues: grammar.cues.map(cue),
    blockers: grammar.blockers.map((b) => ({ ...b, re: compilePattern(b.pattern) })),
    leadIns: grammar.leadIns.map((l) => ({ ...l, re: compilePattern(l.pattern, 'u') })),
    falseFriends: new Set(grammar.falseFriends),
    relativeMarkers: new Set(grammar.relativeMarkers),
    actionStart: compilePattern(grammar.actionStart, 'u'),
    sentenceStarters: new Set(grammar.sentenceStarters),
  };
}

const compiled = new Map<CueGrammar, CompiledGrammar>();

/** The compiled grammar for a language; undetermined text is read with the French grammar. */
export function grammarFor(lang: LangCode, grammars: Readonly<Record<'fr' | 'nl' | 'en', CueGrammar>> = GRAMMARS): CompiledGrammar {
  const g = lang === 'nl' ? grammars.nl : lang === 'en' ? grammars.en : grammars.fr;
  let c = compiled.get(g);
  if (!c) {
    c = compileGrammar(g);
    compiled.set(g, c);
  }
  return c;
}
