import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceList } from '../../../shared/contract';
import type { Source } from '../../../shared/model';
import type { UiLocale } from '../../../shared/workspace';
import { formatIsoDate } from '../i18n';

/** The corpus: every source with the metadata a reader checks before citing it; a click opens it in a new pane. */
export function SourceListView(props: {
  list: SourceList;
  /** Sources shown in a pane now. */
  shownIds: ReadonlySet<string>;
  locale: UiLocale;
  onOpen: (sourceId: string) => void;
}): ReactNode {
  const { t } = useTranslation();
  const { list } = props;
  return (
    <nav className="source-list" aria-label={t('sources.heading')}>
      <h2>
        {t('sources.heading')} <span className="count">({t('sources.count', { count: list.sources.length })})</span>
      </h2>
      {list.manifest === 'inferred' ? <p className="hint">{t('sources.manifestInferred')}</p> : null}
      <ul>
        {list.sources.map((s) => (
          <li key={s.id}>
            <SourceCard source={s} locale={props.locale} selected={props.shownIds.has(s.id)} onOpen={props.onOpen} />
          </li>
        ))}
      </ul>
      {list.rejected.length > 0 ? (
        <section className="rejected" aria-label={t('sources.rejectedHeading')}>
          <h3>{t('sources.rejectedHeading')}</h3>
          <ul>
            {list.rejected.map((r) => (
              <li key={r.file}>
                <code>{r.file}</code>: {r.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </nav>
  );
}

function SourceCard(props: { source: Source; locale: UiLocale; selected: boolean; onOpen: (id: string) => void }): ReactNode {
  const { t } = useTranslation();
  const s = props.source;
  return (
    <button
      type="button"
      className={`source-card${props.selected ? ' selected' : ''}`}
      title={t('sources.open', { title: s.title })}
      data-source-id={s.id}
      onClick={() => props.onOpen(s.id)}
    >
      <span className="title">{s.title}</span>
      <span className="visually-hidden">{t('sources.openHint')}</span>
      {props.selected ? <span className="shown">{t('sources.shown')}</span> : null}
      <span className="meta">
        <span className={`role role-${s.role}`}>{t(`sources.role.${s.role}`)}</span>
        <span>{formatIsoDate(s.date, props.locale)}</span>
        <span>{s.languages.map((l) => l.toUpperCase()).join(' · ')}</span>
      </span>
      <span className="publisher">{s.publisher}</span>
      {s.dateConflict ? (
        <span className="warning" title={s.dateConflict}>
          ⚠ {t('sources.dateConflict')}: {s.dates?.map((d) => `${d.printed} (${d.lang?.toUpperCase() ?? '?'})`).join(' / ')}
        </span>
      ) : null}
      {s.integrity.kind === 'mismatch' ? <span className="warning">⚠ {t('sources.integrityMismatch')}</span> : null}
    </button>
  );
}
