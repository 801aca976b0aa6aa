import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, ReaderApi, SourceList } from '../../shared/contract';
import type { IngestedDocument, Source } from '../../shared/model';
import type { SearchHit } from '../../shared/search';
import type { ShellCommand } from '../../shared/shell-commands';
import { DEFAULT_PREFERENCES, type Preferences, type UiLocale } from '../../shared/workspace';
import { mergeDecorations, NO_DECORATIONS, type Decorations } from './components/decorations';
import { HelpDialog } from './components/help-dialog';
import type { FollowNote, PaneCallbacks } from './components/pane';
import { PaneArea } from './components/pane-area';
import { RelatedPanel, type RelatedState } from './components/related-panel';
import { SearchBar } from './components/search-bar';
import { SearchResults } from './components/search-results';
import { SidePanel, type SidePanelDef } from './components/side-panel';
import { SourceListView } from './components/source-list';
import { Toolbar } from './components/toolbar';
import { ExportDialog } from './export/export-dialog';
import {
  canGoBack,
  canGoForward,
  emptyHistory,
  recordJump,
  step,
  type NavHistory,
  type PanePlace,
  type Snapshot,
} from './history/nav-history';
import i18next, { systemLocale } from './i18n';
import { errorMessage, type Load } from './load';
import { blockIndexFor, rowModelFor, syncIndexFor } from './panes/document-caches';
import {
  defaultView,
  keepKnownSources,
  MAX_PANES,
  newPaneId,
  passageFollowers,
  reduceLayout,
  scrollFollowers,
  type LayoutAction,
} from './panes/layout-state';
import type { PaneHandle } from './panes/pane-handle';
import { applyPreferences, clampFontScale } from './preferences';
import { followTargetFor } from './related/follow-target';
import { findRelated, withFallback, type Passage, type RelatedReason, type RelatedScorer } from './related/related-passages';
import { buildTermStats, type TermStats } from './related/salient-terms';
import { lexiconFromCodebook, type CodebookLike } from './related/codebook-lexicon';
import { localTermsScorer, searchHitsScorer, searchTermsScorer, themeScorer, translationScorer } from './related/scorers';
import { cachedHitsForPane, hitLayer, stepHit, visibleResponse, type SearchState } from './search/search-view';
import { useSearch } from './search/use-search';
import { keyCommand } from './key-command';
import { ANNOTATION_SLOTS } from './compare/annotation-slots';
import { CompareSlot, CompareToggle } from './compare/compare-view';
import { showPassage, type NavContext } from './compare/show-passage';
import { useCompare, type CompareController } from './compare/use-compare';
import { useAnnotations } from './annotations/use-annotations';

/** How long after a jump the panes' own scrolling does not drive the linked panes (they were placed explicitly). */
const SUPPRESS_SYNC_MS = 600;
/** How long reading positions gather before they are written to the workspace. */
const POSITION_SAVE_MS = 500;
const NO_SOURCES: readonly Source[] = [];

/**
 * Extra related-passage scorers, given the documents loaded in the panes (the linked-commitment
 * scorer comes with the Compare view's hook). See docs/reading-view.md.
 */
export type ScorerFactory = (context: { readonly documents: () => ReadonlyMap<string, IngestedDocument> }) => readonly RelatedScorer[];

/**
 * The reading view: the corpus and the search results at the side, the panes side by side,
 * kept in step with each other. Everything persistent (layout, reading positions, preferences)
 * goes through the workspace; everything else is state of this window.
 */
