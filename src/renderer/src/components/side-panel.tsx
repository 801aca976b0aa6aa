import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A panel of the side area. The reading view brings Sources, Results and Related; the
 * annotations and Compare views add theirs by appending to the list the app passes in.
 */
export interface SidePanelDef {
  readonly id: string;
  readonly label: string;
  /** A count shown on the tab (results found, annotations…). */
  readonly badge?: string;
  readonly render: () => ReactNode;
}

/** Tabs over the panels (arrow keys move between tabs, as in any desktop tab strip). */
export function SidePanel(props: { panels: readonly SidePanelDef[]; selected: string; onSelect: (id: string) => void }): ReactNode {
  const { t } = useTranslation();
  const tabs = useRef<HTMLDivElement>(null);
  const current = props.panels.find((p) => p.id === props.selected) ?? props.panels[0];
  if (!current) return null;
  return (
    <aside className="side-panel" aria-label={t('side.label')}>
      <div
        ref={tabs}
        role="tablist"
        className="tabs"
        aria-label={t('side.label')}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return;
          e.preventDefault();
          // From the focused tab (it may not be the selected one yet), else the selected one.
          const focusedId = (document.activeElement as HTMLElement | null)?.id.replace(/^tab-/, '');
          const at = props.panels.findIndex((p) => p.id === focusedId);
          const i = at >= 0 ? at : props.panels.findIndex((p) => p.id === current.id);
          const n = props.panels.length;
          const j = e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : (i + (e.key === 'ArrowRight' ? 1 : n - 1)) % n;
          props.onSelect(props.panels[j]!.id);
          requestAnimationFrame(() => tabs.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus());
        }}
      >
        {props.panels.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            id={`tab-${p.id}`}
            aria-selected={p.id === current.id}
            aria-controls={`panel-${p.id}`}
            tabIndex={p.id === current.id ? 0 : -1}
            onClick={() => props.onSelect(p.id)}
          >
            {p.label}
            {p.badge ? <span className="badge">{p.badge}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} className="tab-panel" tabIndex={0}>
        {current.render()}
      </div>
    </aside>
  );
}
