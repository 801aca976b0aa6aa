import type { ReactNode } from 'react';
import type { Mark } from '../../../shared/model';

/**
 * Renders block text with its marks as nested elements. Marks may overlap (a bold run inside a
 * link), so the text is cut at every mark boundary and each piece wrapped in the marks over it.
 */
export function InlineText({ text, marks, idPrefix }: { text: string; marks: readonly Mark[]; idPrefix?: string }): ReactNode {
  if (marks.length === 0) return text;
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: ReactNode[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    let node: ReactNode = text.slice(start, end);
    const over = marks.filter((m) => m.start <= start && m.end >= end);
    // Outermost (widest) marks wrap last.
    over.sort((a, b) => a.end - a.start - (b.end - b.start));
    for (const m of over) node = wrap(m, node, `${start}-${m.kind}`, idPrefix, text.slice(start, end));
    pieces.push(<span key={start}>{node}</span>);
  }
  return pieces;
}

/** Footnote markers the text already writes in superscript digits ("⁶²", "⁽¹⁵⁾"). */
const SUPERSCRIPT_GLYPHS = /^[⁽⁾⁰¹²³⁴⁵⁶⁷⁸⁹]+$/;

function wrap(mark: Mark, child: ReactNode, key: string, idPrefix: string | undefined, piece: string): ReactNode {
  switch (mark.kind) {
    case 'bold':
      return <strong key={key}>{child}</strong>;
    case 'italic':
      return <em key={key}>{child}</em>;
    case 'sup':
      return <sup key={key}>{child}</sup>;
    case 'link':
      return (
        <a key={key} href={mark.href} target="_blank" rel="noopener noreferrer">
          {child}
        </a>
      );
    case 'footnote-ref': {
      const inner = mark.target ? (
        <a href={`#${idPrefix ?? ''}${mark.target}`} aria-label={`Note ${mark.label}`}>
          {child}
        </a>
      ) : (
        child
      );
      // Superscript glyphs are raised already: a <sup> around them would shrink them twice.
      return SUPERSCRIPT_GLYPHS.test(piece) ? (
        <span key={key} className="footnote-ref">
          {inner}
        </span>
      ) : (
        <sup key={key} className="footnote-ref">
          {inner}
        </sup>
      );
    }
  }
}
