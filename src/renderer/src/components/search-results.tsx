import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/model';
import type { SearchHit, SearchResponse } from '../../../shared/search';
import type { UiLocale } from '../../../shared/workspace';
import { groupResults, visibleResponse, type SearchState } from '../search/search-view';
import { InlineText } from './inline-text';

/** The result list: grouped by source with counts; a click opens the hit in its pane, linked panes follow. */
export function SearchResults(props: {
  state: SearchState;
  sources: readonly Source[];
  locale: UiLocale;
  onOpen: (hit: SearchHit) => void;
  /** A group of another kind shown above the sources' (the annotations' own group). */
  extra?: (response: SearchResponse) => ReactNode;
}): ReactNode {
  const { t } = useTranslation();
  const response = visibleResponse(props.state);
  const nf = new Intl.NumberFormat(props.locale);
  if (props.state.kind === 'idle') return <p className="hint">{t('search.idle')}</p>;
  if (props.state.kind === 'error') return <p className="hint">{t('search.noResultsBecause')}</p>;
  if (!response) return <p className="hint">{t('search.searching')}</p>;
  const groups = groupResults(response);
  const extra = props.extra?.(response);
  if (groups.length === 0 && !extra) return <p className="hint">{t('search.none', { query: response.query })}</p>;
  return (
    <div className="search-results" aria-busy={props.state.kind === 'searching'}>
      {extra}
      {groups.map((g) => {
        const title = props.sources.find((s) => s.id === g.sourceId)?.title ?? g.sourceId;
        return (
          <section
            key={g.sourceId}
            className="result-group"
            aria-label={t('search.groupLabel', { title, count: g.count, formatted: nf.format(g.count) })}
          >
            <h3>
              <span className="title">{title}</span> <span className="count">{nf.format(g.count)}</span>
            </h3>
            <ul>
              {g.hits.map((hit) => (
                <li key={hit.blockId}>
                  <button type="button" className="result" data-block-id={hit.blockId} onClick={() => props.onOpen(hit)}>
                    <span className="snippet" lang={hit.lang === 'und' ? undefined : hit.lang}>
                      <InlineText
                        text={hit.snippet.text}
                        marks={[]}
                        decorations={hit.snippet.highlights.map((h) => ({ start: h.start, end: h.end, className: 'hit' }))}
                      />
                    </span>
                    <span className="result-meta">
                      <span className="lang">{hit.lang.toUpperCase()}</span>
                      {hit.matchedVia !== 'direct' ? <span className="via">{t(`search.via.${hit.matchedVia}`)}</span> : null}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {g.hits.length < g.count ? <p className="hint">{t('search.more', { count: g.count - g.hits.length })}</p> : null}
          </section>
        );
      })}
    </div>
  );
}
