import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IngestedDocument, Source } from '../../../shared/model';
import type { UiLocale } from '../../../shared/workspace';
import type { Load } from '../load';
import { formatReasons } from '../related/format-reason';
import type { Passage, RelatedResult } from '../related/related-passages';

/** The last passage followed, and what each source offers as related, best first, with the reasons. */
export type RelatedState =
  | { readonly kind: 'none' }
  | { readonly kind: 'finding'; readonly passage: Passage }
  | { readonly kind: 'done'; readonly passage: Passage; readonly result: RelatedResult };

const PER_SOURCE = 4;

export function RelatedPanel(props: {
  state: RelatedState;
  sources: readonly Source[];
  docs: ReadonlyMap<string, Load<IngestedDocument>>;
  locale: UiLocale;
  onOpen: (sourceId: string, blockId: string) => void;
}): ReactNode {
  const { t } = useTranslation();
  const { state } = props;
  if (state.kind === 'none') return <p className="hint">{t('related.idle')}</p>;
  const textOf = (sourceId: string, blockId: string): string => {
    const d = props.docs.get(sourceId);
    return d?.kind === 'ready' ? (d.value.blocks.find((b) => b.id === blockId)?.text ?? '') : '';
  };
  const titleOf = (sourceId: string): string => props.sources.find((s) => s.id === sourceId)?.title ?? sourceId;
  return (
    <div className="related-panel">
      <figure className="passage">
        <figcaption>{t('related.selected', { title: titleOf(state.passage.sourceId) })}</figcaption>
        <blockquote lang={state.passage.lang === 'und' ? undefined : state.passage.lang}>{clip(state.passage.text, 280)}</blockquote>
      </figure>
      {state.kind === 'finding' ? (
        <p className="hint" aria-live="polite">
          {t('related.finding')}
        </p>
      ) : (
        <>
          {state.result.failures.length > 0 ? <p className="hint">{t('related.partial')}</p> : null}
          {state.result.bySource.size === 0 ? <p className="hint">{t('related.nothing')}</p> : null}
          {[...state.result.bySource].map(([sourceId, candidates]) => (
            <section key={sourceId} className="related-group">
              <h3>{titleOf(sourceId)}</h3>
              <ul>
                {candidates.slice(0, PER_SOURCE).map((c) => (
                  <li key={c.blockId}>
                    <button type="button" className="result" onClick={() => props.onOpen(sourceId, c.blockId)}>
                      <span className="reason">{formatReasons(c.reasons, t, props.locale)}</span>
                      <span className="snippet">{clip(textOf(sourceId, c.blockId), 180)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
