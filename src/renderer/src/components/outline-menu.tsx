import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineNode } from '../../../shared/model';
import { Icon } from './icons';

/** The headings of a source, to jump through: a button opening a navigable list over the text. */
export function OutlineMenu(props: { nodes: readonly OutlineNode[]; title: string; onJump: (blockId: string) => void }): ReactNode {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    ref.current?.querySelector<HTMLElement>('button')?.focus();
    const onDown = (e: PointerEvent): void => {
      if (!ref.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false);
    };
    window.addEventListener('pointerdown', onDown);
    return () => window.removeEventListener('pointerdown', onDown);
  }, [open]);

  if (props.nodes.length === 0) return null;
  const jump = (blockId: string): void => {
    setOpen(false);
    props.onJump(blockId);
  };
  return (
    <div className="outline-menu">
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((v) => !v)}
        title={t('pane.outline')}
      >
        <Icon name="outline" /> <span>{t('pane.outline')}</span>
      </button>
      {open ? (
        <nav
          id={id}
          ref={ref}
          className="outline-popover"
          aria-label={t('pane.outlineOf', { title: props.title })}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
              button.current?.focus();
            } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const items = [...(ref.current?.querySelectorAll<HTMLElement>('button') ?? [])];
              const i = items.indexOf(document.activeElement as HTMLElement);
              items[Math.max(0, Math.min(items.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
            }
          }}
        >
          <OutlineList nodes={props.nodes} onJump={jump} />
        </nav>
      ) : null}
    </div>
  );
}

function OutlineList({ nodes, onJump }: { nodes: readonly OutlineNode[]; onJump: (blockId: string) => void }): ReactNode {
  return (
    <ul>
      {nodes.map((n) => (
        <li key={n.blockId}>
          <button type="button" className={`outline-item level-${n.level}`} onClick={() => onJump(n.blockId)}>
            {n.marker ? `${n.marker} ` : ''}
            {n.text}
          </button>
          {n.children.length > 0 ? <OutlineList nodes={n.children} onJump={onJump} /> : null}
        </li>
      ))}
    </ul>
  );
}
