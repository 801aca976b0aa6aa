import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Below this width of the main area the Compare view goes above the panes instead of beside them. */
export const STACK_BELOW_PX = 1100;
const MIN_SHARE = 0.25;
const MAX_SHARE = 0.8;

/** A share kept between the bounds, rounded to a hundredth. */
export function clampShare(share: number): number {
  return Math.round(Math.max(MIN_SHARE, Math.min(MAX_SHARE, share)) * 100) / 100;
}

/**
 * Where the Compare view sits: in the app's main area, between the side panel and the reading
 * panes, with a separator to drag (or move with the arrow keys). On a wide window it is beside
 * the panes and takes `share` of the width they leave; on a narrow one it goes above them and
 * takes `share` of the height (compare.css lays the main area out as a grid then). Rendered as
 * siblings of the panes, so opening it never re-mounts them.
 */
export function CompareSplit(props: { view: ReactNode }): ReactNode {
  const { t } = useTranslation();
  const slot = useRef<HTMLDivElement>(null);
  const [share, setShare] = useState(0.55);
  const [area, setArea] = useState<{ width: number; height: number }>({ width: 0, height: 0 });

  useLayoutEffect(() => {
    const main = slot.current?.parentElement;
    if (!main) return;
    const measure = (): void => {
      // The area the view shares with the panes: the main area less the side panel.
      const side = main.querySelector<HTMLElement>(':scope > .side-panel');
      setArea({ width: main.clientWidth - (side?.offsetWidth ?? 0), height: main.clientHeight });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(main);
    const mutations = new MutationObserver(measure);
    mutations.observe(main, { childList: true });
    return () => {
      observer.disconnect();
      mutations.disconnect();
    };
  }, []);

  const stacked = area.width > 0 && area.width < STACK_BELOW_PX;

  const drag = (e: React.PointerEvent<HTMLDivElement>): void => {
    const start = slot.current?.getBoundingClientRect();
    if (!start) return;
    e.preventDefault();
    const move = (ev: PointerEvent): void =>
      setShare(clampShare(stacked ? (ev.clientY - start.top) / area.height : (ev.clientX - start.left) / Math.max(1, area.width)));
    const up = (): void => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  const onKey = (e: React.KeyboardEvent): void => {
    const step = e.shiftKey ? 0.1 : 0.02;
    let next: number | undefined;
    if (e.key === (stacked ? 'ArrowDown' : 'ArrowRight')) next = share + step;
    else if (e.key === (stacked ? 'ArrowUp' : 'ArrowLeft')) next = share - step;
    else if (e.key === 'Home') next = MIN_SHARE;
    else if (e.key === 'End') next = MAX_SHARE;
    if (next === undefined) return;
    e.preventDefault();
    setShare(clampShare(next));
  };

  // Beside: grow against the panes' 1 so the view takes `share` of the width; above: a height.
  const style: React.CSSProperties = stacked
    ? { height: Math.round(share * area.height) }
    : { flexGrow: share / (1 - share), flexShrink: 1, flexBasis: 0 };
  return (
    <>
      <div ref={slot} className={`compare-slot${stacked ? ' stacked' : ''}`} style={style}>
        {props.view}
      </div>
      <div
        className="compare-separator"
        role="separator"
        tabIndex={0}
        aria-orientation={stacked ? 'horizontal' : 'vertical'}
        aria-label={t('compare.resize')}
        aria-valuemin={MIN_SHARE * 100}
        aria-valuemax={MAX_SHARE * 100}
        aria-valuenow={Math.round(share * 100)}
        onPointerDown={drag}
        onKeyDown={onKey}
      />
    </>
  );
}
