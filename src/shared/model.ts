/**
 * The data model every layer speaks. Plain readonly data: it crosses IPC, HTTP and the CLI as JSON.
 * Offsets are UTF-16 code units into the decoded text of the source file (JavaScript strings);
 * conversion to code points happens only at export boundaries.
 */

/** ISO 639-1 codes of the languages Synopsis reads; `und` when detection has no answer. */
export type LangCode = 'fr' | 'nl' | 'en' | 'und';

/** Why a source is in the corpus: compared against the others, or read as context/evidence. */
export type SourceRole = 'compared' | 'context' | 'evidence';

/** A date as a source prints it, normalized to ISO 8601, with the language side it appears on. */
export interface PrintedDate {
  readonly value: string;
  readonly printed: string;
  readonly lang?: LangCode;
}

/** What the manifest (or inference, without one) says about a source file. */
export interface SourceMeta {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly publisher: string;
  /** The date the source is filed under (ISO 8601, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly date: string;
  /** Every date the source prints, when there is more than one or they disagree. */
  readonly dates?: readonly PrintedDate[];
  /** Set when the source contradicts itself about its date: says what to be careful of. */
  readonly dateConflict?: string;
  readonly languages: readonly LangCode[];
  readonly genre: string;
  readonly role: SourceRole;
  readonly description?: string;
  /** Expected SHA-256 (hex) of the file's bytes; absent for sources without a manifest. */
  readonly sha256?: string;
}

/** Result of checking the file's bytes against the manifest. */
export type Integrity =
  | { readonly kind: 'verified' }
  | { readonly kind: 'mismatch'; readonly expected: string; readonly actual: string }
  | { readonly kind: 'unverified' };

/** A source as loaded from disk. */
export interface Source extends SourceMeta {
  /** SHA-256 (hex) of the bytes actually read. */
  readonly sha256: string;
  readonly integrity: Integrity;
  readonly bytes: number;
  readonly encoding: TextEncodingName;
}

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file of the corpus folder that could not be opened, and why. */
export interface RejectedFile {
  readonly file: string;
  readonly reason: string;
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'footnote' | 'table' | 'metadata';

/** Inline formatting over `Block.text`, as half-open UTF-16 ranges. */
export type Mark =
  | { readonly kind: 'bold'; readonly start: number; readonly end: number }
  | { readonly kind: 'italic'; readonly start: number; readonly end: number }
  | { readonly kind: 'sup'; readonly start: number; readonly end: number }
  | { readonly kind: 'link'; readonly start: number; readonly end: number; readonly href: string }
  | {
      readonly kind: 'footnote-ref';
      readonly start: number;
      readonly end: number;
      /** Id of the footnote block this marker points to, when it resolved. */
      readonly target?: string;
      readonly label: string;
    };

/** A half-open range of UTF-16 code units in the decoded source text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A table rebuilt from flattened extraction (DESI indicator tables). */
export interface TableData {
  readonly caption?: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The unit of display, search, citation and anchoring. */
export interface Block {
  /** Stable while the text it stands on is unchanged: derived from source id and content. */
  readonly id: string;
  readonly sourceId: string;
  readonly kind: BlockKind;
  readonly lang: LangCode;
  /** Clean display text: no markup, no page debris. */
  readonly text: string;
  readonly marks: readonly Mark[];
  /** Heading level, 1 = top. */
  readonly level?: number;
  /** List nesting depth, 0 = top. */
  readonly depth?: number;
  /** List marker or heading/footnote number as printed ("1.2.", "–", "62"). */
  readonly marker?: string;
  /** Where in the source text the block came from; several ranges when re-joined across a page. */
  readonly origin: readonly TextRange[];
  /** For bilingual sources, the language stream the block belongs to. */
  readonly stream?: LangCode;
  readonly table?: TableData;
}

/** Pairs of block-id groups between the language streams of a bilingual source. */
export interface Alignment {
  readonly languages: readonly [LangCode, LangCode];
  readonly pairs: readonly Readonly<Partial<Record<LangCode, readonly string[]>>>[];
}

/** One heading in a source's outline, with its children. */
export interface OutlineNode {
  readonly blockId: string;
  readonly text: string;
  readonly level: number;
  readonly marker?: string;
  readonly children: readonly OutlineNode[];
}

/** A source with its ingested blocks. */
export interface IngestedDocument {
  readonly source: Source;
  readonly blocks: readonly Block[];
  readonly alignment?: Alignment;
  readonly outline: readonly OutlineNode[];
  /** The ingestion algorithm version: bumps when the same text would give different blocks. */
  readonly ingestVersion: number;
  readonly warnings: readonly string[];
}
