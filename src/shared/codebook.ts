import { z } from 'zod';

/**
 * The codebook's shapes as they cross the contract: the concepts Synopsis knows in French, Dutch
 * and English (themes classify commitments; every concept serves the search glossary), and the
 * user's edits layered on top of the shipped default. The default itself is data in
 * `src/core/concepts/codebook.ts`; the edits are kept in the workspace, never in that file.
 */

export type ConceptLang = 'fr' | 'nl' | 'en';

export const CONCEPT_LANGS: readonly ConceptLang[] = ['fr', 'nl', 'en'];

/**
 * Terms that mean the same thing, each in its language: "fibre optique" / "glasvezel" / "fibre",
 * "fiber". The search glossary expands a query only through these sets (a query that is a term of
 * a set also finds the set's other terms), so a set holds real translations and synonyms, never
 * related words: a concept's `terms` are theme cues ("kmo" and "innovation" both signal the SME
 * theme) but "kmo" translates only to "pme" and "sme".
 */
export type TranslationSet = Readonly<Partial<Record<ConceptLang, readonly string[]>>>;

export interface Concept {
  readonly id: string;
  /** A theme classifies commitments; other concepts only serve the glossary. */
  readonly theme: boolean;
  readonly labels: Readonly<Record<ConceptLang, string>>;
  /** The canonical description (English for the default codebook; the user's words once edited). */
  readonly description: string;
  /**
   * The default codebook's description in each language, shown in the interface's language. A
   * description the user writes replaces them all: it is theirs, in whatever language they wrote.
   */
  readonly descriptions?: Readonly<Partial<Record<ConceptLang, string>>>;
  /** Cues that put a text in this concept (themes of commitments, comparison); never expand a search. */
  readonly terms: Readonly<Record<ConceptLang, readonly string[]>>;
  /** The search glossary's entries for this concept; none for a concept that only classifies. */
  readonly translations?: readonly TranslationSet[];
}

/** A concept's description in a language: its translation when the codebook has one, else the canonical text. */
export function conceptDescription(concept: Concept, lang: ConceptLang): string {
  return concept.descriptions?.[lang] ?? concept.description;
}

export interface Codebook {
  /** Bumped whenever a theme or term changes: reports cite it. */
  readonly version: string;
  readonly concepts: readonly Concept[];
}

/**
 * The user's changes to one concept of the default codebook. Labels and description replace the
 * default's; terms are added to (or removed from) the default's per language.
 */
export interface ConceptOverride {
  readonly labels?: Readonly<Partial<Record<ConceptLang, string>>>;
  readonly description?: string;
  readonly addedTerms?: Readonly<Partial<Record<ConceptLang, readonly string[]>>>;
  readonly removedTerms?: Readonly<Partial<Record<ConceptLang, readonly string[]>>>;
  /** Translation sets added to the concept's. */
  readonly addedTranslations?: readonly TranslationSet[];
  /** The concept's own (default) sets holding one of these terms are dropped. */
  readonly removedTranslations?: Readonly<Partial<Record<ConceptLang, readonly string[]>>>;
}

/** Everything the user changed in the codebook; stored in the workspace (schema v3). */
export interface CodebookOverlay {
  /** Overrides of default concepts, by concept id. */
  readonly overrides: Readonly<Record<string, ConceptOverride>>;
  /** Themes the user added (ids that are not in the default). */
  readonly added: readonly Concept[];
}

export const EMPTY_CODEBOOK_OVERLAY: CodebookOverlay = { overrides: {}, added: [] };

