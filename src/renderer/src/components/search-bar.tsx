import { forwardRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../../../shared/workspace';
import { visibleResponse, type SearchState } from '../search/search-view';
import { Icon } from './icons';

/**
 * The search box above the panes (Ctrl/Cmd+F): searches every source as you type, with the
 * switch for cross-language expansion. A query the engine cannot read is explained right under
 * the box, tied to it for screen readers, and nothing else is lost.
 */
export const SearchBar = forwardRef<
  HTMLInputElement,
  {
    query: string;
    expand: boolean;
    state: SearchState;
    locale: UiLocale;
    onQuery: (query: string) => void;
    onSubmit: () => void;
    onExpand: (expand: boolean) => void;
    onStep: (direction: 1 | -1) => void;
    onEscape: () => void;
  }
>(function SearchBar(props, ref): ReactNode {
  const { t } = useTranslation();
  const { state } = props;
  const response = visibleResponse(state);
  const nf = new Intl.NumberFormat(props.locale);
  const status =
    state.kind === 'searching'
      ? t('search.searching')
      : state.kind === 'ready'
        ? t('search.summary', {
            count: state.response.total,
            hits: nf.format(state.response.total),
            sources: nf.format(state.response.groups.filter((g) => g.count > 0).length),
          })
        : '';
  return (
    <form
      role="search"
      className="search-bar"
      aria-label={t('search.label')}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <div className="search-field">
        <Icon name="search" />
        <input
          ref={ref}
          id="search-input"
          type="search"
          value={props.query}
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          aria-invalid={state.kind === 'error' && state.problem.kind === 'query'}
          aria-describedby="search-status search-problem"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => props.onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              props.onEscape();
            }
          }}
        />
      </div>
      <label className="switch">
        <input type="checkbox" checked={props.expand} onChange={(e) => props.onExpand(e.target.checked)} />
        <span>{t('search.expand')}</span>
      </label>
      <span className="search-steps">
        <button
          type="button"
          className="icon-button"
          aria-label={t('search.previous')}
          title={`${t('search.previous')} (Shift+F3)`}
          disabled={!response || response.total === 0}
          onClick={() => props.onStep(-1)}
        >
          <Icon name="up" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('search.next')}
          title={`${t('search.next')} (F3)`}
          disabled={!response || response.total === 0}
          onClick={() => props.onStep(1)}
        >
          <Icon name="down" />
        </button>
      </span>
      <span id="search-status" className="search-status" role="status">
        {status}
      </span>
      <div id="search-problem" className="search-problem" role={state.kind === 'error' ? 'alert' : undefined}>
        {state.kind === 'error' ? (
          <>
            <strong>{state.problem.kind === 'query' ? t('search.badQuery') : t('search.unavailable')}</strong> {state.problem.message}
          </>
        ) : null}
        {state.kind === 'ready' && state.response.notices.length > 0 ? (
          <span className="search-notices">{state.response.notices.join(' ')}</span>
        ) : null}
      </div>
    </form>
  );
});
