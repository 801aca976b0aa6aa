import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationView } from '../../../shared/annotations';
import type { Source } from '../../../shared/model';
import type { AnnotationSearchHit } from '../../../shared/search';
import type { UiLocale } from '../../../shared/workspace';
import { InlineText } from '../components/inline-text';
import './annotations.css';

/**
 * "Your annotations" in the search results: the annotations whose note, tags or quote matched,
 * as their own group above the sources' hits. A click goes to the annotation's passage (or, for
 * an orphan, to it in the Annotations panel).
 */
export function AnnotationResults(props: {
  group: { readonly total: number; readonly hits: readonly AnnotationSearchHit[] };
  views: readonly AnnotationView[];
  sources: readonly Source[];
  locale: UiLocale;
  onOpen: (annotationId: string) => void;
}): ReactNode {
  const { t } = useTranslation();
  const nf = new Intl.NumberFormat(props.locale);
  const { total, hits } = props.group;
  return (
    <section
      className="result-group annotation-results"
      aria-label={t('annotations.search.groupLabel', { count: total, formatted: nf.format(total) })}
    >
      <h3>
        <span className="title">{t('annotations.search.group')}</span> <span className="count">{nf.format(total)}</span>
      </h3>
      <ul>
        {hits.map((hit) => {
          const view = props.views.find((v) => v.annotation.id === hit.annotationId);
          const color = view?.annotation.body.color ?? 'yellow';
          const title = props.sources.find((s) => s.id === hit.sourceId)?.title ?? hit.sourceId;
          return (
            <li key={hit.annotationId}>
              <button type="button" className="result" data-annotation-id={hit.annotationId} onClick={() => props.onOpen(hit.annotationId)}>
                <span className={`swatch-dot color-${color}`} aria-hidden="true" />
                <span className="snippet">
                  <InlineText
                    text={hit.snippet.text}
                    marks={[]}
                    decorations={hit.snippet.highlights.map((h) => ({ start: h.start, end: h.end, className: 'hit' }))}
                  />
                </span>
                {title ? (
                  <span className="result-meta">
                    <span className="source">{title}</span>
                    {view && view.anchor.kind !== 'anchored' ? (
                      <span className="via">{t(`annotations.status.${view.anchor.kind}`)}</span>
                    ) : null}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      {hits.length < total ? <p className="hint">{t('search.more', { count: total - hits.length })}</p> : null}
    </section>
  );
}
