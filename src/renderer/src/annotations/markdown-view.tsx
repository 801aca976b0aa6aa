import type { ReactNode } from 'react';
import { parseMarkdown, type MdBlock, type MdInline } from '../../../shared/markdown';

/**
 * A note's markdown as React elements, from the parsed tree: no HTML string ever reaches the
 * DOM. Links open outside the app (the shells allow only http, https and mailto there).
 */
export function MarkdownView({ source, className }: { source: string; className?: string }): ReactNode {
  if (source.trim() === '') return null;
  return <div className={className ?? 'markdown'}>{parseMarkdown(source).map((b, i) => block(b, i))}</div>;
}

function block(b: MdBlock, key: number): ReactNode {
  switch (b.kind) {
    case 'paragraph':
      return <p key={key}>{inline(b.children)}</p>;
    case 'heading':
      // Not an <h*>: a note's heading must not break the page's outline.
      return (
        <p key={key} className={`md-heading level-${b.level}`}>
          <strong>{inline(b.children)}</strong>
        </p>
      );
    case 'list': {
      const items = b.items.map((item, i) => <li key={i}>{inline(item)}</li>);
      return b.ordered ? (
        <ol key={key} start={b.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'quote':
      return <blockquote key={key}>{b.blocks.map((inner, i) => block(inner, i))}</blockquote>;
    case 'code':
      return (
        <pre key={key}>
          <code>{b.text}</code>
        </pre>
      );
  }
}

function inline(nodes: readonly MdInline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.kind) {
      case 'text':
        return n.text;
      case 'break':
        return <br key={i} />;
      case 'strong':
        return <strong key={i}>{inline(n.children)}</strong>;
      case 'em':
        return <em key={i}>{inline(n.children)}</em>;
      case 'code':
        return <code key={i}>{n.text}</code>;
      case 'link':
        return (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer">
            {inline(n.children)}
          </a>
        );
    }
  });
}
