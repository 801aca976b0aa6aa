import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Annotation,
  AnnotationBody,
  AnnotationColor,
  AnnotationExportFormat,
  AnnotationList,
  AnnotationQuery,
  AnnotationView,
  CommitmentTarget,
  ImportReport,
  LinkTarget,
} from '../../../shared/annotations';
import { assertNever } from '../../../shared/errors';
import type { ReaderApi } from '../../../shared/contract';
import type { Source } from '../../../shared/model';
import type { SearchResponse } from '../../../shared/search';
import type { ShellCommand } from '../../../shared/shell-commands';
import type { UiLocale } from '../../../shared/workspace';
import { NO_DECORATIONS, type Decorations } from '../components/decorations';
import type { SidePanelDef } from '../components/side-panel';
import { errorMessage } from '../load';
import { annotationLayer, placeOf } from './annotation-layer';
import { AnnotationEditor, type EditorSubject } from './annotation-editor';
import { AnnotationResults } from './annotation-results';
import { AnnotationsPanel, type PanelFilters } from './annotations-panel';
import { EXPORT_TYPES, exportFileName, highlightSelector, orphanCount, quoteOf } from './panel-model';
import { readPaneSelection, type PaneSelection } from './selection-dom';
import type { SelectionPart } from './selection-parts';
import { SelectionPopover } from './selection-popover';
import { callsFor, canRedo, canUndo, EMPTY_UNDO, recordUndo, redoStep, undoStep, type UndoStack } from './undo-stack';

/** What the annotations UI needs from the reading view. */
export interface AnnotationsHost {
  readonly api: ReaderApi;
  readonly sources: readonly Source[];
  readonly locale: UiLocale;
  readonly announce: (message: string) => void;
  /** Brings a pane to a passage (the pane showing that source, else a new one); linked panes follow, Back returns. */
  readonly openPassage: (sourceId: string, blockId: string, within?: string) => void;
  /** The block at the reading line of the active pane: what Ctrl+Shift+H annotates when nothing is selected. */
  readonly readingBlock: () => { readonly sourceId: string; readonly blockId: string; readonly text: string } | undefined;
  /** Opens the side panel on the Annotations tab. */
  readonly showPanel: () => void;
  /** Changes when the corpus changes: the annotations are listed (and anchored) again. */
  readonly reloadKey?: unknown;
}

/** The target of a new annotation from the Compare view. */
export type ItemTarget = CommitmentTarget | LinkTarget;

/** What the editor is open on. */
type EditorState =
  | { readonly kind: 'new-passage'; readonly sourceId: string; readonly parts: readonly SelectionPart[]; readonly color: AnnotationColor }
  | { readonly kind: 'new-item'; readonly target: ItemTarget; readonly label: string }
  | { readonly kind: 'edit'; readonly id: string; readonly label?: string };

/**
 * What other views (the Compare view's commitment cards and link rows) use to annotate through
 * the same editor, undo stack and list: see docs/annotations.md, "Annotating from the Compare view".
 */
export interface AnnotationsApi {
  /** Live annotations on this commitment or link. */
  readonly on: (target: ItemTarget) => readonly AnnotationView[];
  /** Opens the editor: a new annotation on the target, with `label` saying what it is. */
  readonly annotate: (target: ItemTarget, label: string) => void;
  /** Opens the editor on an existing annotation. */
  readonly edit: (id: string, label?: string) => void;
}

let published: AnnotationsApi | undefined;
const subscribers = new Set<() => void>();
const subscribe = (notify: () => void): (() => void) => {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
};

/**
 * The annotations API of the window, for components outside the reading view (the Compare
 * view's cards). Published by `useAnnotations` rather than passed through a provider, so a view
 * anywhere in the app can use it without the app threading it down.
 */
export function useAnnotationsApi(): AnnotationsApi | undefined {
  return useSyncExternalStore(subscribe, () => published);
}

function publish(api: AnnotationsApi | undefined): void {
  published = api;
  for (const notify of subscribers) notify();
}

