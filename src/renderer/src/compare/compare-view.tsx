import { memo, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMITMENT_KINDS, type CommitmentKind, type ThemeStatus } from '../../../shared/commitments';
import type { Source } from '../../../shared/model';
import type { UiLocale } from '../../../shared/workspace';
import { Icon } from '../components/icons';
import { CodebookEditor } from './codebook-editor';
import { CompareSplit } from './compare-split';
import { DecisionsList } from './decisions-list';
import { excerpt } from './format';
import { MatrixTable } from './matrix-table';
import type { CompareSlots } from './slots';
import { ThemeDetail } from './theme-detail';
import { comparableSources, timelineOrder } from './timeline';
import type { CompareController, CompareTab } from './use-compare';
import { ALL } from './view-model';
import './compare.css';

const STATUSES: readonly ThemeStatus[] = ['in-all', 'carried', 'new', 'dropped', 'only-programme', 'absent'];

/**
 * The Compare view, beside the reading panes: the theme × source matrix → a theme → the
 * commitments of each source side by side with their links and word diffs → a click brings the
 * reading panes to the passage. Filters by theme, status, kind and source; the choice of compared
 * sources; the user's decisions (curation) and the codebook's editor in their own tabs.
 */
export function CompareView(props: {
  controller: CompareController;
  sources: readonly Source[];
  locale: UiLocale;
  slots?: CompareSlots;
}): ReactNode {
  const { t } = useTranslation();
  const ctl = props.controller;
  const tabs = useRef<HTMLDivElement>(null);
  const tabList: { id: CompareTab; label: string }[] = [
    { id: 'matrix', label: t('compare.tabs.matrix') },
    { id: 'decisions', label: t('compare.tabs.decisions', { count: ctl.curations?.curations.length ?? 0 }) },
    { id: 'codebook', label: t('compare.tabs.codebook') },
  ];
  return (
    <section className="compare-view" aria-labelledby="compare-title" data-loading={ctl.loading || undefined}>
      <header className="compare-header">
        <h2 id="compare-title">{t('compare.title')}</h2>
        <div
          ref={tabs}
          role="tablist"
          className="compare-tabs"
          aria-label={t('compare.tabs.label')}
          onKeyDown={(e) => {
            if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
            e.preventDefault();
            const i = tabList.findIndex((x) => x.id === ctl.tab);
            const next = tabList[(i + (e.key === 'ArrowRight' ? 1 : tabList.length - 1)) % tabList.length]!;
            ctl.setTab(next.id);
            requestAnimationFrame(() => tabs.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus());
          }}
        >
          {tabList.map((x) => (
            <button
              key={x.id}
              type="button"
              role="tab"
              id={`compare-tab-${x.id}`}
              aria-selected={ctl.tab === x.id}
              aria-controls="compare-body"
              tabIndex={ctl.tab === x.id ? 0 : -1}
              onClick={() => ctl.setTab(x.id)}
            >
              {x.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="icon-button compare-close"
          aria-label={t('compare.close')}
          title={t('compare.close')}
          onClick={() => ctl.setOpen(false)}
        >
          <Icon name="close" />
        </button>
      </header>
      {ctl.tab === 'matrix' ? (
        <>
          <SourceChooser controller={ctl} sources={props.sources} />
          <Filters controller={ctl} />
        </>
      ) : null}
      <SelectionBar controller={ctl} />
      <StatusLine controller={ctl} />
      <div id="compare-body" className="compare-body" role="tabpanel" aria-labelledby={`compare-tab-${ctl.tab}`}>
        {ctl.tab === 'decisions' ? (
          <DecisionsList controller={ctl} locale={props.locale} />
        ) : ctl.tab === 'codebook' ? (
          <CodebookEditor controller={ctl} />
        ) : ctl.chosen.length === 0 ? (
          <p className="hint">{t('compare.sources.none')}</p>
        ) : ctl.comparison ? (
          ctl.filters.theme === ALL ? (
            <MatrixTable comparison={ctl.comparison} controller={ctl} sources={props.sources} locale={props.locale} />
          ) : (
            <ThemeDetail
              comparison={ctl.comparison}
              controller={ctl}
              locale={props.locale}
              {...(props.slots ? { slots: props.slots } : {})}
            />
          )
        ) : ctl.error ? null : (
          <p className="hint" aria-live="polite">
            {t('compare.loading')}
          </p>
        )}
      </div>
    </section>
  );
}

/** Which sources are compared: the timeline from its baseline, the programme beside it; each can be added or left out. */
function SourceChooser({ controller: ctl, sources }: { controller: CompareController; sources: readonly Source[] }): ReactNode {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const candidates = comparableSources(sources);
  const chosen = new Set(ctl.chosen);
  const timeline = ctl.chosen.filter((s) => !ctl.names.isProgramme(s));
  const beside = ctl.chosen.filter((s) => ctl.names.isProgramme(s));
  return (
    <div className="source-chooser">
      <p className="timeline" aria-label={t('compare.sources.label')}>
        <span className="timeline-label">{t('compare.sources.compared')}</span>{' '}
        {timeline.map((s, i) => (
          <span key={s} className="timeline-step" title={ctl.names.sourceTitle(s)}>
            {i > 0 ? (
              <span className="arrow" aria-hidden="true">
                {' '}
                →{' '}
              </span>
            ) : null}
            {ctl.names.source(s)}
          </span>
        ))}
        {beside.length > 0 ? (
          <span className="timeline-beside">
            {' · '}
            {t('compare.sources.beside')}{' '}
            {beside.map((s) => (
              <span key={s} className="timeline-step" title={ctl.names.sourceTitle(s)}>
                {ctl.names.source(s)}
              </span>
            ))}
          </span>
        ) : null}{' '}
        <button type="button" className="link-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((v) => !v)}>
          {t('compare.sources.change')}
        </button>
      </p>
      {open ? (
        <fieldset id={id} className="source-choices">
          <legend>{t('compare.sources.choose')}</legend>
          {candidates.map((s) => (
            <label key={s.id}>
              <input
                type="checkbox"
                checked={chosen.has(s.id)}
                disabled={chosen.has(s.id) && chosen.size === 1}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(s.id);
                  else next.delete(s.id);
                  ctl.setChosen(timelineOrder(sources, next));
                }}
              />{' '}
              {ctl.names.source(s.id)} <span className="hint">— {s.title}</span>
            </label>
          ))}
          <p className="hint">{t('compare.sources.orderHint')}</p>
        </fieldset>
      ) : null}
    </div>
  );
}

/** Filters: theme (the matrix, or one theme in detail), status, kind, source, curated only. */
function Filters({ controller: ctl }: { controller: CompareController }): ReactNode {
  const { t } = useTranslation();
  const { filters, names } = ctl;
  const ids = { theme: useId(), status: useId(), kind: useId(), source: useId(), curated: useId() };
  const themes = ctl.comparison?.themes.map((r) => r.theme) ?? [];
  return (
    <div className="compare-filters" role="group" aria-label={t('compare.filters.label')}>
      <span className="filter">
        <label htmlFor={ids.theme}>{t('compare.filters.theme')}</label>
        <select id={ids.theme} value={filters.theme} onChange={(e) => ctl.setFilters({ theme: e.target.value })}>
          <option value={ALL}>{t('compare.filters.allThemes')}</option>
          {themes.map((id) => (
            <option key={id} value={id}>
              {names.theme(id)}
            </option>
          ))}
        </select>
      </span>
      <span className="filter">
        <label htmlFor={ids.status}>{t('compare.filters.status')}</label>
        <select id={ids.status} value={filters.status} onChange={(e) => ctl.setFilters({ status: e.target.value as ThemeStatus | 'all' })}>
          <option value={ALL}>{t('compare.filters.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {names.status(s)}
            </option>
          ))}
        </select>
      </span>
      <span className="filter">
        <label htmlFor={ids.kind}>{t('compare.filters.kind')}</label>
        <select id={ids.kind} value={filters.kind} onChange={(e) => ctl.setFilters({ kind: e.target.value as CommitmentKind | 'all' })}>
          <option value={ALL}>{t('compare.filters.any')}</option>
          {COMMITMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {names.kind(k)}
            </option>
          ))}
        </select>
      </span>
      <span className="filter">
        <label htmlFor={ids.source}>{t('compare.filters.source')}</label>
        <select id={ids.source} value={filters.source} onChange={(e) => ctl.setFilters({ source: e.target.value })}>
          <option value={ALL}>{t('compare.filters.allSources')}</option>
          {ctl.chosen.map((s) => (
            <option key={s} value={s}>
              {names.source(s)}
            </option>
          ))}
        </select>
      </span>
      <span className="filter check">
        <input
          id={ids.curated}
          type="checkbox"
          checked={filters.curatedOnly}
          onChange={(e) => ctl.setFilters({ curatedOnly: e.target.checked })}
        />
        <label htmlFor={ids.curated}>{t('compare.filters.curatedOnly')}</label>
      </span>
    </div>
  );
}

