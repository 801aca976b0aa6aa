import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, ReaderApi, SourceList } from '../../shared/contract';
import type { IngestedDocument } from '../../shared/model';
import { DEFAULT_PREFERENCES, type Preferences, type UiLocale, type Workspace } from '../../shared/workspace';
import { DocumentView } from './components/document-view';
import { SourceListView } from './components/source-list';
import { Toolbar } from './components/toolbar';
import i18next, { systemLocale } from './i18n';
import { applyPreferences, clampFontScale } from './preferences';

/** Something loading, loaded, or failed with a message for the user. */
type Load<T> =
  { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly value: T } | { readonly kind: 'error'; readonly message: string };

const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** The first screen: the corpus on the left, the chosen source on the right. */
export function App({ api }: { api: ReaderApi }): ReactNode {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo>();
  const [list, setList] = useState<Load<SourceList>>({ kind: 'loading' });
  const [workspace, setWorkspace] = useState<Workspace>();
  const [doc, setDoc] = useState<Load<IngestedDocument> | undefined>();
  const [problem, setProblem] = useState<string>();

  const preferences: Preferences = workspace?.preferences ?? DEFAULT_PREFERENCES;
  const locale: UiLocale = preferences.locale ?? systemLocale();
  const selectedId = workspace?.layout.panes[0]?.sourceId;

  useEffect(() => {
    applyPreferences(preferences, locale);
    if (i18next.language !== locale) void i18next.changeLanguage(locale);
  }, [preferences, locale]);

  const loadDocument = useCallback(
    (sourceId: string) => {
      setDoc({ kind: 'loading' });
      api.getDocument({ sourceId }).then(
        (value) => setDoc({ kind: 'ready', value }),
        (err: unknown) => setDoc({ kind: 'error', message: errorMessage(err) }),
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

  useEffect(() => {
    api.getAppInfo().then(setInfo, (err: unknown) => setProblem(errorMessage(err)));
    refreshSources();
    api.getWorkspace().then(
      (ws) => {
        setWorkspace(ws);
        const first = ws.layout.panes[0]?.sourceId;
        if (first) loadDocument(first);
      },
      (err: unknown) => setProblem(errorMessage(err)),
    );
  }, [api, loadDocument, refreshSources]);

  const save = useCallback(
    (update: Parameters<ReaderApi['updateWorkspace']>[0]) => {
      api.updateWorkspace(update).then(setWorkspace, (err: unknown) => setProblem(errorMessage(err)));
    },
    [api],
  );

  const openSource = (sourceId: string): void => {
    loadDocument(sourceId);
    save({ layout: { panes: [{ id: 'pane-1', sourceId, view: 'all', linked: true, collapsed: false, width: 1 }] } });
  };

  const setPreference = (patch: Partial<Preferences>): void => {
    if (workspace) setWorkspace({ ...workspace, preferences: { ...workspace.preferences, ...patch } });
    save({ preferences: patch });
  };

  const openFolder = (dir: string): void => {
    api.openCorpus({ dir }).then(
      (value) => {
        setList({ kind: 'ready', value });
        setDoc(undefined);
        save({ layout: { panes: [] } });
      },
      (err: unknown) => setProblem(errorMessage(err)),
    );
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey)) return;
      if (e.key === '+' || e.key === '=') setPreference({ fontScale: clampFontScale(preferences.fontScale + 0.1) });
      else if (e.key === '-') setPreference({ fontScale: clampFontScale(preferences.fontScale - 0.1) });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() =>
    window.synopsisShell?.onMenuCommand((command) => {
      if (command === 'corpus-changed') refreshSources();
      else if (command === 'toggle-theme') setPreference({ theme: document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark' });
      else if (command === 'font-bigger') setPreference({ fontScale: clampFontScale(preferences.fontScale + 0.1) });
      else if (command === 'font-smaller') setPreference({ fontScale: clampFontScale(preferences.fontScale - 0.1) });
      else if (command === 'font-reset') setPreference({ fontScale: 1 });
    }),
  );

  const notices = [...(info?.notices ?? []), ...(problem ? [problem] : [])];

  return (
    <div className="app">
      <Toolbar
        locale={locale}
        theme={preferences.theme}
        corpusDir={list.kind === 'ready' ? list.value.corpusDir : (info?.corpusDir ?? '')}
        onLocale={(l) => setPreference({ locale: l })}
        onTheme={(theme) => setPreference({ theme })}
        onFont={(delta) => setPreference({ fontScale: clampFontScale(preferences.fontScale + delta) })}
        onOpenFolder={openFolder}
      />
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
        <aside className="sidebar">
          {list.kind === 'ready' ? (
            <SourceListView list={list.value} selectedId={selectedId} locale={locale} onOpen={openSource} />
          ) : list.kind === 'loading' ? (
            <p aria-live="polite">{t('reader.loading')}</p>
          ) : (
            <div role="alert">
              <p>{list.message}</p>
              <button type="button" onClick={refreshSources}>
                {t('errors.retry')}
              </button>
            </div>
          )}
        </aside>
        <main className="reader" tabIndex={-1}>
          {doc === undefined ? (
            <p className="empty">{t('reader.empty')}</p>
          ) : doc.kind === 'loading' ? (
            <p aria-live="polite">{t('reader.loading')}</p>
          ) : doc.kind === 'error' ? (
            <p role="alert">{doc.message}</p>
          ) : (
            <DocumentView doc={doc.value} locale={locale} />
          )}
        </main>
      </div>
    </div>
  );
}
