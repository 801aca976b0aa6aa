import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IngestedDocument, Source } from '../../../shared/model';
import type { PaneState, PaneView, UiLocale } from '../../../shared/workspace';
import { formatIsoDate } from '../i18n';
import type { Load } from '../load';
import { backlinksFor, rowModelFor, syncIndexFor } from '../panes/document-caches';
import type { LayoutAction } from '../panes/layout-state';
import { outlineForView } from '../panes/outline-view';
import type { PaneHandle } from '../panes/pane-handle';
import { viewOptions } from '../panes/rows';
import { formatReasons } from '../related/format-reason';
import type { RelatedReason } from '../related/related-passages';
import type { Decorations } from './decorations';
import { shortSourceNames } from '../compare/timeline';
import { Icon } from './icons';
import { OutlineMenu } from './outline-menu';
import { PaneBody } from './pane-body';

/** What a pane says about its last follow: why it scrolled there, or that nothing related was found. */
export type FollowNote =
  { readonly kind: 'followed'; readonly reasons: readonly RelatedReason[] } | { readonly kind: 'nothing' } | { readonly kind: 'finding' };

/** The callbacks a pane reports through; the app passes the same stable functions to every pane. */
export interface PaneCallbacks {
  readonly onLayout: (action: LayoutAction) => void;
  readonly onStepHit: (paneId: string, direction: 1 | -1) => void;
  readonly onOutline: (paneId: string, blockId: string) => void;
  readonly onFollowHere: (paneId: string) => void;
  readonly onDismissNote: (paneId: string) => void;
  readonly onRetry: (sourceId: string) => void;
  readonly onScrolled: (paneId: string) => void;
  readonly onSettled: (paneId: string, blockId: string) => void;
  readonly onInput: (paneId: string) => void;
  readonly onSelectPassage: (paneId: string, blockId: string, text: string) => void;
  readonly onJump: (paneId: string, blockId: string, via: 'footnote' | 'back', from: string) => void;
  readonly registerHandle: (paneId: string, handle: PaneHandle | null) => void;
}

export interface PaneProps {
  pane: PaneState;
  index: number;
  count: number;
  active: boolean;
  sources: readonly Source[];
  doc: Load<IngestedDocument> | undefined;
  locale: UiLocale;
  decorations: Decorations;
  /** Hits of the current search this pane shows, and which one F3 last went to. */
  hits: { readonly count: number; readonly current?: number } | undefined;
  note: FollowNote | undefined;
  /** Where to open: the saved position, or the position before a change of view. */
  initialBlockId: string | undefined;
  callbacks: PaneCallbacks;
}

/**
 * One pane: a source (or one language of it) with its header, outline, follow note and text.
 * Collapsed, it is a narrow strip that keeps its place in the row.
 */
