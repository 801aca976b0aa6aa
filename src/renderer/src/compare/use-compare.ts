import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookEdit, CodebookView } from '../../../shared/codebook';
import type { Commitment, Comparison } from '../../../shared/commitments';
import type { ReaderApi } from '../../../shared/contract';
import type { CurationList, CurationRequest } from '../../../shared/curation';
import type { Source } from '../../../shared/model';
import type { UiLocale } from '../../../shared/workspace';
import type { Decorations } from '../components/decorations';
import { errorMessage } from '../load';
import { linkedCommitmentScorer } from '../related/linked-commitments';
import type { RelatedScorer } from '../related/related-passages';
import { makeNames, type Names } from './names';
import { readPaneSelection, type PaneSelection } from './pane-selection';
import type { PassageTarget } from './show-passage';
import { defaultChoice, timelineOrder } from './timeline';
import { DEFAULT_FILTERS, type CompareFilters } from './view-model';

/**
 * The Compare view's state and its dealings with the host: which sources are compared, the
 * comparison (the last one stays shown while the next is computed), the codebook and the user's
 * decisions, filters and selection, curation with undo, and the "linked commitment" scorer the
 * reading panes use. The app mounts it with a few lines; everything else lives here.
 */

export type CompareTab = 'matrix' | 'decisions' | 'codebook';

/** What the last action did, for the status line (with the decision to withdraw, for Undo). */
export type CompareNotice =
  { readonly kind: 'done'; readonly message: string; readonly decisionId?: string } | { readonly kind: 'error'; readonly message: string };

/** Where the reading panes were sent last: the passage is marked in them. */
export interface CompareFocus {
  readonly sourceId: string;
  readonly marks: readonly { readonly blockId: string; readonly start: number; readonly end: number }[];
}

export interface CompareController {
  readonly open: boolean;
  setOpen(open: boolean): void;
  readonly tab: CompareTab;
  setTab(tab: CompareTab): void;
  /** The compared sources, in the order compared (see timeline.ts). */
  readonly chosen: readonly string[];
  setChosen(ids: Iterable<string>): void;
  readonly comparison: Comparison | undefined;
  readonly loading: boolean;
  readonly error: string | undefined;
  reload(): void;
  readonly codebook: CodebookView | undefined;
  readonly curations: CurationList | undefined;
  readonly names: Names;
  readonly filters: CompareFilters;
  setFilters(patch: Partial<CompareFilters>): void;
  /** The commitment whose links are shown (and whose linked commitments are marked). */
  readonly selected: string | undefined;
  select(id: string | undefined): void;
  /** A link being added: its first end, waiting for the second. */
  readonly pendingLink: Commitment | undefined;
  setPendingLink(c: Commitment | undefined): void;
  readonly notice: CompareNotice | undefined;
  dismissNotice(): void;
  readonly busy: boolean;
  /** Records a decision; says `message` with an Undo. Resolves false (and says why) when refused. */
  curate(request: CurationRequest, message: string): Promise<boolean>;
  withdraw(decisionId: string, message: string): Promise<boolean>;
  editCodebook(edit: CodebookEdit, message: string): Promise<boolean>;
  /** Brings the reading panes to a commitment (`prefer`: the other end of a clicked link, for the panes that follow). */
  show(commitment: Commitment, prefer?: Commitment): void;
  /** Brings the reading panes to a block (an indicator's table). */
  showBlock(sourceId: string, blockId: string): void;
  readonly focus: CompareFocus | undefined;
  /** The text selected in a reading pane, for "mark as a commitment". */
  readonly selection: PaneSelection | undefined;
  /** The decorations the Compare view lays over a pane of this source (the passage last shown). */
  decorationsFor(sourceId: string): Decorations | undefined;
  /** The "linked commitment" scorer for related passages. */
  scorer(): RelatedScorer;
}

export interface CompareOptions {
  readonly api: ReaderApi;
  readonly locale: UiLocale;
  readonly sources: readonly Source[];
  /** Brings the panes to a passage (the app's navigation, see show-passage.ts). */
  readonly navigate: (target: PassageTarget) => Promise<unknown>;
  /** The text of a loaded block, to read selections. */
  readonly blockText: (sourceId: string, blockId: string) => string | undefined;
  /** Told when the codebook changed, so the reading view's themes follow. */
  readonly onCodebook?: (view: CodebookView) => void;
  /**
   * The side panel: the Compare view takes its place while open (it needs the width), and gives
   * it back on closing if it was open. The user can still show it (Ctrl+B) while comparing.
   */
  readonly sidePanel?: { readonly open: boolean; readonly setOpen: (open: boolean) => void };
}

/** How long after start the comparison is computed in the background, for the scorer and the view. */
const PREFETCH_MS = 2000;

