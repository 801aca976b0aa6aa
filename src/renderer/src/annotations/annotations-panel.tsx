import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANNOTATION_COLORS,
  type AnnotationColor,
  type AnnotationExportFormat,
  type AnnotationView,
  type ImportReport,
  type TagCount,
} from '../../../shared/annotations';
import type { Source } from '../../../shared/model';
import type { UiLocale } from '../../../shared/workspace';
import { clip } from './annotation-editor';
import { MarkdownView } from './markdown-view';
import { groupBySource, quoteOf } from './panel-model';
import './annotations.css';

export interface PanelFilters {
  readonly sourceId?: string;
  readonly color?: AnnotationColor;
  readonly tag?: string;
  readonly text?: string;
}

export interface AnnotationsPanelProps {
  readonly tab: 'all' | 'orphans';
  readonly onTab: (tab: 'all' | 'orphans') => void;
  readonly views: readonly AnnotationView[];
  readonly total: number;
  readonly orphanCount: number;
  readonly tags: readonly TagCount[];
  readonly filters: PanelFilters;
  readonly onFilters: (f: PanelFilters) => void;
  readonly sources: readonly Source[];
  readonly locale: UiLocale;
  readonly selected?: string;
  readonly reattaching?: string;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly message?: { readonly kind: 'info' | 'error'; readonly text: string };
  readonly importReport?: ImportReport;
  readonly exportFormat: AnnotationExportFormat;
  readonly exportButton: RefObject<HTMLButtonElement | null>;
  readonly importInput: RefObject<HTMLInputElement | null>;
  readonly onExportFormat: (f: AnnotationExportFormat) => void;
  readonly onExport: (f: AnnotationExportFormat) => void;
  readonly onImport: (file: File) => void;
  readonly onDismissReport: () => void;
  readonly onDismissMessage: () => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onGo: (view: AnnotationView) => void;
  readonly onEdit: (id: string) => void;
  readonly onDelete: (id: string) => void;
  readonly onAccept: (id: string) => void;
  readonly onReattach: (id: string) => void;
  readonly onCancelReattach: () => void;
}

/**
 * The Annotations side panel: undo and redo, All and Orphans, filters (source, colour, tag,
 * text), the list grouped by source in reading order, each annotation with its quote, status,
 * note and tags and its actions; export and import at the bottom.
 */
export function AnnotationsPanel(props: AnnotationsPanelProps): ReactNode {
  const { t } = useTranslation();
  const nf = new Intl.NumberFormat(props.locale);
  const titleOf = (id: string): string =>
    id === '' ? t('annotations.panel.onLink') : (props.sources.find((s) => s.id === id)?.title ?? id);
  const groups = groupBySource(props.views);
  const f = props.filters;
  const filtering = Boolean(f.sourceId || f.color || f.tag || f.text);
  return (
    <div className="annotations-panel">
      <div className="annotations-head">
        <div role="tablist" aria-label={t('annotations.panel.views')} className="annotations-tabs">
          {(['all', 'orphans'] as const).map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              id={`annotations-tab-${k}`}
              aria-selected={props.tab === k}
              aria-controls="annotations-list"
              onClick={() => props.onTab(k)}
            >
              {t(`annotations.panel.${k}`)} <span className="badge">{nf.format(k === 'all' ? props.total : props.orphanCount)}</span>
            </button>
          ))}
        </div>
        <span className="undo-buttons">
          <button
            type="button"
            onClick={props.onUndo}
            disabled={!props.canUndo}
            title={props.canUndo ? t('annotations.panel.undoHint') : undefined}
          >
            {t('annotations.panel.undo')}
          </button>
          <button
            type="button"
            onClick={props.onRedo}
            disabled={!props.canRedo}
            title={props.canRedo ? t('annotations.panel.redoHint') : undefined}
          >
            {t('annotations.panel.redo')}
          </button>
        </span>
      </div>
      {props.message ? (
        <p className={`annotations-message ${props.message.kind}`} role={props.message.kind === 'error' ? 'alert' : 'status'}>
          {props.message.text}{' '}
          <button type="button" className="link-button" onClick={props.onDismissMessage}>
            {t('annotations.exchange.dismiss')}
          </button>
        </p>
      ) : null}
      {props.reattaching ? (
        <p className="annotations-message info reattach-prompt" role="status">
          {t('annotations.panel.reattachPrompt')}{' '}
          <button type="button" className="link-button" onClick={props.onCancelReattach}>
            {t('annotations.panel.cancelReattach')}
          </button>
        </p>
      ) : null}
      {props.tab === 'all' ? <Filters {...props} /> : null}
      <div id="annotations-list" role="tabpanel" aria-labelledby={`annotations-tab-${props.tab}`} className="annotations-list">
        {groups.length === 0 ? (
          <p className="hint">
            {props.tab === 'orphans'
              ? t('annotations.panel.noOrphans')
              : filtering
                ? t('annotations.panel.noneMatch')
                : t('annotations.panel.empty')}
          </p>
        ) : (
          groups.map((g) => (
            <section
              key={g.sourceId}
              className="annotation-group"
              aria-label={t('annotations.panel.groupLabel', {
                title: titleOf(g.sourceId),
                count: g.views.length,
                formatted: nf.format(g.views.length),
              })}
            >
              <h3>
                <span className="title">{titleOf(g.sourceId)}</span> <span className="count">{nf.format(g.views.length)}</span>
              </h3>
              <ol>
                {g.views.map((v) => (
                  <Item key={v.annotation.id} view={v} {...props} />
                ))}
              </ol>
            </section>
          ))
        )}
      </div>
      <Exchange {...props} />
    </div>
  );
}

