import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNOTATION_COLORS, type AnnotationColor } from '../../../shared/annotations';
import type { UiLocale } from '../../../shared/workspace';
import type { PaneSelection } from './selection-dom';
import './annotations.css';

/** How far above the selection the toolbar sits, and its height (to flip below near the top). */
const GAP = 8;
const HEIGHT = 40;

/**
 * The small toolbar over a selection in a pane: a colour to highlight in one click, "Note and
 * tags…" for the editor, or "Attach here" while an orphan is being re-attached. Its buttons
 * keep the selection (they take no focus on mouse down); from the keyboard, Ctrl+Shift+H does
 * the same as "Note and tags…". A selection that cannot be annotated says why instead.
 */
export function SelectionPopover(props: {
  selection: PaneSelection;
  reattaching: boolean;
  locale: UiLocale;
  onHighlight: (color: AnnotationColor) => void;
  onNote: () => void;
  onAttach: () => void;
  onClose: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const { rect, result } = props.selection;
  const top = rect.top - HEIGHT - GAP < 4 ? rect.bottom + GAP : rect.top - HEIGHT - GAP;
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - 360));
  const keep = (e: React.MouseEvent): void => e.preventDefault();
  return (
    <div
      className="selection-popover"
      role="toolbar"
      aria-label={t('annotations.popover.label')}
      style={{ top, left }}
      onMouseDown={keep}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      {result.kind === 'refused' ? (
        <span className="popover-refusal" role="status">
          {t(`annotations.popover.refused.${result.reason}`, { count: result.blocks ?? 0 })}
        </span>
      ) : props.reattaching ? (
        <button type="button" className="primary" onClick={props.onAttach}>
          {t('annotations.popover.attachHere')}
        </button>
      ) : (
        <>
          {ANNOTATION_COLORS.map((c) => {
            const name = t(`annotations.colors.${c}`).toLocaleLowerCase(props.locale);
            const label = t('annotations.highlightIn', { color: name });
            return (
              <button
                key={c}
                type="button"
                className={`swatch-button color-${c}`}
                aria-label={label}
                title={label}
                data-color={c}
                onClick={() => props.onHighlight(c)}
              >
                <span className="swatch" aria-hidden="true" />
              </button>
            );
          })}
          <button type="button" className="popover-note" onClick={props.onNote} title={`${t('annotations.popover.note')} (Ctrl+Shift+H)`}>
            {t('annotations.popover.note')}
          </button>
        </>
      )}
    </div>
  );
}