export interface AnnotationsUi {
  /** The decoration layer of a source's highlights (stable while nothing changes). */
  readonly layer: (sourceId: string) => Decorations;
  readonly panel: SidePanelDef;
  /** Runs a shell command if it is the annotations'; says whether it was. */
  readonly command: (c: ShellCommand) => boolean;
  /** The selection popover and the editor dialog, rendered over the app. */
  readonly overlay: ReactNode;
  /** The "Your annotations" group of the search results. */
  readonly searchGroup: (response: SearchResponse) => ReactNode;
  /** "Annotate selection" for the toolbar (the browser shell has no menu). */
  readonly toolbarButton: ReactNode;
  readonly api: AnnotationsApi;
}

/** A line in the panel: a catalogue key with its values, or a message from the host as it came. */
interface Message {
  readonly kind: 'info' | 'error';
  readonly key?: string;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly text?: string;
}

const EMPTY_LIST: AnnotationList = { annotations: [], tags: [] };

/**
 * The annotations of this window: the list (with anchoring) from the host, the highlights'
 * decoration layers, the selection popover, the editor, the panel, the undo stack, export and
 * import. Every change is one API call that resolves once it is on disk; the list is then read
 * again, so another window's changes appear too (also when the window regains focus).
 */
export function useAnnotations(host: AnnotationsHost): AnnotationsUi {
  const { t } = useTranslation();
  const { api, announce } = host;
  const [list, setList] = useState<AnnotationList>(EMPTY_LIST);
  const [filters, setFilters] = useState<PanelFilters>({});
  const [filtered, setFiltered] = useState<readonly AnnotationView[] | undefined>(undefined);
  const [stack, setStack] = useState<UndoStack>(EMPTY_UNDO);
  const [selected, setSelected] = useState<string>();
  const [selection, setSelection] = useState<PaneSelection>();
  const [editor, setEditor] = useState<EditorState>();
  const [editorError, setEditorError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [reattaching, setReattaching] = useState<string>();
  // Kept as a key (or the host's own words), so it follows a change of interface language.
  const [message, setMessage] = useState<Message>();
  const [importReport, setImportReport] = useState<ImportReport>();
  const [tab, setTab] = useState<'all' | 'orphans'>('all');
  const [exportFormat, setExportFormat] = useState<AnnotationExportFormat>('jsonld');
  const importInput = useRef<HTMLInputElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);

  const live = useRef({ list, stack, filters, host, selection, reattaching, editor });
  live.current = { list, stack, filters, host, selection, reattaching, editor };

  const byId = useCallback(
    (id: string): Annotation | undefined => live.current.list.annotations.find((v) => v.annotation.id === id)?.annotation,
    [],
  );

  /**
   * What a call returned, into the list at once (the full list is read again right after): an
   * undo pressed before that read finishes must already see the annotation as it now is.
   */
  const keep = useCallback((annotation: Annotation, anchor?: AnnotationView['anchor']): void => {
    const apply = (prev: AnnotationList): AnnotationList => {
      const at = prev.annotations.findIndex((v) => v.annotation.id === annotation.id);
      const view: AnnotationView = { annotation, anchor: anchor ?? prev.annotations[at]?.anchor ?? { kind: 'unchecked', reason: '' } };
      const annotations = at >= 0 ? prev.annotations.map((v, i) => (i === at ? view : v)) : [...prev.annotations, view];
      return { ...prev, annotations };
    };
    live.current.list = apply(live.current.list);
    setList(apply);
  }, []);

  // ——— Reading the list ———

  const seq = useRef(0);
  const refresh = useCallback(async (): Promise<void> => {
    const mine = ++seq.current;
    const { filters: f } = live.current;
    const query = filterQuery(f);
    const [all, some] = await Promise.all([
      api.listAnnotations({ includeDeleted: true }),
      query ? api.listAnnotations(query) : Promise.resolve(undefined),
    ]);
    if (mine !== seq.current) return;
    setList(all);
    setFiltered(some?.annotations);
  }, [api]);

  const refreshSafely = useCallback(() => {
    refresh().catch((err: unknown) => setMessage({ kind: 'error', text: errorMessage(err) }));
  }, [refresh]);

  useEffect(() => {
    refreshSafely();
  }, [refreshSafely, host.reloadKey]);

  // Filters run on the host (accent- and case-insensitive there); typing pauses before the query.
  useEffect(() => {
    const timer = setTimeout(refreshSafely, filters.text ? 200 : 0);
    return () => clearTimeout(timer);
  }, [filters, refreshSafely]);

  // Another window may have changed the annotations: read them again when this one comes back.
  useEffect(() => {
    const onFocus = (): void => refreshSafely();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refreshSafely]);

  // ——— The selection in the panes ———

  useEffect(() => {
    let frame = 0;
    const read = (): void => {
      frame = 0;
      const next = readPaneSelection(window.getSelection());
      setSelection((prev) => (sameSelection(prev, next) ? prev : next));
    };
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    // The selection moves with the text when a pane scrolls: the popover follows it (only then:
    // scrolling without a selection costs nothing here).
    const onScroll = (): void => {
      if (live.current.selection) schedule();
    };
    document.addEventListener('selectionchange', schedule);
    document.addEventListener('scroll', onScroll, true);
    return () => {
      document.removeEventListener('selectionchange', schedule);
      document.removeEventListener('scroll', onScroll, true);
      cancelAnimationFrame(frame);
    };
  }, []);

  // A click on a highlight (without selecting) shows that annotation in the panel.
  useEffect(() => {
    const onClick = (e: MouseEvent): void => {
      const mark = (e.target as Element | null)?.closest?.('mark.annotation[data-decoration-id]');
      if (!mark || !mark.closest('.pane-scroll')) return;
      if (window.getSelection()?.isCollapsed === false) return;
      setSelected(mark.getAttribute('data-decoration-id') ?? undefined);
      setTab('all');
      live.current.host.showPanel();
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  // ——— Changes ———

  const fail = useCallback(
    (err: unknown): void => {
      setMessage({ kind: 'error', text: errorMessage(err) });
      announce(errorMessage(err));
      // A conflict means the list is stale: read it again so the next try works on the latest.
      refreshSafely();
    },
    [announce, refreshSafely],
  );

  const done = useCallback(
    (key: string, params?: Readonly<Record<string, unknown>>): void => {
      setMessage({ kind: 'info', key, ...(params ? { params } : {}) });
      announce(t(key, params));
      refreshSafely();
    },
    [announce, refreshSafely, t],
  );

  const createPassage = useCallback(
    async (sourceId: string, parts: readonly SelectionPart[], body: Partial<AnnotationBody>): Promise<boolean> => {
      const ids: string[] = [];
      let failure: unknown;
      try {
        for (const p of parts) {
          const made = await api.createAnnotation({ sourceId, blockId: p.blockId, start: p.start, end: p.end, ...body });
          keep(made.annotation, made.anchor);
          ids.push(made.annotation.id);
        }
      } catch (err) {
        failure = err;
      }
      // Whatever was made is one step to undo, even if a later part failed.
      if (ids.length > 0) {
        setStack((s) => recordUndo(s, { kind: 'created', ids }));
        setSelected(ids[0]);
        window.getSelection()?.removeAllRanges();
      }
      if (failure !== undefined) {
        fail(failure);
        return false;
      }
      done('annotations.done.created', { count: ids.length });
      return true;
    },
    [api, done, fail, keep],
  );

  const highlight = useCallback(
    (color: AnnotationColor): void => {
      const sel = live.current.selection;
      if (!sel || sel.result.kind !== 'ok') return;
      void createPassage(sel.sourceId, sel.result.parts, { color });
    },
    [createPassage],
  );

  const openEditorOnSelection = useCallback((): boolean => {
    const { selection: sel, host: h } = live.current;
    if (sel && sel.result.kind === 'ok') {
      setEditorError(undefined);
      setEditor({ kind: 'new-passage', sourceId: sel.sourceId, parts: sel.result.parts, color: 'yellow' });
      return true;
    }
    if (sel && sel.result.kind === 'refused') {
      announce(refusalText(t, sel.result));
      return true;
    }
    // Nothing selected: the paragraph at the reading line of the active pane.
    const at = h.readingBlock();
    if (!at || at.text.trim() === '') return false;
    const start = at.text.length - at.text.trimStart().length;
    const end = at.text.trimEnd().length;
    setEditorError(undefined);
    setEditor({
      kind: 'new-passage',
      sourceId: at.sourceId,
      parts: [{ blockId: at.blockId, start, end, quote: at.text.slice(start, end) }],
      color: 'yellow',
    });
    return true;
  }, [announce, t]);

  /** A passage annotation moved to another place (re-attached, or its proposed place accepted): one step to undo. */
  const recordMove = useCallback((before: Annotation, after: Annotation): void => {
    if (before.target.kind !== 'passage' || after.target.kind !== 'passage') return;
    const entry = { kind: 'retargeted', id: after.id, before: before.target, after: after.target } as const;
    setStack((s) => recordUndo(s, entry));
  }, []);

  const attachHere = useCallback(async (): Promise<void> => {
    const { selection: sel, reattaching: id } = live.current;
    const current = id ? byId(id) : undefined;
    if (!sel || sel.result.kind !== 'ok' || !current) return;
    const part = sel.result.parts[0]!;
    try {
      const moved = await api.reattachAnnotation({
        id: current.id,
        sourceId: sel.sourceId,
        blockId: part.blockId,
        start: part.start,
        end: part.end,
        expectedModified: current.modified,
      });
      keep(moved.annotation, moved.anchor);
      recordMove(current, moved.annotation);
      setReattaching(undefined);
      setSelected(current.id);
      window.getSelection()?.removeAllRanges();
      done('annotations.done.reattached');
    } catch (err) {
      fail(err);
    }
  }, [api, byId, done, fail, keep, recordMove]);

  const saveEditor = useCallback(
    async (body: AnnotationBody): Promise<void> => {
      const state = live.current.editor;
      if (!state) return;
      setBusy(true);
      setEditorError(undefined);
      try {
        switch (state.kind) {
          case 'new-passage':
            if (await createPassage(state.sourceId, state.parts, body)) setEditor(undefined);
            return;
          case 'new-item': {
            const made = await api.createItemAnnotation({ target: state.target, ...body });
            keep(made.annotation, made.anchor);
            setStack((s) => recordUndo(s, { kind: 'created', ids: [made.annotation.id] }));
            setEditor(undefined);
            done('annotations.done.saved');
            return;
          }
          case 'edit': {
            const before = byId(state.id);
            if (!before) return setEditor(undefined);
            const after = await api.updateAnnotation({ id: state.id, expectedModified: before.modified, ...body });
            keep(after.annotation, after.anchor);
            setStack((s) => recordUndo(s, { kind: 'edited', id: state.id, before: before.body, after: after.annotation.body }));
            setEditor(undefined);
            done('annotations.done.saved');
            return;
          }
        }
      } catch (err) {
        setEditorError(errorMessage(err));
        refreshSafely();
      } finally {
        setBusy(false);
      }
    },
    [api, byId, createPassage, done, keep, refreshSafely],
  );

  const remove = useCallback(
    async (id: string): Promise<void> => {
      try {
        keep(await api.deleteAnnotation({ id }));
        setStack((s) => recordUndo(s, { kind: 'deleted', ids: [id] }));
        done('annotations.done.deleted');
      } catch (err) {
        fail(err);
      }
    },
    [api, done, fail, keep],
  );

  const accept = useCallback(
    async (id: string): Promise<void> => {
      try {
        const before = byId(id);
        const accepted = await api.acceptAnnotationChange({ id });
        keep(accepted.annotation, accepted.anchor);
        if (before) recordMove(before, accepted.annotation);
        done('annotations.done.accepted');
      } catch (err) {
        fail(err);
      }
    },
    [api, byId, done, fail, keep, recordMove],
  );

  const undoOrRedo = useCallback(
    async (direction: 'undo' | 'redo'): Promise<void> => {
      const next = direction === 'undo' ? undoStep(live.current.stack) : redoStep(live.current.stack);
      if (!next) {
        announce(t(direction === 'undo' ? 'annotations.done.nothingToUndo' : 'annotations.done.nothingToRedo'));
        return;
      }
      const plan = callsFor(next.step, byId);
      if (plan.kind === 'refused') {
        setMessage({ kind: 'error', key: `annotations.refusal.${plan.reason}` });
        announce(t(`annotations.refusal.${plan.reason}`));
        return;
      }
      try {
        for (const call of plan.calls) {
          switch (call.method) {
            case 'updateAnnotation': {
              const v = await api.updateAnnotation(call.arg);
              keep(v.annotation, v.anchor);
              break;
            }
            case 'deleteAnnotation':
              keep(await api.deleteAnnotation(call.arg));
              break;
            case 'restoreAnnotation': {
              const v = await api.restoreAnnotation(call.arg);
              keep(v.annotation, v.anchor);
              break;
            }
            case 'restoreAnnotationTarget': {
              const v = await api.restoreAnnotationTarget(call.arg);
              keep(v.annotation, v.anchor);
              break;
            }
            default:
              assertNever(call);
          }
        }
        setStack(next.stack);
        done(direction === 'undo' ? 'annotations.done.undone' : 'annotations.done.redone');
      } catch (err) {
        fail(err);
      }
    },
    [announce, api, byId, done, fail, keep, t],
  );

  const exportNow = useCallback(
    async (format: AnnotationExportFormat): Promise<void> => {
      try {
        const content = await api.exportAnnotations({ format });
        const file = exportFileName(format, new Date());
        const url = URL.createObjectURL(new Blob([content], { type: EXPORT_TYPES[format] }));
        const a = document.createElement('a');
        a.href = url;
        a.download = file;
        a.style.display = 'none';
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        setMessage({ kind: 'info', key: 'annotations.done.exported', params: { file } });
        announce(t('annotations.done.exported', { file }));
      } catch (err) {
        fail(err);
      }
    },
    [announce, api, fail, t],
  );

  const importFile = useCallback(
    async (file: File): Promise<void> => {
      setImportReport(undefined);
      setMessage({ kind: 'info', key: 'annotations.exchange.importing' });
      try {
        const report = await api.importAnnotations({ content: await file.text() });
        // The report is shown in the panel (with the reasons for what was skipped) and announced.
        setImportReport(report);
        setMessage(undefined);
        announce(
          t('annotations.exchange.report', { imported: report.imported, duplicates: report.duplicates, skipped: report.skipped.length }),
        );
        refreshSafely();
      } catch (err) {
        fail(err);
      }
    },
    [announce, api, fail, refreshSafely, t],
  );

  const goTo = useCallback((view: AnnotationView): void => {
    setSelected(view.annotation.id);
    const place = placeOf(view);
    const target = view.annotation.target;
    if (place && target.kind === 'passage')
      live.current.host.openPassage(target.source, place.blockId, highlightSelector(view.annotation.id));
  }, []);

  // ——— Commands (menus, keys) ———

  const command = useCallback(
    (c: ShellCommand): boolean => {
      switch (c) {
        case 'annotate-selection':
          if (live.current.reattaching && live.current.selection?.result.kind === 'ok') void attachHere();
          else openEditorOnSelection();
          return true;
        case 'undo':
        case 'redo':
          // In a text field (Electron's menu sends these whatever has the focus), undo the typing.
          if (isTextField(document.activeElement)) {
            document.execCommand(c);
            return true;
          }
          void undoOrRedo(c);
          return true;
        case 'show-annotations':
          live.current.host.showPanel();
          return true;
        case 'export-annotations':
        case 'import-annotations':
          // A file picker needs a click in the page: the panel's buttons, focused for it.
          live.current.host.showPanel();
          requestAnimationFrame(() =>
            (c === 'export-annotations' ? exportButton.current : document.getElementById('annotations-import-button'))?.focus(),
          );
          return true;
        default:
          return false;
      }
    },
    [attachHere, openEditorOnSelection, undoOrRedo],
  );

  // ——— What the panes show ———

  const layers = useRef(new Map<string, Decorations>());
  const layersFor = useRef<{ list: AnnotationList; selected?: string }>({ list });
  const layer = useCallback(
    (sourceId: string): Decorations => {
      if (layersFor.current.list !== list || layersFor.current.selected !== selected) {
        layersFor.current = { list, selected };
        layers.current = new Map();
      }
      let l = layers.current.get(sourceId);
      if (!l) {
        const made = annotationLayer(list.annotations, sourceId, selected);
        l = made.size > 0 ? made : NO_DECORATIONS;
        layers.current.set(sourceId, l);
      }
      return l;
    },
    [list, selected],
  );

  const liveViews = useMemo(() => list.annotations.filter((v) => v.annotation.deleted === undefined), [list]);
  const orphans = useMemo(() => liveViews.filter((v) => v.anchor.kind === 'orphaned'), [liveViews]);
  const shown = filtered ?? liveViews;
  const nf = new Intl.NumberFormat(host.locale);

  const panel: SidePanelDef = {
    id: 'annotations',
    label: t('annotations.tab'),
    ...(liveViews.length > 0 ? { badge: nf.format(liveViews.length) } : {}),
    render: () => (
      <AnnotationsPanel
        tab={tab}
        onTab={setTab}
        views={tab === 'orphans' ? orphans : shown}
        total={liveViews.length}
        orphanCount={orphanCount(liveViews)}
        tags={list.tags}
        filters={filters}
        onFilters={setFilters}
        sources={host.sources}
        locale={host.locale}
        selected={selected}
        reattaching={reattaching}
        canUndo={canUndo(stack)}
        canRedo={canRedo(stack)}
        message={message ? { kind: message.kind, text: message.key ? t(message.key, message.params) : (message.text ?? '') } : undefined}
        importReport={importReport}
        exportFormat={exportFormat}
        exportButton={exportButton}
        importInput={importInput}
        onExportFormat={setExportFormat}
        onExport={(f) => void exportNow(f)}
        onImport={(file) => void importFile(file)}
        onDismissReport={() => setImportReport(undefined)}
        onDismissMessage={() => setMessage(undefined)}
        onUndo={() => void undoOrRedo('undo')}
        onRedo={() => void undoOrRedo('redo')}
        onGo={goTo}
        onEdit={(id) => {
          setEditorError(undefined);
          setEditor({ kind: 'edit', id });
        }}
        onDelete={(id) => void remove(id)}
        onAccept={(id) => void accept(id)}
        onReattach={(id) => {
          setReattaching(id);
          setSelected(id);
          announce(t('annotations.panel.reattachPrompt'));
        }}
        onCancelReattach={() => setReattaching(undefined)}
      />
    ),
  };

  const itemApi = useMemo<AnnotationsApi>(
    () => ({
      on: (target) =>
        liveViews.filter((v) => {
          const a = v.annotation.target;
          return target.kind === 'commitment'
            ? a.kind === 'commitment' && a.source === target.source && a.commitmentId === target.commitmentId
            : a.kind === 'link' && a.linkId === target.linkId;
        }),
      annotate: (target, label) => {
        setEditorError(undefined);
        setEditor({ kind: 'new-item', target, label });
      },
      edit: (id, label) => {
        setEditorError(undefined);
        setEditor({ kind: 'edit', id, ...(label !== undefined ? { label } : {}) });
      },
    }),
    [liveViews],
  );

  useEffect(() => {
    publish(itemApi);
    return () => publish(undefined);
  }, [itemApi]);

  const titleOf = (sourceId: string): string => host.sources.find((s) => s.id === sourceId)?.title ?? sourceId;
  const editorView = editor?.kind === 'edit' ? list.annotations.find((v) => v.annotation.id === editor.id) : undefined;
  const subject: EditorSubject | undefined = !editor
    ? undefined
    : editor.kind === 'new-passage'
      ? { kind: 'passage', sourceTitle: titleOf(editor.sourceId), quotes: editor.parts.map((p) => p.quote) }
      : editor.kind === 'new-item'
        ? { kind: editor.target.kind, label: editor.label }
        : editorView
          ? subjectOf(editorView, titleOf, editor.label)
          : undefined;

  const overlay = (
    <>
      {selection && !editor ? (
        <SelectionPopover
          selection={selection}
          reattaching={reattaching !== undefined}
          locale={host.locale}
          onHighlight={highlight}
          onNote={() => openEditorOnSelection()}
          onAttach={() => void attachHere()}
          onClose={() => window.getSelection()?.removeAllRanges()}
        />
      ) : null}
      {editor && subject ? (
        <AnnotationEditor
          key={editor.kind === 'edit' ? editor.id : 'new'}
          mode={editor.kind === 'edit' ? 'edit' : 'new'}
          subject={subject}
          initial={editorView?.annotation.body ?? (editor.kind === 'new-passage' ? { note: '', tags: [], color: editor.color } : undefined)}
          tagsInUse={list.tags}
          error={editorError}
          busy={busy}
          onSave={(body) => void saveEditor(body)}
          onCancel={() => setEditor(undefined)}
        />
      ) : null}
    </>
  );

  const searchGroup = (response: SearchResponse): ReactNode =>
    response.annotations && response.annotations.hits.length > 0 ? (
      <AnnotationResults
        group={response.annotations}
        views={list.annotations}
        sources={host.sources}
        locale={host.locale}
        onOpen={(id) => {
          const view = list.annotations.find((v) => v.annotation.id === id);
          if (!view) return;
          if (placeOf(view)) goTo(view);
          else {
            setSelected(id);
            setTab(view.anchor.kind === 'orphaned' ? 'orphans' : 'all');
            host.showPanel();
          }
        }}
      />
    ) : null;

  const toolbarButton = (
    <button
      type="button"
      className="annotate-selection-button"
      // Keeps the selection in the pane: the button takes no focus on mouse down.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => command('annotate-selection')}
      title={`${t('annotations.toolbar.annotate')} (Ctrl+Shift+H)`}
    >
      {t('annotations.toolbar.annotate')}
    </button>
  );

  return { layer, panel, command, overlay, searchGroup, toolbarButton, api: itemApi };
}

function filterQuery(f: PanelFilters): AnnotationQuery | undefined {
  const q: { -readonly [K in keyof AnnotationQuery]: AnnotationQuery[K] } = {};
  if (f.sourceId) q.sourceId = f.sourceId;
  if (f.color) q.color = f.color;
  if (f.tag) q.tag = f.tag;
  if (f.text && f.text.trim() !== '') q.text = f.text.trim();
  return Object.keys(q).length > 0 ? q : undefined;
}

function sameSelection(a: PaneSelection | undefined, b: PaneSelection | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.paneId === b.paneId &&
    a.rect.top === b.rect.top &&
    a.rect.left === b.rect.left &&
    JSON.stringify(a.result) === JSON.stringify(b.result)
  );
}

function isTextField(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || (el as HTMLElement).isContentEditable;
}

export function refusalText(
  t: (key: string, options?: Record<string, unknown>) => string,
  result: { readonly reason: 'empty' | 'table' | 'too-many'; readonly blocks?: number },
): string {
  return t(`annotations.popover.refused.${result.reason}`, { count: result.blocks ?? 0 });
}

function subjectOf(view: AnnotationView, titleOf: (id: string) => string, label?: string): EditorSubject {
  const target = view.annotation.target;
  switch (target.kind) {
    case 'passage':
      return { kind: 'passage', sourceTitle: titleOf(target.source), quotes: [quoteOf(view)] };
    case 'commitment':
      return { kind: 'commitment', label: label ?? target.commitmentId };
    case 'link':
      return { kind: 'link', label: label ?? `${target.commitmentIds[0]} ↔ ${target.commitmentIds[1]}` };
  }
}