function Filters(props: AnnotationsPanelProps): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const f = props.filters;
  const set = (patch: Partial<PanelFilters>): void => props.onFilters({ ...f, ...patch });
  return (
    <div className="annotations-filters" role="group" aria-label={t('annotations.panel.filters')}>
      <div className="filter wide">
        <label htmlFor={`${id}-text`}>{t('annotations.panel.text')}</label>
        <input id={`${id}-text`} type="search" value={f.text ?? ''} onChange={(e) => set({ text: e.target.value || undefined })} />
      </div>
      <div className="filter">
        <label htmlFor={`${id}-source`}>{t('annotations.panel.source')}</label>
        <select id={`${id}-source`} value={f.sourceId ?? ''} onChange={(e) => set({ sourceId: e.target.value || undefined })}>
          <option value="">{t('annotations.panel.anySource')}</option>
          {props.sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-color`}>{t('annotations.panel.color')}</label>
        <select
          id={`${id}-color`}
          value={f.color ?? ''}
          onChange={(e) => set({ color: (e.target.value || undefined) as AnnotationColor | undefined })}
        >
          <option value="">{t('annotations.panel.anyColor')}</option>
          {ANNOTATION_COLORS.map((c) => (
            <option key={c} value={c}>
              {t(`annotations.colors.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-tag`}>{t('annotations.panel.tag')}</label>
        <select id={`${id}-tag`} value={f.tag ?? ''} onChange={(e) => set({ tag: e.target.value || undefined })}>
          <option value="">{t('annotations.panel.anyTag')}</option>
          {props.tags.map((tag) => (
            <option key={tag.tag} value={tag.tag}>
              #{tag.tag} ({tag.count})
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function Item(props: AnnotationsPanelProps & { view: AnnotationView }): ReactNode {
  const { t } = useTranslation();
  const { view } = props;
  const { annotation, anchor } = view;
  const ref = useRef<HTMLLIElement>(null);
  const isSelected = props.selected === annotation.id;
  useEffect(() => {
    if (isSelected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [isSelected]);
  const quote = quoteOf(view);
  const target = annotation.target;
  const what =
    target.kind === 'commitment' ? t('annotations.panel.onCommitment') : target.kind === 'link' ? t('annotations.panel.onLink') : '';
  const placed = anchor.kind === 'anchored' || anchor.kind === 'moved' || anchor.kind === 'changed';
  return (
    <li
      ref={ref}
      className={`annotation-item color-${annotation.body.color} status-${anchor.kind}${isSelected ? ' selected' : ''}`}
      data-annotation-id={annotation.id}
      aria-current={isSelected ? 'true' : undefined}
    >
      <span className="swatch-bar" aria-hidden="true" />
      <div className="item-body">
        {quote ? (
          placed ? (
            <button type="button" className="item-quote" onClick={() => props.onGo(view)}>
              <span className="visually-hidden">{t('annotations.panel.goTo')}: </span>“{clip(quote, 240)}”
            </button>
          ) : (
            <p className="item-quote orphan-quote">
              <span className="visually-hidden">{t('annotations.panel.quote')}: </span>“{clip(quote, 240)}”
            </p>
          )
        ) : (
          <p className="item-quote">{what}</p>
        )}
        {anchor.kind !== 'anchored' ? (
          <p className={`item-status status-${anchor.kind}`}>
            <strong>{t(`annotations.status.${anchor.kind}`)}</strong>
            {anchor.kind === 'moved' ? ` — ${t('annotations.status.movedHint')}` : null}
            {anchor.kind === 'changed' ? ` — ${t('annotations.status.changedHint')}` : null}
            {anchor.kind === 'orphaned' ? ` — ${t('annotations.status.orphanedHint')}` : null}
          </p>
        ) : null}
        {anchor.kind === 'changed' ? (
          <dl className="item-change">
            <dt>{t('annotations.panel.was')}</dt>
            <dd>
              <del>{clip(anchor.oldText, 400)}</del>
            </dd>
            <dt>{t('annotations.panel.now')}</dt>
            <dd>
              <ins>{clip(anchor.newText, 400)}</ins>
            </dd>
          </dl>
        ) : null}
        {anchor.kind === 'orphaned' ? (
          <p className="item-reason">
            {t('annotations.panel.reason')}: {anchor.reason}
          </p>
        ) : null}
        <MarkdownView source={annotation.body.note} className="markdown item-note" />
        {annotation.body.tags.length > 0 ? (
          <ul className="tag-chips" aria-label={t('annotations.editor.tags')}>
            {annotation.body.tags.map((tag) => (
              <li key={tag} className="tag-chip">
                #{tag}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="item-actions">
          {anchor.kind === 'changed' || anchor.kind === 'moved' ? (
            <button type="button" className="primary" onClick={() => props.onAccept(annotation.id)}>
              {anchor.kind === 'changed' ? t('annotations.panel.accept') : t('annotations.panel.acceptMoved')}
            </button>
          ) : null}
          {target.kind === 'passage' && anchor.kind !== 'anchored' ? (
            <button type="button" onClick={() => props.onReattach(annotation.id)} aria-pressed={props.reattaching === annotation.id}>
              {t('annotations.panel.reattach')}
            </button>
          ) : null}
          <button type="button" onClick={() => props.onEdit(annotation.id)}>
            {t('annotations.panel.edit')}
          </button>
          <button type="button" onClick={() => props.onDelete(annotation.id)}>
            {t('annotations.panel.delete')}
          </button>
        </div>
      </div>
    </li>
  );
}

function Exchange(props: AnnotationsPanelProps): ReactNode {
  const { t } = useTranslation();
  const report = props.importReport;
  return (
    <section className="annotations-exchange" aria-labelledby="annotations-exchange-title">
      <h3 id="annotations-exchange-title">{t('annotations.exchange.heading')}</h3>
      <div className="exchange-row">
        <label htmlFor="annotations-export-format">{t('annotations.exchange.format')}</label>
        <select
          id="annotations-export-format"
          value={props.exportFormat}
          onChange={(e) => props.onExportFormat(e.target.value as AnnotationExportFormat)}
        >
          {(['jsonld', 'md', 'csv'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`annotations.exchange.formats.${f}`)}
            </option>
          ))}
        </select>
        <button ref={props.exportButton} type="button" onClick={() => props.onExport(props.exportFormat)}>
          {t('annotations.exchange.export')}
        </button>
        <button type="button" id="annotations-import-button" onClick={() => props.importInput.current?.click()}>
          {t('annotations.exchange.import')}
        </button>
        <input
          ref={props.importInput}
          type="file"
          accept=".jsonld,.json,application/ld+json,application/json"
          hidden
          aria-hidden="true"
          tabIndex={-1}
          data-testid="annotations-import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) props.onImport(file);
          }}
        />
      </div>
      {report ? (
        <div className="import-report" role="status">
          <p>
            {t('annotations.exchange.report', { imported: report.imported, duplicates: report.duplicates, skipped: report.skipped.length })}
          </p>
          {report.skipped.length > 0 ? (
            <ul>
              {report.skipped.map((s) => (
                <li key={s.index}>{t('annotations.exchange.skippedItem', { index: s.index + 1, reason: s.reason })}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="link-button" onClick={props.onDismissReport}>
            {t('annotations.exchange.dismiss')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
