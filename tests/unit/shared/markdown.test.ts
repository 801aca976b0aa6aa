import { describe, expect, it } from 'vitest';
import { markdownToPlain, parseInline, parseMarkdown, safeHref } from '../../../src/shared/markdown';

describe('note markdown (safe subset)', () => {
  it('parses paragraphs, emphasis, code, links, lists, quotes, headings and code blocks', () => {
    const md = [
      '# Suivi',
      '',
      'Voir **la table ronde** et *le calendrier* (`2025`).',
      'Suite de la ligne.  ',
      'Après un saut.',
      '',
      '- un',
      '- deux',
      '  suite',
      '',
      '3. trois',
      '4. quatre',
      '',
      '> cité',
      '',
      '```',
      '<b>code</b>',
      '```',
      '[source](https://benelux.int/fr)',
    ].join('\n');
    const blocks = parseMarkdown(md);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'quote', 'code', 'paragraph']);
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      children: [
        { kind: 'text', text: 'Voir ' },
        { kind: 'strong', children: [{ kind: 'text', text: 'la table ronde' }] },
        { kind: 'text', text: ' et ' },
        { kind: 'em', children: [{ kind: 'text', text: 'le calendrier' }] },
        { kind: 'text', text: ' (' },
        { kind: 'code', text: '2025' },
        { kind: 'text', text: '). Suite de la ligne.' },
        { kind: 'break' },
        { kind: 'text', text: 'Après un saut.' },
      ],
    });
    expect(blocks[2]).toMatchObject({ kind: 'list', ordered: false, items: [[{ text: 'un' }], [{ text: 'deux suite' }]] });
    expect(blocks[3]).toMatchObject({ kind: 'list', ordered: true, start: 3 });
    expect(blocks[5]).toEqual({ kind: 'code', text: '<b>code</b>' });
    expect(blocks[6]).toEqual({
      kind: 'paragraph',
      children: [{ kind: 'link', href: 'https://benelux.int/fr', children: [{ kind: 'text', text: 'source' }] }],
    });
  });

  it('never lets markup or unsafe links through: HTML stays text, javascript: and data: links lose their target', () => {
    const html = parseMarkdown('<img src=x onerror=alert(1)> <script>alert(1)</script>');
    expect(html).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', text: '<img src=x onerror=alert(1)> <script>alert(1)</script>' }] },
    ]);
    expect(parseInline('[click](javascript:alert%281%29)')).toEqual([{ kind: 'text', text: 'click' }]);
    expect(JSON.stringify(parseInline('[click](javascript:alert(1))'))).not.toContain('"link"');
    expect(parseInline('[x](data:text/html;base64,PHNjcmlwdD4=)')).toEqual([{ kind: 'text', text: 'x' }]);
    expect(parseInline('[x](JaVaScRiPt:void0)')).toEqual([{ kind: 'text', text: 'x' }]);
    expect(safeHref('file:///etc/passwd')).toBeUndefined();
    expect(safeHref('/relative')).toBeUndefined();
    expect(safeHref('mailto:a@b.be')).toBe('mailto:a@b.be');
    expect(parseInline('<https://example.org/a>')).toEqual([
      { kind: 'link', href: 'https://example.org/a', children: [{ kind: 'text', text: 'https://example.org/a' }] },
    ]);
  });

  it('keeps unmatched delimiters, snake_case, escapes and lone stars as text', () => {
    expect(parseInline('a * b and 2*3')).toEqual([{ kind: 'text', text: 'a * b and 2*3' }]);
    expect(parseInline('snake_case_name')).toEqual([{ kind: 'text', text: 'snake_case_name' }]);
    expect(parseInline('\\*not em\\*')).toEqual([{ kind: 'text', text: '*not em*' }]);
    expect(parseInline('**open')).toEqual([{ kind: 'text', text: '**open' }]);
    expect(parseInline('`open')).toEqual([{ kind: 'text', text: '`open' }]);
    expect(parseInline('[no link]')).toEqual([{ kind: 'text', text: '[no link]' }]);
    expect(parseInline('**bold *and em***')[0]).toMatchObject({ kind: 'strong' });
  });

  it('gives a one-line plain text for tooltips and never throws on odd input', () => {
    expect(markdownToPlain('# Titre\n\nVoir **ceci**\n\n- a\n- b')).toBe('Titre Voir ceci a; b');
    for (const odd of ['', '\n\n', '```', '>', '- ', '[', '](', '**', '_', '\\', '1.', '#'.repeat(10), '[a](b', '<', '<http://x']) {
      expect(() => parseMarkdown(odd)).not.toThrow();
    }
  });
});