export const Pane = memo(function Pane(props: PaneProps): ReactNode {
  const { t } = useTranslation();
  const { pane, callbacks: cb } = props;
  const source = props.sources.find((s) => s.id === pane.sourceId);
  const title = source?.title ?? pane.sourceId;
  const titleId = `${pane.id}-title`;
  // Short names in the source menu (the header above shows the full title): a title cut to fit says little.
  const shortNames = useMemo(() => shortSourceNames(props.sources, t), [props.sources, t]);
  const viewLabel = (v: PaneView): string =>
    v === 'parallel' || v === 'all' ? t(`pane.view.${v}`) : capitalize(t('pane.view.only', { lang: t(`lang.${v}`) }), props.locale);

  if (pane.collapsed) {
    return (
      <section className="pane collapsed" aria-labelledby={titleId} data-pane-id={pane.id}>
        <button
          type="button"
          className="pane-expand"
          onClick={() => cb.onLayout({ kind: 'set-collapsed', paneId: pane.id, collapsed: false })}
        >
          <Icon name="expand" />
          <span id={titleId} className="vertical-title">
            <span className="visually-hidden">{t('pane.expand')}: </span>
            {title}
          </span>
        </button>
      </section>
    );
  }

  const doc = props.doc?.kind === 'ready' ? props.doc.value : undefined;
  const view = pane.view;
  return (
    <section
      className={`pane${props.active ? ' active' : ''}`}
      aria-labelledby={titleId}
      data-pane-id={pane.id}
      data-source-id={pane.sourceId}
    >
      <header className="pane-header">
        <div className="pane-title-row">
          <h2 id={titleId} className="pane-title" title={title}>
            <span className="visually-hidden">{t('pane.number', { n: props.index + 1 })}: </span>
            {title}
          </h2>
          <div className="pane-actions">
            <button
              type="button"
              className={`icon-button link-toggle${pane.linked ? ' linked' : ''}`}
              aria-pressed={pane.linked}
              aria-label={t('pane.linked')}
              title={pane.linked ? t('pane.linkedOn') : t('pane.linkedOff')}
              onClick={() => cb.onLayout({ kind: 'set-linked', paneId: pane.id, linked: !pane.linked })}
            >
              <Icon name={pane.linked ? 'link' : 'unlink'} />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('pane.collapse')}
              title={t('pane.collapse')}
              onClick={() => cb.onLayout({ kind: 'set-collapsed', paneId: pane.id, collapsed: true })}
            >
              <Icon name="collapse" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('pane.close')}
              title={t('pane.close')}
              onClick={() => cb.onLayout({ kind: 'remove', paneId: pane.id })}
            >
              <Icon name="close" />
            </button>
          </div>
        </div>
        {source ? <SourceMeta source={source} locale={props.locale} /> : null}
        <div className="pane-tools">
          <label className="pane-source">
            <span className="visually-hidden">{t('pane.source')}</span>
            <select
              value={pane.sourceId}
              aria-label={t('pane.source')}
              onChange={(e) => {
                const next = props.sources.find((s) => s.id === e.target.value);
                if (next)
                  cb.onLayout({
                    kind: 'set-source',
                    paneId: pane.id,
                    sourceId: next.id,
                    view: next.languages.length > 1 ? 'parallel' : 'all',
                  });
              }}
            >
              {props.sources.map((s) => (
                <option key={s.id} value={s.id} title={s.title}>
                  {shortNames.get(s.id) ?? s.title}
                </option>
              ))}
            </select>
          </label>
          {doc && viewOptions(doc).length > 1 ? (
            <label className="pane-view">
              <span className="visually-hidden">{t('pane.viewLabel')}</span>
              <select
                value={viewOptions(doc).includes(view) ? view : 'all'}
                aria-label={t('pane.viewLabel')}
                onChange={(e) => cb.onLayout({ kind: 'set-view', paneId: pane.id, view: e.target.value as PaneView })}
              >
                {viewOptions(doc).map((v) => (
                  <option key={v} value={v}>
                    {viewLabel(v)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {doc ? <PaneOutline doc={doc} view={view} title={title} onJump={(id) => cb.onOutline(pane.id, id)} /> : null}
          <button type="button" className="icon-button" title={t('pane.followHereHint')} onClick={() => cb.onFollowHere(pane.id)}>
            <Icon name="follow" /> <span>{t('pane.followHere')}</span>
          </button>
          <span className="pane-order">
            <button
              type="button"
              className="icon-button"
              aria-label={t('pane.moveLeft')}
              title={t('pane.moveLeft')}
              disabled={props.index === 0}
              onClick={() => cb.onLayout({ kind: 'move', paneId: pane.id, by: -1 })}
            >
              <Icon name="left" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('pane.moveRight')}
              title={t('pane.moveRight')}
              disabled={props.index === props.count - 1}
              onClick={() => cb.onLayout({ kind: 'move', paneId: pane.id, by: 1 })}
            >
              <Icon name="right" />
            </button>
          </span>
          {props.hits ? <PaneHits paneId={pane.id} hits={props.hits} locale={props.locale} onStep={cb.onStepHit} /> : null}
        </div>
      </header>
      {props.note ? <FollowNoteView note={props.note} locale={props.locale} onDismiss={() => cb.onDismissNote(pane.id)} /> : null}
      {props.doc === undefined || props.doc.kind === 'loading' ? (
        <p className="pane-status" aria-live="polite">
          {t('reader.loading')}
        </p>
      ) : props.doc.kind === 'error' ? (
        <div className="pane-status" role="alert">
          <p>{props.doc.message}</p>
          <button type="button" onClick={() => cb.onRetry(pane.sourceId)}>
            {t('errors.retry')}
          </button>
        </div>
      ) : (
        <DocumentText {...props} doc={props.doc.value} title={title} viewLabel={viewLabel(view)} />
      )}
    </section>
  );
});

function DocumentText(props: Omit<PaneProps, 'doc'> & { doc: IngestedDocument; title: string; viewLabel: string }): ReactNode {
  const { t } = useTranslation();
  const { doc, pane, callbacks: cb } = props;
  const model = rowModelFor(doc, pane.view);
  return (
    <PaneBody
      // A new view is a new list of rows: start it afresh at the position kept by the app.
      key={model.view}
      paneId={pane.id}
      model={model}
      syncIndex={syncIndexFor(doc)}
      aligned={doc.alignment !== undefined}
      decorations={props.decorations}
      backlinks={backlinksFor(doc)}
      initialBlockId={props.initialBlockId}
      label={t('pane.textOf', { title: props.title, view: props.viewLabel })}
      onScrolled={cb.onScrolled}
      onSettled={cb.onSettled}
      onInput={cb.onInput}
      onSelectPassage={cb.onSelectPassage}
      onJump={cb.onJump}
      registerHandle={cb.registerHandle}
    />
  );
}

function PaneOutline(props: { doc: IngestedDocument; view: PaneView; title: string; onJump: (blockId: string) => void }): ReactNode {
  const { doc, view } = props;
  const nodes = useMemo(() => {
    const model = rowModelFor(doc, view);
    const index = syncIndexFor(doc);
    const first = doc.alignment?.languages[0];
    // In parallel, one heading per pair is enough: the first language's.
    const keep =
      model.view === 'parallel' && first
        ? (id: string) => index.streamOf(id) === first || index.translationsOf(id).length === 0
        : (id: string) => model.rowOfBlock.has(id);
    return outlineForView(doc.outline, keep);
  }, [doc, view]);
  return <OutlineMenu nodes={nodes} title={props.title} onJump={props.onJump} />;
}

function SourceMeta({ source: s, locale }: { source: Source; locale: UiLocale }): ReactNode {
  const { t } = useTranslation();
  return (
    <p className="pane-meta">
      <span className="date">{formatIsoDate(s.date, locale)}</span>
      {s.dateConflict ? (
        <span className="warning date-conflict" title={s.dateConflict}>
          ⚠ {t('sources.dateConflict')}: {s.dates?.map((d) => `${d.printed} (${d.lang?.toUpperCase() ?? '?'})`).join(' / ')}
          <span className="visually-hidden">. {s.dateConflict}</span>
        </span>
      ) : null}
      <span className="publisher">{s.publisher}</span>
      <span className="langs">{s.languages.map((l) => t(`lang.${l}`)).join(', ')}</span>
      {s.integrity.kind === 'mismatch' ? <span className="warning">⚠ {t('sources.integrityMismatch')}</span> : null}
    </p>
  );
}

function PaneHits(props: {
  paneId: string;
  hits: { readonly count: number; readonly current?: number };
  locale: UiLocale;
  onStep: (paneId: string, direction: 1 | -1) => void;
}): ReactNode {
  const { t } = useTranslation();
  const { count, current } = props.hits;
  const nf = new Intl.NumberFormat(props.locale);
  return (
    <span className="pane-hits" data-hit-count={count}>
      <span className="count">
        {current !== undefined
          ? t('pane.hitOf', { n: nf.format(current + 1), total: nf.format(count) })
          : t('pane.hits', { count, formatted: nf.format(count) })}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('search.previousInPane')}
        title={`${t('search.previousInPane')} (Shift+F3)`}
        disabled={count === 0}
        onClick={() => props.onStep(props.paneId, -1)}
      >
        <Icon name="up" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('search.nextInPane')}
        title={`${t('search.nextInPane')} (F3)`}
        disabled={count === 0}
        onClick={() => props.onStep(props.paneId, 1)}
      >
        <Icon name="down" />
      </button>
    </span>
  );
}

function FollowNoteView({ note, locale, onDismiss }: { note: FollowNote; locale: UiLocale; onDismiss: () => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <div className={`follow-note follow-${note.kind}`} role="status">
      <Icon name="follow" />
      <span className="text">
        {note.kind === 'followed'
          ? t('related.followedBecause', { reasons: formatReasons(note.reasons, t, locale) })
          : note.kind === 'finding'
            ? t('related.finding')
            : t('related.nothing')}
      </span>
      <button type="button" className="icon-button" aria-label={t('related.dismiss')} title={t('related.dismiss')} onClick={onDismiss}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}

/** "néerlandais seulement" → "Néerlandais seulement": French writes language names in lower case, a menu item starts with a capital. */
function capitalize(text: string, locale: UiLocale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
