import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaneState } from '../../../shared/workspace';
import type { LayoutAction } from '../panes/layout-state';

/** Share of the pair's width one arrow key press moves. */
const KEY_STEP = 0.05;

/**
 * The separator between two panes: drag it, or focus it and use ←/→ (Shift for bigger steps),
 * Home/End for the extremes. The two panes share their width; the others keep theirs.
 */
export function ResizeHandle(props: {
  left: PaneState;
  right: PaneState;
  leftTitle: string;
  rightTitle: string;
  onLayout: (action: LayoutAction) => void;
}): ReactNode {
  const { t } = useTranslation();
  const { left, right } = props;
  const drag = useRef<{ x: number; unitsPerPx: number } | null>(null);
  const total = left.width + right.width;
  const share = Math.round((100 * left.width) / total);
  const resize = (delta: number): void => props.onLayout({ kind: 'resize', leftId: left.id, rightId: right.id, delta });

  return (
    <div
      className="resize-handle"
      role="separator"
      aria-orientation="vertical"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={share}
      aria-label={t('pane.resize', { left: props.leftTitle, right: props.rightTitle })}
      tabIndex={0}
      onPointerDown={(e) => {
        const el = e.currentTarget;
        const l = el.previousElementSibling?.getBoundingClientRect().width ?? 0;
        const r = el.nextElementSibling?.getBoundingClientRect().width ?? 0;
        if (l + r <= 0) return;
        el.setPointerCapture(e.pointerId);
        drag.current = { x: e.clientX, unitsPerPx: total / (l + r) };
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (!d) return;
        const dx = e.clientX - d.x;
        if (Math.abs(dx) < 1) return;
        d.x = e.clientX;
        resize(dx * d.unitsPerPx);
      }}
      onPointerUp={(e) => {
        drag.current = null;
        e.currentTarget.releasePointerCapture(e.pointerId);
      }}
      onKeyDown={(e) => {
        const step = total * KEY_STEP * (e.shiftKey ? 4 : 1);
        if (e.key === 'ArrowLeft') resize(-step);
        else if (e.key === 'ArrowRight') resize(step);
        else if (e.key === 'Home') resize(-total);
        else if (e.key === 'End') resize(total);
        else return;
        e.preventDefault();
      }}
    />
  );
}
