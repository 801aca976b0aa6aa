import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONCEPT_LANGS, type Concept, type ConceptLang } from '../../../shared/codebook';
import { parseTerms, themeIdFrom } from './codebook-edits';
import type { CompareController } from './use-compare';

/**
 * The codebook of themes, which the user may edit: rename a theme in each language, describe it,
 * add or remove its cue terms per language, add a theme of one's own (and remove it), reset a
 * theme or everything. Each edit goes through `updateCodebook`; extraction and comparison run
 * again with it.
 */
export function CodebookEditor({ controller: ctl }: { controller: CompareController }): ReactNode {
  const { t } = useTranslation();
  const view = ctl.codebook;
  const themes = (view?.codebook.concepts ?? []).filter((c) => c.theme);
  const [current, setCurrent] = useState<string>();
  const [confirmReset, setConfirmReset] = useState(false);
  const concept = themes.find((c) => c.id === current) ?? themes[0];
  if (!view) return <p className="hint">{t('compare.loading')}</p>;
  return (
    <div className="codebook-editor">
      <p className="hint">{t('compare.codebook.intro')}</p>
      <div className="codebook-grid">
        <nav className="codebook-themes" aria-label={t('compare.codebook.themes')}>
          <ul>
            {themes.map((c) => (
              <li key={c.id}>
                <button type="button" aria-current={c.id === concept?.id ? 'true' : undefined} onClick={() => setCurrent(c.id)}>
                  {ctl.names.theme(c.id)}
                  {view.edited.includes(c.id) ? (
                    <span className="edited-mark">
                      <span aria-hidden="true"> *</span>
                      <span className="visually-hidden"> ({t('compare.codebook.edited')})</span>
                    </span>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
          <AddTheme controller={ctl} onAdded={setCurrent} />
          {view.edited.length > 0 ? (
            confirmReset ? (
              <p className="confirm-reset" role="group" aria-label={t('compare.codebook.resetAll')}>
                {t('compare.codebook.resetAllConfirm')}{' '}
                <button
                  type="button"
                  className="reject"
                  disabled={ctl.busy}
                  onClick={() => void ctl.editCodebook({ op: 'reset' }, t('compare.done.codebookReset')).then(() => setConfirmReset(false))}
                >
                  {t('compare.codebook.resetAllYes')}
                </button>{' '}
                <button type="button" onClick={() => setConfirmReset(false)}>
                  {t('compare.addLink.cancel')}
                </button>
              </p>
            ) : (
              <button type="button" onClick={() => setConfirmReset(true)}>
                {t('compare.codebook.resetAll')}
              </button>
            )
          ) : null}
        </nav>
        {concept ? (
          <ThemeForm
            key={concept.id}
            concept={concept}
            edited={view.edited.includes(concept.id)}
            userTheme={view.overlay.added.some((c) => c.id === concept.id)}
            controller={ctl}
            onRemoved={() => setCurrent(undefined)}
          />
        ) : null}
      </div>
    </div>
  );
}

function ThemeForm(props: {
  concept: Concept;
  edited: boolean;
  userTheme: boolean;
  controller: CompareController;
  onRemoved: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const { concept: c, controller: ctl } = props;
  const [labels, setLabels] = useState<Record<ConceptLang, string>>({ ...c.labels });
  // Shown in the interface's language; what the user writes replaces it in every language.
  const shownDescription = ctl.names.themeDescription(c.id) || c.description;
  const [description, setDescription] = useState(shownDescription);
  const ids = { description: useId(), en: useId(), fr: useId(), nl: useId() };
  useEffect(() => {
    setLabels({ ...c.labels });
    setDescription(shownDescription);
  }, [c, shownDescription]);
  const changedLabels = CONCEPT_LANGS.filter((l) => labels[l].trim() !== '' && labels[l].trim() !== c.labels[l]);
  const saveLabels = async (): Promise<void> => {
    for (const lang of changedLabels)
      if (!(await ctl.editCodebook({ op: 'rename', id: c.id, lang, label: labels[lang].trim() }, t('compare.done.renamed')))) return;
  };
  return (
    <section className="theme-form" aria-labelledby="codebook-theme-title">
      <h3 id="codebook-theme-title">
        {ctl.names.theme(c.id)} <code className="theme-id">{c.id}</code>
        {props.edited ? <span className="edited-badge">{t('compare.codebook.edited')}</span> : null}
      </h3>
      <fieldset>
        <legend>{t('compare.codebook.labels')}</legend>
        {CONCEPT_LANGS.map((lang) => (
          <div key={lang} className="form-row">
            <label htmlFor={ids[lang]}>{t(`lang.${lang}`)}</label>
            <input id={ids[lang]} lang={lang} value={labels[lang]} onChange={(e) => setLabels((l) => ({ ...l, [lang]: e.target.value }))} />
          </div>
        ))}
        <button type="button" disabled={changedLabels.length === 0 || ctl.busy} onClick={() => void saveLabels()}>
          {t('compare.codebook.saveLabels')}
        </button>
      </fieldset>
      <div className="form-row column">
        <label htmlFor={ids.description}>{t('compare.codebook.description')}</label>
        <textarea
          id={ids.description}
          rows={3}
          value={description}
          aria-describedby={`${ids.description}-hint`}
          onChange={(e) => setDescription(e.target.value)}
        />
        <p id={`${ids.description}-hint`} className="hint">
          {t('compare.codebook.descriptionHint')}
        </p>
        <button
          type="button"
          disabled={description === shownDescription || ctl.busy}
          onClick={() => void ctl.editCodebook({ op: 'describe', id: c.id, description }, t('compare.done.described'))}
        >
          {t('compare.codebook.saveDescription')}
        </button>
      </div>
      {CONCEPT_LANGS.map((lang) => (
        <TermsEditor key={lang} concept={c} lang={lang} controller={ctl} />
      ))}
      <div className="form-row">
        {props.edited && !props.userTheme ? (
          <button
            type="button"
            disabled={ctl.busy}
            onClick={() => void ctl.editCodebook({ op: 'reset', id: c.id }, t('compare.done.themeReset', { label: ctl.names.theme(c.id) }))}
          >
            {t('compare.codebook.resetTheme')}
          </button>
        ) : null}
        {props.userTheme ? (
          <button
            type="button"
            className="reject"
            disabled={ctl.busy}
            onClick={() =>
              void ctl.editCodebook({ op: 'remove-theme', id: c.id }, t('compare.done.themeRemoved')).then((ok) => {
                if (ok) props.onRemoved();
              })
            }
          >
            {t('compare.codebook.removeTheme')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

/** One language's cue terms: each removable, new ones added from a field (several at once, comma-separated). */
function TermsEditor({
  concept: c,
  lang,
  controller: ctl,
}: {
  concept: Concept;
  lang: ConceptLang;
  controller: CompareController;
}): ReactNode {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const id = useId();
  const language = t(`lang.${lang}`);
  const add = (): void => {
    const terms = parseTerms(input).filter((x) => !c.terms[lang].includes(x));
    if (terms.length === 0) return;
    void ctl.editCodebook({ op: 'add-terms', id: c.id, lang, terms }, t('compare.done.termsAdded', { count: terms.length })).then((ok) => {
      if (ok) setInput('');
    });
  };
  return (
    <fieldset className="terms">
      <legend>{t('compare.codebook.terms', { lang: language })}</legend>
      <ul className="term-chips" lang={lang}>
        {c.terms[lang].map((term) => (
          <li key={term} className="chip">
            {term}
            <button
              type="button"
              className="chip-remove"
              disabled={ctl.busy}
              aria-label={t('compare.codebook.removeTerm', { term, lang: language })}
              title={t('compare.codebook.removeTerm', { term, lang: language })}
              onClick={() =>
                void ctl.editCodebook({ op: 'remove-terms', id: c.id, lang, terms: [term] }, t('compare.done.termRemoved', { term }))
              }
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="form-row">
        <label htmlFor={id} className="visually-hidden">
          {t('compare.codebook.newTerms', { lang: language })}
        </label>
        <input
          id={id}
          lang={lang}
          value={input}
          placeholder={t('compare.codebook.newTerms', { lang: language })}
          onChange={(e) => setInput(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" disabled={parseTerms(input).length === 0 || ctl.busy} onClick={add}>
          {t('compare.codebook.addTerms')}
        </button>
      </div>
    </fieldset>
  );
}

/** A theme of the user's own: labels in the three languages (the id comes from the English one), a description, first terms. */
function AddTheme({ controller: ctl, onAdded }: { controller: CompareController; onAdded: (id: string) => void }): ReactNode {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [labels, setLabels] = useState<Record<ConceptLang, string>>({ en: '', fr: '', nl: '' });
  const [terms, setTerms] = useState('');
  const ids = { en: useId(), fr: useId(), nl: useId(), terms: useId() };
  const id = themeIdFrom(labels.en);
  const ready = id !== '' && CONCEPT_LANGS.every((l) => labels[l].trim() !== '');
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        <span aria-hidden="true">+ </span>
        {t('compare.codebook.addTheme')}
      </button>
    );
  return (
    <form
      className="add-theme"
      aria-label={t('compare.codebook.addTheme')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        const list = parseTerms(terms);
        void ctl
          .editCodebook(
            {
              op: 'add-theme',
              id,
              labels: { en: labels.en.trim(), fr: labels.fr.trim(), nl: labels.nl.trim() },
              ...(list.length > 0 ? { terms: { en: list, fr: list, nl: list } } : {}),
            },
            t('compare.done.themeAdded', { label: labels.en.trim() }),
          )
          .then((ok) => {
            if (!ok) return;
            setOpen(false);
            setLabels({ en: '', fr: '', nl: '' });
            setTerms('');
            onAdded(id);
          });
      }}
    >
      {CONCEPT_LANGS.map((lang) => (
        <div key={lang} className="form-row column">
          <label htmlFor={ids[lang]}>{t('compare.codebook.labelIn', { lang: t(`lang.${lang}`) })}</label>
          <input id={ids[lang]} lang={lang} value={labels[lang]} onChange={(e) => setLabels((l) => ({ ...l, [lang]: e.target.value }))} />
        </div>
      ))}
      <div className="form-row column">
        <label htmlFor={ids.terms}>{t('compare.codebook.firstTerms')}</label>
        <input id={ids.terms} value={terms} onChange={(e) => setTerms(e.target.value)} />
      </div>
      <p className="hint">{id ? t('compare.codebook.newId', { id }) : t('compare.codebook.idHint')}</p>
      <button type="submit" className="primary" disabled={!ready || ctl.busy}>
        {t('compare.codebook.add')}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        {t('compare.addLink.cancel')}
      </button>
    </form>
  );
}
