import type { Annotation } from './annotations';
import { EMPTY_CODEBOOK_OVERLAY, type CodebookOverlay } from './codebook';
import type { CurationDecision } from './curation';
import type { LangCode } from './model';

/**
 * What the user makes and expects back at the next launch. Persisted by the host's workspace
 * store as versioned JSON; a newer schema version than the program knows is refused, not misread.
 */
export const WORKSPACE_SCHEMA_VERSION = 3;

/** How a pane shows a bilingual source: one language stream, or both in parallel columns. */
export type PaneView = 'all' | 'parallel' | LangCode;

export interface PaneState {
  /** Unique within the layout: a source can be shown in two panes. */
  readonly id: string;
  readonly sourceId: string;
  readonly view: PaneView;
  /** Linked panes follow each other's reading position. */
  readonly linked: boolean;
  readonly collapsed: boolean;
  /** Relative width (flex grow), 1 = even share. */
  readonly width: number;
  /** Block at the reading line when the layout was last saved. */
  readonly topBlockId?: string;
}

export interface Layout {
  readonly panes: readonly PaneState[];
}

export type UiLocale = 'en' | 'fr' | 'nl';
export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Preferences {
  readonly locale?: UiLocale;
  readonly theme: ThemeChoice;
  /** Reading font size multiplier, 0.75–2. */
  readonly fontScale: number;
}

export interface Workspace {
  readonly schemaVersion: typeof WORKSPACE_SCHEMA_VERSION;
  /** Bumped on every successful write; lets a second window detect a concurrent change. */
  readonly revision: number;
  readonly layout: Layout;
  readonly preferences: Preferences;
  /** Every annotation, deleted ones included (kept for undo); changed one by one, never as a whole. */
  readonly annotations: readonly Annotation[];
  /** Decisions about commitments and links, in the order they were made (schema v3). */
  readonly curation: readonly CurationDecision[];
  /** The user's edits to the codebook, layered over the shipped default (schema v3). */
  readonly codebook: CodebookOverlay;
}

export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', fontScale: 1 };

export function emptyWorkspace(): Workspace {
  return {
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    revision: 0,
    layout: { panes: [] },
    preferences: DEFAULT_PREFERENCES,
    annotations: [],
    curation: [],
    codebook: EMPTY_CODEBOOK_OVERLAY,
  };
}