export function useCompare(options: CompareOptions): CompareController {
  const { api, locale, sources } = options;
  const { t } = useTranslation();
  const [open, setOpenState] = useState(false);
  const [tab, setTab] = useState<CompareTab>('matrix');
  const [chosenSet, setChosenSet] = useState<readonly string[] | undefined>(undefined);
  const [comparison, setComparison] = useState<Comparison>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [codebook, setCodebook] = useState<CodebookView>();
  const [curations, setCurations] = useState<CurationList>();
  const [filters, setFilterState] = useState<CompareFilters>(DEFAULT_FILTERS);
  const [selected, setSelected] = useState<string>();
  const [pendingLink, setPendingLink] = useState<Commitment>();
  const [notice, setNotice] = useState<CompareNotice>();
  const [busy, setBusy] = useState(false);
  const [focus, setFocus] = useState<CompareFocus>();
  const [selection, setSelection] = useState<PaneSelection>();

  const chosen = useMemo(
    () => (sources.length === 0 ? [] : timelineOrder(sources, chosenSet ?? defaultChoice(sources))),
    [sources, chosenSet],
  );
  const key = chosen.join(',');
  const names = useMemo(() => makeNames(t, locale, sources, codebook), [t, locale, sources, codebook]);

  const side = useRef(options.sidePanel);
  side.current = options.sidePanel;
  const sideWasOpen = useRef(false);
  const openRef = useRef(false);
  const setOpen = useCallback((next: boolean) => {
    if (openRef.current === next) return;
    openRef.current = next;
    if (next) {
      sideWasOpen.current = side.current?.open ?? false;
      if (sideWasOpen.current) side.current?.setOpen(false);
    } else if (sideWasOpen.current) side.current?.setOpen(true);
    setOpenState(next);
  }, []);

  // ——— The comparison: one request per key and revision; the latest answer wins ———

  const inflight = useRef<{ key: string; revision: number; promise: Promise<Comparison | undefined> } | undefined>(undefined);
  const revision = useRef(0);
  const current = useRef<{ key: string; revision: number; value: Comparison } | undefined>(undefined);
  const live = useRef({ key, chosen });
  live.current = { key, chosen };

  const ensure = useCallback((): Promise<Comparison | undefined> => {
    const { key: k, chosen: ids } = live.current;
    if (ids.length === 0) return Promise.resolve(undefined);
    const rev = revision.current;
    if (current.current?.key === k && current.current.revision === rev) return Promise.resolve(current.current.value);
    if (inflight.current?.key === k && inflight.current.revision === rev) return inflight.current.promise;
    setLoading(true);
    const promise = api.compare({ sources: [...ids] }).then(
      (value) => {
        if (live.current.key === k && revision.current === rev) {
          current.current = { key: k, revision: rev, value };
          setComparison(value);
          setError(undefined);
          setLoading(false);
        }
        return value;
      },
      (err: unknown) => {
        if (live.current.key === k && revision.current === rev) {
          setError(errorMessage(err));
          setLoading(false);
        }
        if (inflight.current?.promise === promise) inflight.current = undefined;
        return undefined;
      },
    );
    inflight.current = { key: k, revision: rev, promise };
    return promise;
  }, [api]);

  const loadCurations = useCallback(() => {
    api.listCurations().then(setCurations, () => undefined);
  }, [api]);

  /** Everything derived from the decisions or the codebook is asked again. */
  const refresh = useCallback(() => {
    revision.current++;
    loadCurations();
    return ensure();
  }, [ensure, loadCurations]);

  useEffect(() => {
    if (open && chosen.length > 0) void ensure();
  }, [open, key, chosen.length, ensure]);

  // The source list is a new array whenever the app re-reads it: react to its ids only.
  const sourcesKey = sources.map((s) => s.id).join(',');
  useEffect(() => {
    if (!sourcesKey) return;
    const timer = setTimeout(() => void ensure(), PREFETCH_MS);
    return () => clearTimeout(timer);
  }, [sourcesKey, ensure]);

  useEffect(() => {
    if (!open) return;
    if (!codebook) api.getCodebook().then(setCodebook, () => undefined);
    if (!curations) loadCurations();
  }, [open, api, codebook, curations, loadCurations]);

  // A new corpus: the default choice again, nothing selected.
  useEffect(() => {
    setChosenSet(undefined);
    setSelected(undefined);
    setPendingLink(undefined);
    setFilterState(DEFAULT_FILTERS);
  }, [sourcesKey]);

  // ——— Decisions ———

  const curate = useCallback(
    async (request: CurationRequest, message: string): Promise<boolean> => {
      setBusy(true);
      try {
        const decision = await api.curate(request);
        setNotice({ kind: 'done', message, decisionId: decision.id });
        await refresh();
        return true;
      } catch (err) {
        setNotice({ kind: 'error', message: errorMessage(err) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [api, refresh],
  );

  const withdraw = useCallback(
    async (decisionId: string, message: string): Promise<boolean> => {
      setBusy(true);
      try {
        await api.removeCuration({ id: decisionId });
        setNotice({ kind: 'done', message });
        await refresh();
        return true;
      } catch (err) {
        setNotice({ kind: 'error', message: errorMessage(err) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [api, refresh],
  );

  const onCodebook = useRef(options.onCodebook);
  onCodebook.current = options.onCodebook;
  const editCodebook = useCallback(
    async (edit: CodebookEdit, message: string): Promise<boolean> => {
      setBusy(true);
      try {
        const view = await api.updateCodebook(edit);
        setCodebook(view);
        onCodebook.current?.(view);
        setNotice({ kind: 'done', message });
        await refresh();
        return true;
      } catch (err) {
        setNotice({ kind: 'error', message: errorMessage(err) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [api, refresh],
  );

  // ——— Going to the text ———

  const preferred = useRef<ReadonlySet<string>>(new Set());
  const navigate = useRef(options.navigate);
  navigate.current = options.navigate;

  const show = useCallback((c: Commitment, prefer?: Commitment) => {
    const twin = c.translationOf ? current.current?.value.commitments.find((x) => x.id === c.translationOf) : undefined;
    const marks = [{ blockId: c.blockId, ...c.range }, ...(twin ? [{ blockId: twin.blockId, ...twin.range }] : [])];
    setFocus({ sourceId: c.sourceId, marks });
    preferred.current = new Set(prefer ? [prefer.id, ...(prefer.translationOf ? [prefer.translationOf] : [])] : []);
    void navigate
      .current({
        sourceId: c.sourceId,
        blockId: c.blockId,
        range: c.range,
        ...(twin ? { twin: { blockId: twin.blockId, range: twin.range } } : {}),
      })
      .finally(() => {
        preferred.current = new Set();
      });
  }, []);

  const showBlock = useCallback((sourceId: string, blockId: string) => {
    setFocus(undefined);
    void navigate.current({ sourceId, blockId });
  }, []);

  const focusLayers = useMemo(() => {
    if (!focus) return undefined;
    const layer = new Map<string, { inline: { start: number; end: number; className: string; label: string }[] }>();
    for (const m of focus.marks) {
      const entry = layer.get(m.blockId) ?? { inline: [] };
      entry.inline.push({ start: m.start, end: m.end, className: 'commitment-focus', label: t('compare.focusMark') });
      layer.set(m.blockId, entry);
    }
    return { sourceId: focus.sourceId, layer: layer as Decorations };
  }, [focus, t]);

  const decorationsFor = useCallback(
    (sourceId: string): Decorations | undefined => (open && focusLayers?.sourceId === sourceId ? focusLayers.layer : undefined),
    [open, focusLayers],
  );

  const scorerRef = useRef<RelatedScorer | undefined>(undefined);
  const relationLabel = useRef(names.relation);
  relationLabel.current = names.relation;
  const scorer = useCallback((): RelatedScorer => {
    scorerRef.current ??= linkedCommitmentScorer({
      // Following a passage must not wait for a comparison being computed (the first takes seconds):
      // the latest one serves — it is asked for in the background — and none yet means no links.
      comparison: () => {
        void ensure();
        return Promise.resolve(current.current?.value);
      },
      relationLabel: (r) => relationLabel.current(r),
      preferred: () => preferred.current,
    });
    return scorerRef.current;
  }, [ensure]);

  // ——— A selection in a pane, for "mark as a commitment" ———

  const blockText = useRef(options.blockText);
  blockText.current = options.blockText;
  useEffect(() => {
    if (!open) {
      setSelection(undefined);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const next = readPaneSelection((s, b) => blockText.current(s, b));
        // A selection elsewhere (in the Compare view's own fields) leaves the last pane selection.
        if (!next) return;
        setSelection((prev) => (prev && prev.blockId === next.blockId && prev.start === next.start && prev.end === next.end ? prev : next));
      }, 120);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [open]);

  const setChosen = useCallback((ids: Iterable<string>) => setChosenSet([...ids]), []);
  const reload = useCallback(() => void refresh(), [refresh]);
  const setFilters = useCallback((patch: Partial<CompareFilters>) => {
    setFilterState((f) => ({ ...f, ...patch }));
    if (patch.theme !== undefined) setSelected(undefined);
  }, []);
  const dismissNotice = useCallback(() => setNotice(undefined), []);

  // One object per change of state, so the view (memoized) does not re-render with every render of the app.
  return useMemo(
    () => ({
      open,
      setOpen,
      tab,
      setTab,
      chosen,
      setChosen,
      comparison,
      loading,
      error,
      reload,
      codebook,
      curations,
      names,
      filters,
      setFilters,
      selected,
      select: setSelected,
      pendingLink,
      setPendingLink,
      notice,
      dismissNotice,
      busy,
      curate,
      withdraw,
      editCodebook,
      show,
      showBlock,
      focus,
      selection,
      decorationsFor,
      scorer,
    }),
    [
      open,
      setOpen,
      tab,
      chosen,
      setChosen,
      comparison,
      loading,
      error,
      reload,
      codebook,
      curations,
      names,
      filters,
      setFilters,
      selected,
      pendingLink,
      notice,
      dismissNotice,
      busy,
      curate,
      withdraw,
      editCodebook,
      show,
      showBlock,
      focus,
      selection,
      decorationsFor,
      scorer,
    ],
  );
}
