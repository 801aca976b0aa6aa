import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReaderApi } from '../../../shared/contract';
import type { ReportFormat, ReportLang, ReportOptions } from '../../../shared/report';
import type { UiLocale } from '../../../shared/workspace';
import { formatIsoDate } from '../i18n';
import { formatSize, toggleId, type ExportChoices } from './export-choices';
import { trapTab } from './focus-trap';
import { useReportExport, type ExportError, type ExportRun, type PreviewState } from './use-report-export';
import './export-dialog.css';

/**
 * File › Export report…: the choices (format, sources, themes, annotations, curation notes, the
 * headings' language), a live preview of the HTML report in a sandboxed frame, and the export
 * itself with its progress, Cancel, and the saved file's size and SHA-256 for the archivist to
 * note. A modal dialog: labelled, Tab kept inside, Escape closes (cancelling a running export).
 */
export function ExportDialog(props: { api: ReaderApi; open: boolean; locale: UiLocale; onClose: () => void }): ReactNode {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const state = useReportExport(props.api, props.open, props.locale);
  const { options, choices, setChoices, run } = state;
  const running = run.kind === 'running' || run.kind === 'saving';

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) d.showModal();
    if (!props.open && d.open) d.close();
  }, [props.open]);

  // Once the choices are shown, the focus starts on the chosen format (not on Close).
  const focused = useRef(false);
  useEffect(() => {
    if (!props.open) {
      focused.current = false;
      return;
    }
    if (focused.current || options.kind !== 'ready' || !choices) return;
    focused.current = true;
    ref.current?.querySelector<HTMLInputElement>('input[name="export-format"]:checked')?.focus();
  }, [props.open, options.kind, choices]);

  const close = (): void => {
    state.stopAll();
    props.onClose();
  };

  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby="export-title"
      aria-describedby="export-intro"
      onClose={() => {
        if (props.open) close();
      }}
      onKeyDown={(e) => {
        if (ref.current) trapTab(e, ref.current);
      }}
    >
      <header className="export-head">
        <h2 id="export-title">{t('export.title')}</h2>
        <button type="button" onClick={close}>
          {running ? t('export.closeRunning') : t('export.close')}
        </button>
      </header>
      <p id="export-intro" className="export-intro">
        {t('export.intro')}
      </p>
      {options.kind === 'loading' ? <p aria-live="polite">{t('reader.loading')}</p> : null}
      {options.kind === 'error' ? (
        <div role="alert" className="export-error">
          <p>{t('export.errors.failed', { message: options.message })}</p>
          <button type="button" onClick={state.reloadOptions}>
            {t('errors.retry')}
          </button>
        </div>
      ) : null}
      {options.kind === 'ready' && choices ? (
        <>
          <div className="export-body">
            <form
              className="export-form"
              id="export-form"
              aria-label={t('export.title')}
              onSubmit={(e) => {
                e.preventDefault();
                if (!running) state.start();
              }}
            >
              <Choices options={options.value} choices={choices} locale={props.locale} disabled={running} onChange={setChoices} />
            </form>
            <Preview state={state.preview} />
          </div>
          <footer className="export-foot">
            <Outcome run={run} problem={state.problem} locale={props.locale} />
            <div className="export-actions">
              {running ? (
                <button type="button" onClick={state.cancel} disabled={run.kind === 'saving'}>
                  {t('export.cancel')}
                </button>
              ) : null}
              <button
                type="submit"
                form="export-form"
                className="primary"
                disabled={running}
                aria-describedby={state.problem ? 'export-problem' : undefined}
              >
                {run.kind === 'done' ? t('export.again') : t('export.export')}
              </button>
            </div>
          </footer>
        </>
      ) : null}
    </dialog>
  );
}

