import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IngestedDocument, Source } from '../../../shared/model';
import type { Layout, UiLocale } from '../../../shared/workspace';
import type { Load } from '../load';
import { NO_DECORATIONS, type Decorations } from './decorations';
import { Pane, type FollowNote, type PaneCallbacks } from './pane';
import { ResizeHandle } from './resize-handle';

/** The panes side by side, with a resize handle between every two expanded neighbours. */
export function PaneArea(props: {
  layout: Layout;
  sources: readonly Source[];
  docs: ReadonlyMap<string, Load<IngestedDocument>>;
  activePaneId: string | undefined;
  locale: UiLocale;
  decorations: ReadonlyMap<string, Decorations>;
  hits: ReadonlyMap<string, { count: number; current?: number }>;
  notes: Readonly<Record<string, FollowNote>>;
  initialPositions: (paneId: string) => string | undefined;
  callbacks: PaneCallbacks;
}): ReactNode {
  const { t } = useTranslation();
  const { panes } = props.layout;
  if (panes.length === 0) {
    return (
      <div className="pane-area empty">
        <p>{t('reader.empty')}</p>
      </div>
    );
  }
  const titleOf = (sourceId: string): string => props.sources.find((s) => s.id === sourceId)?.title ?? sourceId;
  return (
    <div className="pane-area">
      {panes.map((pane, i) => {
        const prev = panes[i - 1];
        return (
          <Fragment key={pane.id}>
            {prev && !prev.collapsed && !pane.collapsed ? (
              <ResizeHandle
                left={prev}
                right={pane}
                leftTitle={titleOf(prev.sourceId)}
                rightTitle={titleOf(pane.sourceId)}
                onLayout={props.callbacks.onLayout}
              />
            ) : null}
            <div
              className={`pane-slot${pane.collapsed ? ' collapsed' : ''}`}
              style={pane.collapsed ? undefined : { flex: `${pane.width} 1 0` }}
            >
              <Pane
                pane={pane}
                index={i}
                count={panes.length}
                active={pane.id === props.activePaneId}
                sources={props.sources}
                doc={props.docs.get(pane.sourceId)}
                locale={props.locale}
                decorations={props.decorations.get(pane.id) ?? NO_DECORATIONS}
                hits={props.hits.get(pane.id)}
                note={props.notes[pane.id]}
                initialBlockId={props.initialPositions(pane.id)}
                callbacks={props.callbacks}
              />
            </div>
          </Fragment>
        );
      })}
    </div>
  );
}
