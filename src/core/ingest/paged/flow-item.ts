import type { BlockKind } from '../../../shared/model';

/** A block of the text flow while the passes shape it: kind, markup-carrying text, source lines. */
export interface FlowItem {
  kind: BlockKind;
  raw: string;
  lines: number[];
  level?: number;
  depth?: number;
  marker?: string;
  /** Indentation of a list item's marker, for nesting. */
  indent?: number;
  /** How many numbers a numbered heading carries ("1.2.1." → 3). */
  numbered?: number;
  /** The document's title. */
  title?: boolean;
  /** Blank lines before it, and whether lines taken out of the flow lie before it. */
  gapBefore: number;
  brokenBefore: boolean;
}

/** Sentence-final punctuation, allowing closing quotes, brackets and emphasis markers after it. */
export const ENDS_SENTENCE = /[.!?:;…]["'”»’)\]*_]*\s*$/;