function Choices(props: {
  options: ReportOptions;
  choices: ExportChoices;
  locale: UiLocale;
  disabled: boolean;
  onChange: (update: (c: ExportChoices) => ExportChoices) => void;
}): ReactNode {
  const { t } = useTranslation();
  const { options, choices, onChange, locale } = props;
  const id = useId();
  const allSources = options.sources.map((s) => s.id);
  const allThemes = options.themes.map((th) => th.id);
  const languageName = (l: ReportLang): string => new Intl.DisplayNames([locale], { type: 'language' }).of(l) ?? l;
  const collator = new Intl.Collator(locale);
  // Themes listed by their label in the interface language, so they can be found by eye.
  const themes = [...options.themes].sort((a, b) => collator.compare(a.labels[locale], b.labels[locale]));
  return (
    <>
      <fieldset className="export-formats" disabled={props.disabled}>
        <legend>{t('export.format')}</legend>
        {options.formats.map((f: ReportFormat) => (
          <label key={f} className="export-format">
            <input
              type="radio"
              name="export-format"
              value={f}
              checked={choices.format === f}
              onChange={() => onChange((c) => ({ ...c, format: f }))}
              aria-describedby={`${id}-hint-${f}`}
            />
            <span className="export-format-name">{t(`export.formats.${f}`)}</span>
            <span className="hint" id={`${id}-hint-${f}`}>
              {t(`export.formatHints.${f}`)}
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="export-sources" disabled={props.disabled} aria-describedby={`${id}-sources-hint`}>
        <legend>{t('export.sources')}</legend>
        <p className="hint" id={`${id}-sources-hint`}>
          {t('export.sourcesHint')}
        </p>
        {options.sources.map((s) => (
          <label key={s.id} className="export-check">
            <input
              type="checkbox"
              checked={choices.sources.includes(s.id)}
              onChange={(e) => {
                const on = e.target.checked;
                onChange((c) => ({ ...c, sources: toggleId(c.sources, s.id, on, allSources) }));
              }}
            />
            <span>
              {s.title}{' '}
              <span className="hint">
                ({formatIsoDate(s.date, locale)} · {t(`sources.role.${s.role}`)})
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="export-themes" disabled={props.disabled}>
        <legend>{t('export.themes')}</legend>
        <div className="export-themes-bar">
          <span className="hint" aria-live="polite">
            {t('export.themesCount', { selected: choices.themes.length, total: allThemes.length })}
          </span>
          <button type="button" onClick={() => onChange((c) => ({ ...c, themes: allThemes }))}>
            {t('export.all')}
          </button>
          <button type="button" onClick={() => onChange((c) => ({ ...c, themes: [] }))}>
            {t('export.none')}
          </button>
        </div>
        <div className="export-theme-list">
          {themes.map((th) => (
            <label key={th.id} className="export-check" title={th.descriptions?.[locale] ?? th.description}>
              <input
                type="checkbox"
                checked={choices.themes.includes(th.id)}
                onChange={(e) => {
                  const on = e.target.checked;
                  onChange((c) => ({ ...c, themes: toggleId(c.themes, th.id, on, allThemes) }));
                }}
              />
              <span>{th.labels[locale]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="export-content" disabled={props.disabled}>
        <legend>{t('export.content')}</legend>
        <label className="export-check">
          <input
            type="checkbox"
            checked={choices.annotations}
            onChange={(e) => {
              const on = e.target.checked;
              onChange((c) => ({ ...c, annotations: on }));
            }}
          />
          <span>{t('export.annotations')}</span>
        </label>
        <label className="export-check">
          <input
            type="checkbox"
            checked={choices.curationNotes}
            aria-describedby={`${id}-curation-hint`}
            onChange={(e) => {
              const on = e.target.checked;
              onChange((c) => ({ ...c, curationNotes: on }));
            }}
          />
          <span>
            {t('export.curationNotes')}{' '}
            <span className="hint" id={`${id}-curation-hint`}>
              {t('export.curationHint')}
            </span>
          </span>
        </label>
        <label className="export-lang">
          <span>{t('export.lang')}</span>
          <select
            value={choices.lang}
            aria-describedby={`${id}-lang-hint`}
            onChange={(e) => {
              const lang = e.target.value as ReportLang;
              onChange((c) => ({ ...c, lang }));
            }}
          >
            {options.langs.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
          <span className="hint" id={`${id}-lang-hint`}>
            {t('export.langHint')}
          </span>
        </label>
      </fieldset>
    </>
  );
}

/**
 * The HTML report in a frame with an empty `sandbox`: no script, no same origin, no forms, no
 * navigation of the app. The report has no script and its own CSP anyway; this keeps it so.
 */
function Preview(props: { state: PreviewState }): ReactNode {
  const { t } = useTranslation();
  const s = props.state;
  const html = s.kind === 'ready' ? s.html : s.kind === 'loading' || s.kind === 'failed' ? s.html : undefined;
  return (
    <section className="export-preview" aria-labelledby="export-preview-title" aria-busy={s.kind === 'loading'}>
      <h3 id="export-preview-title">{t('export.preview')}</h3>
      <div className="export-preview-status" role="status">
        {s.kind === 'loading' ? (
          <>
            {t('export.previewLoading')} <progress max={1} value={s.fraction} aria-label={t('export.previewLoading')} />
          </>
        ) : s.kind === 'idle' ? (
          t('export.previewStale')
        ) : null}
      </div>
      {s.kind === 'failed' ? (
        <p className="export-error" role="alert">
          {t('export.previewFailed', { message: errorText(s.error, t) })}
        </p>
      ) : null}
      {html !== undefined ? (
        <iframe className="export-frame" sandbox="" srcDoc={html} title={t('export.previewFrame')} />
      ) : (
        <div className="export-frame export-frame-empty" />
      )}
    </section>
  );
}

function errorText(error: ExportError, t: (key: string, values?: Record<string, unknown>) => string): string {
  switch (error.kind) {
    case 'no-source':
      return t('export.errors.noSource');
    case 'no-theme':
      return t('export.errors.noTheme');
    case 'conflict':
      return t('export.errors.conflict');
    case 'network':
      return t('export.errors.network');
    case 'mismatch':
      return t('export.errors.mismatch');
    case 'bad-input':
      return t('export.errors.badInput', { message: error.message });
    case 'failed':
      return t('export.errors.failed', { message: error.message });
  }
}

/** Progress while the export runs; then what was saved (name, size, SHA-256), or why not. */
function Outcome(props: { run: ExportRun; problem: ExportError | undefined; locale: UiLocale }): ReactNode {
  const { t } = useTranslation();
  const { run, problem } = props;
  if (problem) {
    return (
      <p id="export-problem" className="export-error" role="alert">
        {errorText(problem, t)}
      </p>
    );
  }
  switch (run.kind) {
    case 'idle':
      return <div className="export-outcome" />;
    case 'running': {
      const fraction = run.job?.fraction ?? 0;
      const stage = t(`export.stage.${run.job?.stage ?? 'loading'}`);
      const percent = new Intl.NumberFormat(props.locale, { style: 'percent' }).format(fraction);
      return (
        <div className="export-outcome export-running">
          <label htmlFor="export-progress">{t('export.percent', { stage, percent })}</label>
          <progress id="export-progress" max={1} value={fraction} aria-valuetext={`${stage}, ${percent}`} />
        </div>
      );
    }
    case 'saving':
      return (
        <div className="export-outcome" role="status">
          {t('export.saving')}
        </div>
      );
    case 'cancelled':
      return (
        <div className="export-outcome" role="status">
          {t('export.cancelled')}
        </div>
      );
    case 'failed':
      return (
        <p className="export-outcome export-error" role="alert">
          {errorText(run.error, t)}
        </p>
      );
    case 'done': {
      const nf = new Intl.NumberFormat(props.locale);
      return (
        <div className="export-outcome export-done" role="status">
          <p>
            {t('export.done', { fileName: run.file.fileName })} {t('export.doneDetail')}
          </p>
          <dl>
            <dt>{t('export.fileName')}</dt>
            <dd>
              <code>{run.file.fileName}</code>
            </dd>
            <dt>{t('export.size')}</dt>
            <dd>{t('export.bytes', { size: formatSize(run.file.bytes, props.locale), bytes: nf.format(run.file.bytes) })}</dd>
            <dt>{t('export.sha256')}</dt>
            <dd>
              <code className="export-hash">{run.file.sha256}</code>
            </dd>
          </dl>
        </div>
      );
    }
  }
}