/** One change to the codebook, as the UI and the CLI ask for it. */
export type CodebookEdit =
  | { readonly op: 'rename'; readonly id: string; readonly lang: ConceptLang; readonly label: string }
  | { readonly op: 'describe'; readonly id: string; readonly description: string }
  | { readonly op: 'add-terms'; readonly id: string; readonly lang: ConceptLang; readonly terms: readonly string[] }
  | { readonly op: 'remove-terms'; readonly id: string; readonly lang: ConceptLang; readonly terms: readonly string[] }
  | {
      readonly op: 'add-theme';
      readonly id: string;
      readonly labels: Readonly<Record<ConceptLang, string>>;
      readonly description?: string;
      readonly terms?: Readonly<Partial<Record<ConceptLang, readonly string[]>>>;
      readonly translations?: readonly TranslationSet[];
    }
  /** Adds a set of equivalent terms (at least two, in any languages) to the concept's glossary entries. */
  | { readonly op: 'add-translation'; readonly id: string; readonly translation: TranslationSet }
  /** Drops the concept's translation sets that hold this term in this language (default or added). */
  | { readonly op: 'remove-translation'; readonly id: string; readonly lang: ConceptLang; readonly term: string }
  /** Removes a theme the user added; default themes cannot be removed (their ids are fixed). */
  | { readonly op: 'remove-theme'; readonly id: string }
  /** Drops every user change to one concept (or to all, without id). */
  | { readonly op: 'reset'; readonly id?: string };

/** The effective codebook with what the user changed marked, for the UI and reports. */
export interface CodebookView {
  readonly codebook: Codebook;
  /** The shipped default's version, to tell a user edit from an upgrade. */
  readonly defaultVersion: string;
  /** Ids of concepts the user changed or added. */
  readonly edited: readonly string[];
  readonly overlay: CodebookOverlay;
}

const conceptId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');
const label = z.string().trim().min(1).max(200);
const term = z.string().trim().min(1).max(200);
const terms = z.array(term).max(500);
const langSchema = z.enum(['fr', 'nl', 'en']);
const perLangTerms = z.strictObject({ fr: terms.optional(), nl: terms.optional(), en: terms.optional() });
const translationSet = perLangTerms.refine(
  (set) => (set.fr?.length ?? 0) + (set.nl?.length ?? 0) + (set.en?.length ?? 0) >= 2,
  'a translation set needs at least two terms (the same thing said in two languages, or two ways)',
);
const translationSets = z.array(translationSet).max(500);

export const conceptSchema = z.strictObject({
  id: conceptId,
  theme: z.boolean(),
  labels: z.strictObject({ fr: label, nl: label, en: label }),
  description: z.string().max(2000),
  descriptions: z
    .strictObject({ fr: z.string().max(2000).optional(), nl: z.string().max(2000).optional(), en: z.string().max(2000).optional() })
    .optional(),
  terms: z.strictObject({ fr: terms, nl: terms, en: terms }),
  translations: translationSets.optional(),
});

export const codebookOverlaySchema = z.strictObject({
  overrides: z.record(
    conceptId,
    z.strictObject({
      labels: z.strictObject({ fr: label.optional(), nl: label.optional(), en: label.optional() }).optional(),
      description: z.string().max(2000).optional(),
      addedTerms: perLangTerms.optional(),
      removedTerms: perLangTerms.optional(),
      addedTranslations: translationSets.optional(),
      removedTranslations: perLangTerms.optional(),
    }),
  ),
  added: z.array(conceptSchema).max(200),
});

export const codebookEditSchema: z.ZodType<CodebookEdit> = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('rename'), id: conceptId, lang: langSchema, label }),
  z.strictObject({ op: z.literal('describe'), id: conceptId, description: z.string().max(2000) }),
  z.strictObject({ op: z.literal('add-terms'), id: conceptId, lang: langSchema, terms: terms.min(1) }),
  z.strictObject({ op: z.literal('remove-terms'), id: conceptId, lang: langSchema, terms: terms.min(1) }),
  z.strictObject({
    op: z.literal('add-theme'),
    id: conceptId,
    labels: z.strictObject({ fr: label, nl: label, en: label }),
    description: z.string().max(2000).optional(),
    terms: perLangTerms.optional(),
    translations: translationSets.optional(),
  }),
  z.strictObject({ op: z.literal('add-translation'), id: conceptId, translation: translationSet }),
  z.strictObject({ op: z.literal('remove-translation'), id: conceptId, lang: langSchema, term }),
  z.strictObject({ op: z.literal('remove-theme'), id: conceptId }),
  z.strictObject({ op: z.literal('reset'), id: conceptId.optional() }),
]);