export function App({ api, extraScorers }: { api: ReaderApi; extraScorers?: ScorerFactory }): ReactNode {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo>();
  const [list, setList] = useState<Load<SourceList>>({ kind: 'loading' });
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES);
  const [layout, dispatch] = useReducer(reduceLayout, { panes: [] });
  const [loaded, setLoaded] = useState(false);
  const [docs, setDocs] = useState<ReadonlyMap<string, Load<IngestedDocument>>>(new Map());
  const [problem, setProblem] = useState<string>();
  const [activePaneId, setActivePaneId] = useState<string>();
  const [notes, setNotes] = useState<Readonly<Record<string, FollowNote>>>({});
  const [followTargets, setFollowTargets] = useState<Readonly<Record<string, string>>>({});
  const [history, setHistory] = useState<NavHistory>(emptyHistory);
  const [related, setRelated] = useState<RelatedState>({ kind: 'none' });
  const [currentHit, setCurrentHit] = useState<Readonly<Record<string, number>>>({});
  const [sideTab, setSideTab] = useState('sources');
  const [sideOpen, setSideOpen] = useState(true);
  const [helpOpen, setHelpOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const search = useSearch(api);
  const searchInput = useRef<HTMLInputElement>(null);
  const [codebook, setCodebook] = useState<CodebookLike>();
  const compareRef = useRef<CompareController>(undefined);

  const locale: UiLocale = preferences.locale ?? systemLocale();
  const lexicon = useMemo(() => (codebook ? lexiconFromCodebook(codebook, locale) : undefined), [codebook, locale]);

  // Latest values for callbacks that must stay stable (the panes are memoized on them).
  const handles = useRef(new Map<string, PaneHandle>());
  const positions = useRef<Record<string, string>>({});
  const activeRef = useRef<string | undefined>(undefined);
  const suppressUntil = useRef(0);
  const followSeq = useRef(0);
  const live = useRef({ layout, docs, notes, history, searchState: search.state, currentHit, locale, lexicon });
  live.current = { layout, docs, notes, history, searchState: search.state, currentHit, locale, lexicon };

  useEffect(() => {
    applyPreferences(preferences, locale);
    if (i18next.language !== locale) void i18next.changeLanguage(locale);
    if (preferences.theme !== 'system') return;
    const mql = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = (): void => applyPreferences(preferences, locale);
    mql.addEventListener('change', onChange);
    return () => mql.removeEventListener('change', onChange);
  }, [preferences, locale]);

  const announce = useCallback((message: string) => {
    // Cleared first so the same message is announced again.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  }, []);

  // ——— Loading ———

  const requested = useRef(new Set<string>());
  const loadDocument = useCallback(
    (sourceId: string) => {
      requested.current.add(sourceId);
      setDocs((prev) => new Map(prev).set(sourceId, { kind: 'loading' }));
      api.getDocument({ sourceId }).then(
        (value) => setDocs((prev) => new Map(prev).set(sourceId, { kind: 'ready', value })),
        (err: unknown) => setDocs((prev) => new Map(prev).set(sourceId, { kind: 'error', message: errorMessage(err) })),
      );
    },
    [api],
  );

  const refreshSources = useCallback(() => {
    setList({ kind: 'loading' });
    api.listSources().then(
      (value) => setList({ kind: 'ready', value }),
      (err: unknown) => setList({ kind: 'error', message: errorMessage(err) }),
    );
  }, [api]);

  const lastSaved = useRef('');
  const loadedRef = useRef(false);
  const earlyPreferences = useRef<Partial<Preferences>>({});
  useEffect(() => {
    api.getAppInfo().then(setInfo, (err: unknown) => setProblem(errorMessage(err)));
    // Themes for related passages; without the codebook (it could not be read) they are left out.
    api.getCodebook().then(setCodebook, () => undefined);
    refreshSources();
    api.getWorkspace().then(
      (ws) => {
        // A choice made while the workspace was loading wins over what it held.
        setPreferences({ ...ws.preferences, ...earlyPreferences.current });
        loadedRef.current = true;
        const restored = reduceLayout({ panes: [] }, { kind: 'load', layout: ws.layout });
        lastSaved.current = JSON.stringify(restored);
        for (const p of restored.panes) if (p.topBlockId) positions.current[p.id] = p.topBlockId;
        dispatch({ kind: 'load', layout: restored });
        setLoaded(true);
      },
      (err: unknown) => {
        setProblem(errorMessage(err));
        loadedRef.current = true;
        setLoaded(true);
      },
    );
  }, [api, refreshSources]);

  useEffect(() => {
    for (const p of layout.panes) if (!requested.current.has(p.sourceId)) loadDocument(p.sourceId);
  }, [layout.panes, loadDocument]);

  // Panes whose source left the corpus (another folder was opened) are closed, with a notice.
  useEffect(() => {
    if (!loaded || list.kind !== 'ready') return;
    const { layout: kept, dropped } = keepKnownSources(layout, new Set(list.value.sources.map((s) => s.id)));
    if (dropped.length === 0) return;
    dispatch({ kind: 'load', layout: kept });
    setProblem(t('errors.panesClosed', { sources: [...new Set(dropped)].join(', ') }));
  }, [loaded, list, layout, t]);

  // ——— Saving the layout ———

  useEffect(() => {
    if (!loaded) return;
    const json = JSON.stringify(layout);
    if (json === lastSaved.current) return;
    const timer = setTimeout(() => {
      lastSaved.current = json;
      api.updateWorkspace({ layout }).catch((err: unknown) => setProblem(errorMessage(err)));
    }, 150);
    return () => clearTimeout(timer);
  }, [api, layout, loaded]);

  const positionTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const keepPosition = useCallback((paneId: string, blockId: string) => {
    positions.current[paneId] = blockId;
    clearTimeout(positionTimer.current);
    positionTimer.current = setTimeout(() => dispatch({ kind: 'set-positions', positions: { ...positions.current } }), POSITION_SAVE_MS);
  }, []);

  const setPreference = useCallback(
    (patch: Partial<Preferences>): void => {
      if (!loadedRef.current) earlyPreferences.current = { ...earlyPreferences.current, ...patch };
      setPreferences((p) => ({ ...p, ...patch }));
      api.updateWorkspace({ preferences: patch }).catch((err: unknown) => setProblem(errorMessage(err)));
    },
    [api],
  );

  // ——— Where the panes are, and going places ———

  const readyDoc = (sourceId: string): IngestedDocument | undefined => {
    const d = live.current.docs.get(sourceId);
    return d?.kind === 'ready' ? d.value : undefined;
  };

  const snapshot = useCallback((): Snapshot => {
    const now: Record<string, PanePlace> = {};
    for (const p of live.current.layout.panes) {
      const at = handles.current.get(p.id)?.position();
      const blockId = at?.blockId ?? positions.current[p.id] ?? p.topBlockId;
      if (blockId) now[p.id] = at ? { blockId, fraction: at.fraction } : { blockId };
    }
    const reasons: Record<string, readonly RelatedReason[]> = {};
    for (const [id, n] of Object.entries(live.current.notes)) if (n.kind === 'followed') reasons[id] = n.reasons;
    return { positions: now, reasons };
  }, []);

  const activate = useCallback((paneId: string) => {
    activeRef.current = paneId;
    setActivePaneId((prev) => (prev === paneId ? prev : paneId));
  }, []);

  const applySnapshot = useCallback((s: Snapshot) => {
    suppressUntil.current = performance.now() + SUPPRESS_SYNC_MS;
    for (const [paneId, place] of Object.entries(s.positions))
      handles.current.get(paneId)?.goToBlock(place.blockId, { fraction: place.fraction });
    const reasons = s.reasons ?? {};
    setNotes(Object.fromEntries(Object.entries(reasons).map(([id, r]) => [id, { kind: 'followed', reasons: r } as FollowNote])));
    setFollowTargets(Object.fromEntries(Object.keys(reasons).flatMap((id) => (s.positions[id] ? [[id, s.positions[id].blockId]] : []))));
  }, []);

  const goHistory = useCallback(
    (direction: -1 | 1) => {
      const moved = step(live.current.history, snapshot(), direction);
      if (!moved) return;
      setHistory(moved.history);
      applySnapshot(moved.target);
      announce(direction === -1 ? t('history.wentBack') : t('history.wentForward'));
    },
    [announce, applySnapshot, snapshot, t],
  );

  /** A jump inside one pane (outline, footnote): recorded so Back returns. Same-source linked panes follow by scrolling. */
  const jumpInPane = useCallback(
    (paneId: string, blockId: string, focusSelector?: string) => {
      const before = snapshot();
      activate(paneId);
      handles.current.get(paneId)?.goToBlock(blockId, focusSelector ? { focusSelector } : undefined);
      setHistory((h) => recordJump(h, before, { ...before, positions: { ...before.positions, [paneId]: { blockId } } }));
    },
    [activate, snapshot],
  );

  const termStats = useRef<{ docs: ReadonlyMap<string, Load<IngestedDocument>>; stats: TermStats } | undefined>(undefined);
  const stats = useCallback((): TermStats => {
    const current = live.current.docs;
    if (termStats.current?.docs !== current) {
      const texts = function* (): Generator<{ sourceId: string; text: string }> {
        for (const d of current.values())
          if (d.kind === 'ready') for (const b of d.value.blocks) yield { sourceId: b.sourceId, text: b.text };
      };
      termStats.current = { docs: current, stats: buildTermStats(texts()) };
    }
    return termStats.current.stats;
  }, []);

  const readyDocs = useCallback((): ReadonlyMap<string, IngestedDocument> => {
    const out = new Map<string, IngestedDocument>();
    for (const [id, d] of live.current.docs) if (d.kind === 'ready') out.set(id, d.value);
    return out;
  }, []);

  const passageFor = useCallback((sourceId: string, blockId: string, text?: string): Passage | undefined => {
    const doc = readyDoc(sourceId);
    const block = doc ? blockIndexFor(doc).get(blockId) : undefined;
    if (!doc || !block) return undefined;
    const blocks = blockIndexFor(doc);
    const translations = syncIndexFor(doc)
      .translationsOf(blockId)
      .flatMap((id) => {
        const b = blocks.get(id);
        return b ? [{ blockId: id, lang: b.lang, text: b.text }] : [];
      });
    return { sourceId, blockId, lang: block.lang, text: text ?? block.text, translations };
  }, []);

  /**
   * Every linked pane other than the origin goes to the passage's best related passage: the
   * aligned one in a pane of the same source, else the best candidate of the scorers. Each
   * says why, or that it found nothing; the whole move is one step of Back/Forward.
   */
  const followPassage = useCallback(
    async (originId: string, passage: Passage, options: { originTarget?: string; before?: Snapshot; withSearch?: boolean } = {}) => {
      const seq = ++followSeq.current;
      const before = options.before ?? snapshot();
      const followers = passageFollowers(live.current.layout, originId).filter((p) => !p.collapsed);
      setRelated({ kind: 'finding', passage });
      const targets = [...new Set(followers.filter((p) => p.sourceId !== passage.sourceId).map((p) => p.sourceId))];
      const response = visibleResponse(live.current.searchState);
      const scorers: RelatedScorer[] = [
        translationScorer((id) => {
          const d = readyDoc(id);
          return d ? syncIndexFor(d) : undefined;
        }),
        ...(compareRef.current ? [compareRef.current.scorer()] : []),
        withFallback(searchTermsScorer({ search: (r) => api.search(r), stats }), localTermsScorer({ documents: readyDocs, stats })),
        ...(options.withSearch && response ? [searchHitsScorer(response)] : []),
        ...(live.current.lexicon ? [themeScorer({ lexicon: () => live.current.lexicon ?? [], documents: readyDocs })] : []),
        ...(extraScorers?.({ documents: readyDocs }) ?? []),
      ];
      const result = await findRelated({ passage, targets }, scorers);
      if (seq !== followSeq.current) return;
      const nextNotes: Record<string, FollowNote> = { ...live.current.notes };
      delete nextNotes[originId];
      const nextTargets: Record<string, string> = {};
      const after: Record<string, PanePlace> = { ...before.positions };
      if (options.originTarget) after[originId] = { blockId: options.originTarget };
      suppressUntil.current = performance.now() + SUPPRESS_SYNC_MS;
      let moved = 0;
      for (const pane of followers) {
        const doc = readyDoc(pane.sourceId);
        if (!doc) continue;
        const target = followTargetFor(pane, passage, result, doc);
        if (target) {
          const viaSearch = target.reasons.some((r) => r.kind === 'search');
          handles.current.get(pane.id)?.goToBlock(target.blockId, viaSearch ? { within: 'mark.hit' } : undefined);
          nextNotes[pane.id] = { kind: 'followed', reasons: target.reasons };
          nextTargets[pane.id] = target.blockId;
          after[pane.id] = { blockId: target.blockId };
          moved++;
        } else nextNotes[pane.id] = { kind: 'nothing' };
      }
      setNotes(nextNotes);
      setFollowTargets(nextTargets);
      const reasons: Record<string, readonly RelatedReason[]> = {};
      for (const [id, n] of Object.entries(nextNotes)) if (n.kind === 'followed') reasons[id] = n.reasons;
      setHistory((h) => recordJump(h, before, { positions: after, reasons }));
      setRelated({ kind: 'done', passage, result });
      announce(t('related.announce', { count: moved }));
    },
    [announce, api, extraScorers, readyDocs, snapshot, stats, t],
  );

  // ——— Search ———

  const stepHitIn = useCallback(
    (paneId: string | undefined, direction: 1 | -1) => {
      const { layout: lay, searchState, currentHit: cur } = live.current;
      const response = visibleResponse(searchState);
      if (!response) {
        announce(t('search.noSearch'));
        searchInput.current?.focus();
        return;
      }
      const withHits = (id: string | undefined) => {
        const pane = lay.panes.find((p) => p.id === id);
        const doc = pane ? readyDoc(pane.sourceId) : undefined;
        if (!pane || !doc || pane.collapsed) return undefined;
        const model = rowModelFor(doc, pane.view);
        const hits = cachedHitsForPane(response, pane.sourceId, model);
        return hits.length > 0 ? { pane, model, hits } : undefined;
      };
      const found = withHits(paneId) ?? (paneId === undefined ? lay.panes.map((p) => withHits(p.id)).find(Boolean) : undefined);
      if (!found) {
        announce(t('search.noHitsInPane'));
        return;
      }
      const { pane, model, hits } = found;
      const handle = handles.current.get(pane.id);
      const at = handle?.position();
      const topAt = handle?.position('top');
      const order = at ? (model.orderOf.get(at.blockId) ?? 0) : -1;
      const top = topAt ? model.orderOf.get(topAt.blockId) : undefined;
      const next = stepHit(hits, { at: order, ...(top !== undefined ? { top } : {}), current: cur[pane.id] }, direction);
      if (!next) return;
      activate(pane.id);
      handles.current.get(pane.id)?.goToBlock(hits[next.index]!.hit.blockId, { within: 'mark.hit.current' });
      setCurrentHit((c) => ({ ...c, [pane.id]: next.index }));
      const title = list.kind === 'ready' ? (list.value.sources.find((s) => s.id === pane.sourceId)?.title ?? '') : '';
      announce(
        `${t('search.hitAnnounce', { n: next.index + 1, total: hits.length, title })}${next.wrapped ? ` ${t(direction === 1 ? 'search.wrappedStart' : 'search.wrappedEnd')}` : ''}`,
      );
    },
    [activate, announce, list, t],
  );

  /** A result was clicked: its pane (the active one if it shows the source, else the first that does, else a new one) goes there; linked panes follow. */
  const openHit = useCallback(
    (
      hit: Pick<SearchHit, 'sourceId' | 'blockId' | 'lang' | 'text'>,
      how: { within: string; withSearch: boolean } = { within: 'mark.hit', withSearch: true },
    ) => {
      const { layout: lay } = live.current;
      const doc = readyDoc(hit.sourceId);
      const shows = (p: (typeof lay.panes)[number]): boolean => (doc ? rowModelFor(doc, p.view).rowOfBlock.has(hit.blockId) : true);
      const ofSource = lay.panes.filter((p) => p.sourceId === hit.sourceId && !p.collapsed);
      const pane =
        ofSource.find((p) => p.id === activeRef.current && shows(p)) ??
        ofSource.find(shows) ??
        ofSource.find((p) => p.id === activeRef.current) ??
        ofSource[0];
      const before = snapshot();
      if (!pane) {
        const source = list.kind === 'ready' ? list.value.sources.find((s) => s.id === hit.sourceId) : undefined;
        const view = defaultView(lay, { id: hit.sourceId, languages: source?.languages ?? [] }, (source?.languages.length ?? 0) > 1);
        if (lay.panes.length < MAX_PANES) {
          const id = newPaneId(lay);
          positions.current[id] = hit.blockId;
          dispatch({ kind: 'add', sourceId: hit.sourceId, view, id });
          activate(id);
        } else {
          const target = activeRef.current ?? lay.panes[lay.panes.length - 1]!.id;
          positions.current[target] = hit.blockId;
          dispatch({ kind: 'set-source', paneId: target, sourceId: hit.sourceId, view });
          activate(target);
        }
        return;
      }
      // A single-language pane that does not show the hit's block shows its translation.
      let blockId = hit.blockId;
      if (doc && !shows(pane)) {
        const model = rowModelFor(doc, pane.view);
        blockId =
          syncIndexFor(doc)
            .translationsOf(hit.blockId)
            .find((id) => model.rowOfBlock.has(id)) ?? hit.blockId;
      }
      activate(pane.id);
      suppressUntil.current = performance.now() + SUPPRESS_SYNC_MS;
      handles.current.get(pane.id)?.goToBlock(blockId, { within: how.within });
      if (doc) {
        const hits = cachedHitsForPane(visibleResponse(live.current.searchState), hit.sourceId, rowModelFor(doc, pane.view));
        const index = hits.findIndex((h) => h.hit.blockId === blockId);
        if (index >= 0) setCurrentHit((c) => ({ ...c, [pane.id]: index }));
      }
      const passage = passageFor(hit.sourceId, blockId) ?? { sourceId: hit.sourceId, blockId, lang: hit.lang, text: hit.text };
      void followPassage(pane.id, passage, { before, originTarget: blockId, withSearch: how.withSearch });
    },
    [activate, followPassage, list, passageFor, snapshot],
  );

  // The Compare view (src/renderer/src/compare): its state in its hook, the panes brought to its passages through `nav`.
  const nav = useMemo<NavContext>(
    () => ({
      layout: () => live.current.layout,
      dispatch,
      handle: (id) => handles.current.get(id),
      activePaneId: () => activeRef.current,
      activate,
      source: (id) => (list.kind === 'ready' ? list.value.sources.find((s) => s.id === id) : undefined),
      doc: readyDoc,
      shows: (pane, blockId) => {
        const d = readyDoc(pane.sourceId);
        return d ? rowModelFor(d, pane.view).rowOfBlock.has(blockId) : true;
      },
      snapshot,
      setInitialPosition: (id, blockId) => (positions.current[id] = blockId),
      suppressSync: () => (suppressUntil.current = performance.now() + SUPPRESS_SYNC_MS),
      passageFor: (sourceId, blockId) => passageFor(sourceId, blockId),
      follow: (paneId, passage, options) => followPassage(paneId, passage, options),
    }),
    [activate, followPassage, list, passageFor, snapshot],
  );
  const compare = useCompare({
    api,
    locale,
    sources: list.kind === 'ready' ? list.value.sources : NO_SOURCES,
    navigate: (target) => showPassage(nav, target),
    blockText: (sourceId, blockId) => {
      const d = readyDoc(sourceId);
      return d ? blockIndexFor(d).get(blockId)?.text : undefined;
    },
    onCodebook: setCodebook,
    sidePanel: { open: sideOpen, setOpen: setSideOpen },
  });
  compareRef.current = compare;

  const annotations = useAnnotations({
    api,
    sources: list.kind === 'ready' ? list.value.sources : [],
    locale,
    announce,
    openPassage: (sourceId, blockId, within) =>
      openHit({ sourceId, blockId, lang: 'und', text: '' }, { within: within ?? '', withSearch: false }),
    readingBlock: () => {
      const pane = live.current.layout.panes.find((p) => p.id === activeRef.current);
      const at = pane ? handles.current.get(pane.id)?.position() : undefined;
      const doc = pane ? readyDoc(pane.sourceId) : undefined;
      const text = doc && at ? blockIndexFor(doc).get(at.blockId)?.text : undefined;
      return pane && at && text !== undefined ? { sourceId: pane.sourceId, blockId: at.blockId, text } : undefined;
    },
    showPanel: () => {
      setSideOpen(true);
      setSideTab('annotations');
    },
    reloadKey: list,
  });

  // New results: show the list (when the side panel is open) and forget where F3 was.
  const lastQuery = useRef('');
  useEffect(() => {
    if (search.state.kind !== 'ready' && search.state.kind !== 'error') return;
    if (search.state.query === lastQuery.current) return;
    lastQuery.current = search.state.query;
    setCurrentHit({});
    setSideTab('results');
  }, [search.state]);

  // ——— Pane callbacks (stable: the panes are memoized) ———

  const callbacks = useMemo<PaneCallbacks>(
    () => ({
      onLayout: (action: LayoutAction) => {
        if (action.kind === 'set-view') {
          const at = handles.current.get(action.paneId)?.position();
          if (at) positions.current[action.paneId] = at.blockId;
        } else if (action.kind === 'set-source' || action.kind === 'remove') {
          delete positions.current[action.paneId];
          setNotes(({ [action.paneId]: _gone, ...rest }) => rest);
          setFollowTargets(({ [action.paneId]: _gone, ...rest }) => rest);
        }
        dispatch(action);
      },
      onStepHit: (paneId, direction) => stepHitIn(paneId, direction),
      onOutline: (paneId, blockId) => jumpInPane(paneId, blockId),
      onFollowHere: (paneId) => {
        const pane = live.current.layout.panes.find((p) => p.id === paneId);
        const at = handles.current.get(paneId)?.position();
        const passage = pane && at ? passageFor(pane.sourceId, at.blockId) : undefined;
        if (passage) void followPassage(paneId, passage);
      },
      onDismissNote: (paneId) => {
        setNotes(({ [paneId]: _gone, ...rest }) => rest);
        setFollowTargets(({ [paneId]: _gone, ...rest }) => rest);
      },
      onRetry: (sourceId) => loadDocument(sourceId),
      onScrolled: (paneId) => {
        if (paneId !== activeRef.current || performance.now() < suppressUntil.current) return;
        const at = handles.current.get(paneId)?.position();
        if (!at) return;
        for (const f of scrollFollowers(live.current.layout, paneId))
          if (!f.collapsed) handles.current.get(f.id)?.goToKey(at.key, at.fraction);
      },
      onSettled: keepPosition,
      onInput: (paneId) => {
        suppressUntil.current = 0;
        activate(paneId);
      },
      onSelectPassage: (paneId, blockId, text) => {
        const pane = live.current.layout.panes.find((p) => p.id === paneId);
        activate(paneId);
        const passage = pane ? passageFor(pane.sourceId, blockId, text) : undefined;
        if (passage) void followPassage(paneId, passage);
      },
      onJump: (paneId, blockId, via, from) => {
        const esc = CSS.escape;
        const focus =
          via === 'footnote'
            ? `[data-block-id="${esc(blockId)}"] .footnote-back`
            : `[data-block-id="${esc(blockId)}"] a[data-footnote-target="${esc(from)}"]`;
        jumpInPane(paneId, blockId, focus);
      },
      registerHandle: (paneId, handle) => {
        if (handle) handles.current.set(paneId, handle);
        else handles.current.delete(paneId);
      },
    }),
    [activate, followPassage, jumpInPane, keepPosition, loadDocument, passageFor, stepHitIn],
  );

  const openSource = (sourceId: string): void => {
    const source = list.kind === 'ready' ? list.value.sources.find((s) => s.id === sourceId) : undefined;
    const bilingual = (source?.languages.length ?? 0) > 1;
    const view = defaultView(layout, { id: sourceId, languages: source?.languages ?? [] }, bilingual);
    if (layout.panes.length < MAX_PANES) {
      const id = newPaneId(layout);
      dispatch({ kind: 'add', sourceId, view, id });
      activate(id);
    } else {
      const target = activeRef.current ?? layout.panes[layout.panes.length - 1]!.id;
      callbacks.onLayout({ kind: 'set-source', paneId: target, sourceId, view });
      announce(t('sources.replaced'));
    }
  };

  const openFolder = (dir: string): void => {
    api.openCorpus({ dir }).then(
      (value) => {
        requested.current.clear();
        setDocs(new Map());
        setList({ kind: 'ready', value });
      },
      (err: unknown) => setProblem(errorMessage(err)),
    );
  };

  const focusPane = useCallback(
    (direction: 1 | -1) => {
      const panes = live.current.layout.panes.filter((p) => !p.collapsed);
      if (panes.length === 0) return;
      const i = panes.findIndex((p) => p.id === activeRef.current);
      const next = panes[(i + direction + panes.length) % panes.length]!;
      activate(next.id);
      handles.current.get(next.id)?.element()?.focus();
    },
    [activate],
  );

  // ——— Commands: menu (Electron) and keyboard (browser shell) ———

  const command = (c: ShellCommand): void => {
    if (annotations.command(c)) return;
    switch (c) {
      case 'corpus-changed':
        requested.current.clear();
        setDocs(new Map());
        refreshSources();
        return;
      case 'find':
        searchInput.current?.focus();
        searchInput.current?.select();
        return;
      case 'find-next':
        return stepHitIn(activeRef.current, 1);
      case 'find-previous':
        return stepHitIn(activeRef.current, -1);
      case 'history-back':
        return goHistory(-1);
      case 'history-forward':
        return goHistory(1);
      case 'next-pane':
        return focusPane(1);
      case 'previous-pane':
        return focusPane(-1);
      case 'follow-passage':
        if (activeRef.current) callbacks.onFollowHere(activeRef.current);
        return;
      case 'toggle-side-panel':
        setSideOpen((v) => !v);
        return;
      case 'toggle-compare':
        return compare.setOpen(!compare.open);
      case 'toggle-theme':
        return setPreference({ theme: document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark' });
      case 'font-bigger':
        return setPreference({ fontScale: clampFontScale(preferences.fontScale + 0.1) });
      case 'font-smaller':
        return setPreference({ fontScale: clampFontScale(preferences.fontScale - 0.1) });
      case 'font-reset':
        return setPreference({ fontScale: 1 });
      case 'help':
      case 'about':
        setHelpOpen(true);
        return;
      case 'export-report':
        setExportOpen(true);
        return;
    }
  };
  const commandRef = useRef(command);
  commandRef.current = command;

  useEffect(() => window.synopsisShell?.onMenuCommand((c) => commandRef.current(c)), []);

  useEffect(() => {
    // In Electron the menu's accelerators own these keys; the browser shell has no menu.
    if (window.synopsisShell) return;
    const onKey = (e: KeyboardEvent): void => {
      const c = keyCommand(e);
      if (!c) return;
      e.preventDefault();
      commandRef.current(c);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // ——— What the panes show ———

  const response = visibleResponse(search.state);
  const paneHits = new Map<string, { count: number; current?: number }>();
  const decorationCache = useRef(new Map<string, { deps: readonly unknown[]; value: Decorations }>());
  const decorations = new Map<string, Decorations>();
  for (const pane of layout.panes) {
    const doc = docs.get(pane.sourceId);
    if (doc?.kind !== 'ready') continue;
    const model = rowModelFor(doc.value, pane.view);
    const hits = cachedHitsForPane(response, pane.sourceId, model);
    if (response)
      paneHits.set(pane.id, { count: hits.length, ...(currentHit[pane.id] !== undefined ? { current: currentHit[pane.id] } : {}) });
    const compareLayer = compare.decorationsFor(pane.sourceId);
    const annotationLayer = annotations.layer(pane.sourceId);
    const deps = [response, model, currentHit[pane.id], followTargets[pane.id], compareLayer, annotationLayer] as const;
    const cached = decorationCache.current.get(pane.id);
    if (cached && cached.deps.every((d, i) => d === deps[i])) {
      decorations.set(pane.id, cached.value);
      continue;
    }
    const blocks = blockIndexFor(doc.value);
    const hitsLayer = hitLayer(hits, (id) => blocks.get(id)?.text ?? '', currentHit[pane.id]);
    const target = followTargets[pane.id];
    const value =
      mergeDecorations(
        hitsLayer,
        annotationLayer,
        target ? new Map([[target, { className: 'follow-target' }]]) : undefined,
        compareLayer,
      ) ?? NO_DECORATIONS;
    decorationCache.current.set(pane.id, { deps, value });
    decorations.set(pane.id, value);
  }

  const sources = list.kind === 'ready' ? list.value.sources : [];
  const shownIds = new Set(layout.panes.map((p) => p.sourceId));
  const nf = new Intl.NumberFormat(locale);
  const panels: SidePanelDef[] = [
    {
      id: 'sources',
      label: t('side.sources'),
      render: () =>
        // Sources open panes: not before the saved layout is in, or it would overwrite them.
        list.kind === 'ready' && loaded ? (
          <SourceListView list={list.value} shownIds={shownIds} locale={locale} onOpen={openSource} />
        ) : list.kind === 'loading' || list.kind === 'ready' ? (
          <p aria-live="polite">{t('reader.loading')}</p>
        ) : (
          <div role="alert">
            <p>{list.message}</p>
            <button type="button" onClick={refreshSources}>
              {t('errors.retry')}
            </button>
          </div>
        ),
    },
    {
      id: 'results',
      label: t('side.results'),
      ...(response ? { badge: nf.format(response.total + (response.annotations?.total ?? 0)) } : {}),
      render: () => (
        <SearchResults
          state={search.state as SearchState}
          sources={sources}
          locale={locale}
          onOpen={(hit) => openHit(hit)}
          extra={annotations.searchGroup}
        />
      ),
    },
    {
      id: 'related',
      label: t('side.related'),
      render: () => (
        <RelatedPanel
          state={related}
          sources={sources}
          docs={docs}
          locale={locale}
          onOpen={(sourceId, blockId) => {
            const pane = layout.panes.find((p) => p.sourceId === sourceId && !p.collapsed);
            if (pane) jumpInPane(pane.id, blockId);
          }}
        />
      ),
    },
    annotations.panel,
  ];

  const notices = [...(info?.notices ?? []), ...(problem ? [problem] : [])];

  return (
    <div className="app">
      <Toolbar
        locale={locale}
        theme={preferences.theme}
        corpusDir={list.kind === 'ready' ? list.value.corpusDir : (info?.corpusDir ?? '')}
        canBack={canGoBack(history)}
        canForward={canGoForward(history)}
        sideOpen={sideOpen}
        onLocale={(l) => setPreference({ locale: l })}
        onTheme={(theme) => setPreference({ theme })}
        onFont={(delta) => setPreference({ fontScale: delta === 'reset' ? 1 : clampFontScale(preferences.fontScale + delta) })}
        onOpenFolder={openFolder}
        onHistory={goHistory}
        onToggleSide={() => setSideOpen((v) => !v)}
        onHelp={() => setHelpOpen(true)}
        onExport={() => setExportOpen(true)}
      >
        <CompareToggle controller={compare} />
        {annotations.toolbarButton}
      </Toolbar>
      {notices.length > 0 ? (
        <div className="notices" role="alert">
          {notices.map((n, i) => (
            <p key={i}>
              {n}{' '}
              {n === problem ? (
                <button type="button" onClick={() => setProblem(undefined)}>
                  {t('errors.dismiss')}
                </button>
              ) : null}
            </p>
          ))}
        </div>
      ) : null}
      <div className="main">
        {sideOpen ? <SidePanel panels={panels} selected={sideTab} onSelect={setSideTab} /> : null}
        <CompareSlot controller={compare} sources={sources} locale={locale} slots={ANNOTATION_SLOTS} />
        <main className="reader">
          <h1 className="visually-hidden">{t('reader.heading')}</h1>
          <SearchBar
            ref={searchInput}
            query={search.query}
            expand={search.expand}
            state={search.state}
            locale={locale}
            onQuery={search.setQuery}
            onSubmit={search.submit}
            onExpand={search.setExpand}
            onStep={(d) => stepHitIn(activeRef.current, d)}
            onEscape={() => {
              if (search.query) search.clear();
              else if (activeRef.current) handles.current.get(activeRef.current)?.element()?.focus();
            }}
          />
          <PaneArea
            layout={layout}
            sources={sources}
            docs={docs}
            activePaneId={activePaneId}
            locale={locale}
            decorations={decorations}
            hits={paneHits}
            notes={notes}
            initialPositions={(id) => positions.current[id] ?? layout.panes.find((p) => p.id === id)?.topBlockId}
            callbacks={callbacks}
          />
        </main>
      </div>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      <HelpDialog open={helpOpen} info={info} onClose={() => setHelpOpen(false)} />
      {annotations.overlay}
      <ExportDialog api={api} open={exportOpen} locale={locale} onClose={() => setExportOpen(false)} />
    </div>
  );
}