/** A passage selected in a reading pane: mark it as a commitment, or say the commitments in it are none. */
function SelectionBar({ controller: ctl }: { controller: CompareController }): ReactNode {
  const { t } = useTranslation();
  const [kind, setKind] = useState<CommitmentKind | ''>('');
  const id = useId();
  const sel = ctl.selection;
  if (!sel) return null;
  const inside = (ctl.comparison?.commitments ?? []).filter(
    (c) => c.sourceId === sel.sourceId && c.blockId === sel.blockId && c.range.start < sel.end && sel.start < c.range.end,
  );
  return (
    <div className="selection-bar" role="group" aria-label={t('compare.selection.label')}>
      <p>
        {t('compare.selection.text', { source: ctl.names.source(sel.sourceId) })} <q>{excerpt(sel.text, 120)}</q>
      </p>
      <div className="selection-actions">
        <label htmlFor={id}>{t('compare.selection.kind')}</label>
        <select id={id} value={kind} onChange={(e) => setKind(e.target.value as CommitmentKind | '')}>
          <option value="">{t('compare.selection.asRead')}</option>
          {COMMITMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {ctl.names.kind(k)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="primary"
          disabled={ctl.busy}
          onClick={() =>
            void ctl.curate(
              {
                type: 'mark-commitment',
                sourceId: sel.sourceId,
                blockId: sel.blockId,
                start: sel.start,
                end: sel.end,
                ...(kind ? { kind } : {}),
              },
              t('compare.done.marked'),
            )
          }
        >
          {t('compare.selection.mark')}
        </button>
        {inside.map((c) => (
          <button
            key={c.id}
            type="button"
            className="reject"
            disabled={ctl.busy}
            onClick={() => void ctl.curate({ type: 'not-commitment', commitment: c.id }, t('compare.done.notCommitment'))}
          >
            {t('compare.selection.notCommitment', { text: excerpt(c.text, 40) })}
          </button>
        ))}
      </div>
    </div>
  );
}

/** What is happening: the comparison being computed, a failure with a retry, the last decision with Undo. */
function StatusLine({ controller: ctl }: { controller: CompareController }): ReactNode {
  const { t } = useTranslation();
  const n = ctl.notice;
  return (
    <div className="compare-status" role="status" aria-live="polite">
      {ctl.loading && ctl.comparison ? <p className="updating">{t('compare.updating')}</p> : null}
      {ctl.error ? (
        <p className="error">
          {t('compare.failed', { message: ctl.error })}{' '}
          <button type="button" onClick={ctl.reload}>
            {t('errors.retry')}
          </button>
        </p>
      ) : null}
      {n ? (
        <p className={n.kind === 'error' ? 'error' : 'done'}>
          {n.message}{' '}
          {n.kind === 'done' && n.decisionId ? (
            <button type="button" disabled={ctl.busy} onClick={() => void ctl.withdraw(n.decisionId!, t('compare.done.undone'))}>
              {t('compare.undo')}
            </button>
          ) : null}{' '}
          <button
            type="button"
            className="icon-button"
            aria-label={t('errors.dismiss')}
            title={t('errors.dismiss')}
            onClick={ctl.dismissNotice}
          >
            <Icon name="close" size={14} />
          </button>
        </p>
      ) : null}
    </div>
  );
}

/** The toolbar's button that shows or hides the Compare view (Ctrl/⌘+Shift+K, View › Compare in Electron). */
export function CompareToggle({ controller: ctl }: { controller: CompareController }): ReactNode {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="compare-toggle"
      aria-pressed={ctl.open}
      title={t('compare.toolbarHint')}
      onClick={() => ctl.setOpen(!ctl.open)}
    >
      {t('compare.toolbar')}
    </button>
  );
}

/**
 * What the app mounts between the side panel and the reading panes: nothing while the view is
 * closed, else the view and its separator. `slots` lets other views add actions to its cards.
 */
export const CompareSlot = memo(function CompareSlot(props: {
  controller: CompareController;
  sources: readonly Source[];
  locale: UiLocale;
  slots?: CompareSlots;
}): ReactNode {
  if (!props.controller.open) return null;
  return <CompareSplit view={<CompareView {...props} />} />;
});
