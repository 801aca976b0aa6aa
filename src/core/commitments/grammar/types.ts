import type { CommitmentKind, Force } from '../../../shared/commitments';

/**
 * The shape of a cue grammar: the words and constructions that make a sentence a commitment (or
 * keep it from being one) in one language. Grammars are data (one file per language): a linguist
 * can read and extend them without touching the extractor, and each is tested on its own.
 *
 * Patterns are regular-expression sources matched on the sentence lower-cased, with
 * typographic apostrophes and quotes made plain (’ → ', “ ” « » → "). `\b` means a letter
 * boundary that knows accents (JavaScript's own `\b` stops at "é"); `\w` means a letter or digit.
 */

/** A construction that makes a statement a commitment of some kind, with a force. */
export interface CueRule {
  /** Stable id cited in `Commitment.cues` ("fr.future", "nl.wordt-onderzocht"). */
  readonly rule: string;
  readonly pattern: string;
  readonly kind: CommitmentKind;
  readonly force: Force;
  /** When several cues fire, the highest priority decides the kind (then the earliest). */
  readonly priority: number;
  /**
   * A cue that only counts outside a relative clause ("…, qui permettra de …" describes the
   * noun, it commits no one). Most tense cues set it; explicit verbs ("s'engage à") do not.
   */
  readonly mainClauseOnly?: boolean;
  /**
   * A present-tense activity ("échangent", "soutiennent") commits only when a government or a
   * Benelux body is named before it as its subject; "les chambres collaborent" describes.
   */
  readonly governmentSubject?: boolean;
}

/** What keeps a statement from being a commitment even if a cue fired. */
export interface BlockerRule {
  readonly rule: string;
  readonly pattern: string;
  /**
   * `veto`: never a commitment (a question, a forecast quoted from a study).
   * `weak`: only vetoes cues of priority below `BLOCKER_OVERRIDE_PRIORITY` (a past-tense
   * description with a subordinate "pourrait" stays a description).
   */
  readonly strength: 'veto' | 'weak';
}

/** The role a lead-in gives to the items under it. */
export type LeadInRole =
  | 'proposal' // "Nous voulons :", "De plus :" — items are the party's proposals
  | 'pledge' // "Cette déclaration engage la Belgique à respecter 6 principes :"
  | 'recommendation' // "votre Assemblée adresse les demandes suivantes aux gouvernements :"
  | 'question' // "Les enjeux … sont multiples :" — items are questions or issues
  | 'description' // "Celle-ci identifie cinq axes d'actions :" — items describe what exists
  | 'title'; // "Nos priorités" — items are titles

export interface LeadInRule {
  readonly rule: string;
  readonly pattern: string;
  readonly role: LeadInRole;
  /**
   * `section`: the lead-in holds until the next heading (a party programme's "Nous voulons :"
   * covers the whole list of measures, with its sub-labels); `list`: only the list that follows.
   */
  readonly scope: 'section' | 'list';
}

export interface CueGrammar {
  readonly lang: 'fr' | 'nl' | 'en';
  readonly cues: readonly CueRule[];
  readonly blockers: readonly BlockerRule[];
  readonly leadIns: readonly LeadInRule[];
  /**
   * Refusals: a negated commitment ("ne voit pas de nécessité", "ziet geen noodzaak"). Checked
   * before the positive cues.
   */
  readonly refusals: readonly CueRule[];
  /** Words that look like a cue but are not ("front" is not a future of "fr-"). */
  readonly falseFriends: readonly string[];
  /** Words that open a relative clause ("qui", "die", "which"): the cue after them is descriptive. */
  readonly relativeMarkers: readonly string[];
  /**
   * The start of a list item that states an action without a finite verb: an infinitive or a
   * noun of action ("Créer …", "Mise en place de …", "Invoeren van …"). Such an item is a
   * commitment only under a lead-in that says whose (`proposal`, `pledge`).
   */
  readonly actionStart: string;
  /** Words that, capitalised after a lower-case word, start a sentence after a run-in title. */
  readonly sentenceStarters: readonly string[];
}

/** Cues at or above this priority survive a `weak` blocker. */
export const BLOCKER_OVERRIDE_PRIORITY = 60;
