import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block } from '../../../shared/model';
import type { BlockDecoration } from './decorations';
import { InlineText } from './inline-text';

export interface BlockViewProps {
  block: Block;
  /** Makes element ids unique per pane (a source can be shown in two panes). */
  idPrefix: string;
  /** The synchronization key (aligned pair) the block belongs to; panes anchor on it. */
  syncKey?: string;
  decoration?: BlockDecoration;
  /** For a footnote: the block whose marker points to it, for the way back. */
  backTo?: string;
}

/**
 * One block, rendered for long reading; `data-block-id` lets panes, search and tests find it,
 * `data-sync-key` lets panes keep aligned blocks side by side.
 */
export const BlockView = memo(function BlockView({ block, idPrefix, syncKey, decoration, backTo }: BlockViewProps): ReactNode {
  const { t } = useTranslation();
  const common = {
    id: `${idPrefix}${block.id}`,
    'data-block-id': block.id,
    'data-sync-key': syncKey,
    lang: block.lang === 'und' ? undefined : block.lang,
  };
  const cls = (base: string): string => (decoration?.className ? `${base} ${decoration.className}` : base);
  const inline = <InlineText text={block.text} marks={block.marks} idPrefix={idPrefix} decorations={decoration?.inline} />;
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, Math.max(3, (block.level ?? 1) + 2));
      const Tag = `h${level}` as 'h3';
      return (
        <Tag {...common} className={cls(`block heading level-${block.level ?? 1}`)}>
          {block.marker ? <span className="marker">{block.marker} </span> : null}
          {inline}
        </Tag>
      );
    }
    case 'list-item':
      return (
        <div
          {...common}
          role="listitem"
          className={cls('block list-item')}
          style={{ marginInlineStart: `${1.4 * ((block.depth ?? 0) + 1)}em` }}
        >
          <span className="marker" aria-hidden="true">
            {block.marker ?? '•'}
          </span>
          <span>{inline}</span>
        </div>
      );
    case 'footnote':
      return (
        <aside {...common} className={cls('block footnote')} aria-label={t('reader.footnote', { label: block.marker ?? '' })}>
          <span className="marker">{block.marker}</span> {inline}
          {backTo ? (
            <>
              {' '}
              <a href={`#${idPrefix}${backTo}`} className="footnote-back" data-back-to={backTo} aria-label={t('reader.backToText')}>
                ↩
              </a>
            </>
          ) : null}
        </aside>
      );
    case 'metadata':
      return (
        <p {...common} className={cls('block metadata')}>
          {inline}
        </p>
      );
    case 'table':
      return block.table ? (
        <figure {...common} className={cls('block table')}>
          <div className="table-scroll" tabIndex={0} role="group" aria-label={block.table.caption ?? t('reader.table')}>
            <table>
              {block.table.caption ? <caption>{block.table.caption}</caption> : null}
              <thead>
                <tr>
                  {block.table.header.map((h, i) => (
                    <th key={i} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.table.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td key={c}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </figure>
      ) : (
        <pre {...common} className={cls('block table-text')}>
          <InlineText text={block.text} marks={[]} decorations={decoration?.inline} />
        </pre>
      );
    case 'paragraph':
      return (
        <p {...common} className={cls('block paragraph')}>
          {inline}
        </p>
      );
  }
});
