import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mark } from '../../../shared/model';
import type { InlineDecoration } from './decorations';

/**
 * Renders block text with its marks as nested elements. Marks may overlap (a bold run inside a
 * link), so the text is cut at every mark boundary and each piece wrapped in the marks over it.
 * Decorations (search hits, later annotations) cut the text the same way and wrap each piece in
 * a `<mark>` outside the formatting, so the text is still read once and selects as one.
 */
export function InlineText({
  text,
  marks,
  idPrefix,
  decorations,
}: {
  text: string;
  marks: readonly Mark[];
  idPrefix?: string;
  decorations?: readonly InlineDecoration[];
}): ReactNode {
  const { t } = useTranslation();
  const noteLabel = (label: string): string => t('reader.noteLink', { label });
  const decos = (decorations ?? []).filter((d) => d.end > d.start);
  // Each piece carries its offset in the text (`data-o`): a DOM selection maps back to block offsets.
  if (marks.length === 0 && decos.length === 0) return <span data-o={0}>{text}</span>;
  const cuts = new Set<number>([0, text.length]);
  const clamp = (n: number): number => Math.max(0, Math.min(text.length, n));
  for (const m of marks) {
    cuts.add(clamp(m.start));
    cuts.add(clamp(m.end));
  }
  for (const d of decos) {
    cuts.add(clamp(d.start));
    cuts.add(clamp(d.end));
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
    for (const m of over) node = wrap(m, node, `${start}-${m.kind}`, idPrefix, text.slice(start, end), noteLabel);
    decos.forEach((d, k) => {
      if (d.start <= start && d.end >= end)
        node = (
          <mark key={`${start}-d${k}`} className={d.className} title={d.label} data-decoration-id={d.id}>
            {node}
          </mark>
        );
    });
    pieces.push(
      <span key={start} data-o={start}>
        {node}
      </span>,
    );
  }
  return pieces;
}

/** Footnote markers the text already writes in superscript digits ("⁶²", "⁽¹⁵⁾"). */
const SUPERSCRIPT_GLYPHS = /^[⁽⁾⁰¹²³⁴⁵⁶⁷⁸⁹]+$/;

function wrap(
  mark: Mark,
  child: ReactNode,
  key: string,
  idPrefix: string | undefined,
  piece: string,
  noteLabel: (label: string) => string,
): ReactNode {
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
        <a href={`#${idPrefix ?? ''}${mark.target}`} data-footnote-target={mark.target} aria-label={noteLabel(mark.label)}>
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
