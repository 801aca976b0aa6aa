import type { ReactNode } from 'react';
import type { Block } from '../../../shared/model';
import { InlineText } from './inline-text';

/** One block, rendered for long reading; `data-block-id` lets panes, search and tests find it. */
export function BlockView({ block, idPrefix }: { block: Block; idPrefix: string }): ReactNode {
  const common = { id: `${idPrefix}${block.id}`, 'data-block-id': block.id, lang: block.lang === 'und' ? undefined : block.lang };
  const inline = <InlineText text={block.text} marks={block.marks} idPrefix={idPrefix} />;
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, Math.max(2, (block.level ?? 1) + 1));
      const Tag = `h${level}` as 'h2';
      return (
        <Tag {...common} className={`block heading level-${block.level ?? 1}`}>
          {block.marker ? <span className="marker">{block.marker} </span> : null}
          {inline}
        </Tag>
      );
    }
    case 'list-item':
      return (
        <div {...common} role="listitem" className="block list-item" style={{ marginInlineStart: `${1.4 * ((block.depth ?? 0) + 1)}em` }}>
          <span className="marker" aria-hidden="true">
            {block.marker ?? '•'}
          </span>
          <span>{inline}</span>
        </div>
      );
    case 'footnote':
      return (
        <aside {...common} className="block footnote">
          <span className="marker">{block.marker}</span> {inline}
        </aside>
      );
    case 'metadata':
      return (
        <p {...common} className="block metadata">
          {inline}
        </p>
      );
    case 'table':
      return block.table ? (
        <figure {...common} className="block table">
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
        </figure>
      ) : (
        <pre {...common} className="block table-text">
          {block.text}
        </pre>
      );
    case 'paragraph':
      return (
        <p {...common} className="block paragraph">
          {inline}
        </p>
      );
  }
}
