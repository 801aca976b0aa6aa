/**
 * The markdown of annotation notes, as a small safe subset parsed into a tree that React renders
 * element by element. Why not a library: a note is a remark of a few lines; rendering a tree (not
 * an HTML string) means no markup the user typed, and no sanitizer's mistake, can ever reach the
 * DOM, the strict CSP stays as it is, and the bundle stays small. Why this subset: paragraphs,
 * line breaks, **strong**, *emphasis*, `code`, links, lists, quotes, headings and code blocks are
 * what people write in notes; anything else (HTML, images, tables) is shown as the literal text
 * it is. The note itself is kept and exported as typed, so nothing is lost.
 */

export type MdInline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong'; readonly children: readonly MdInline[] }
  | { readonly kind: 'em'; readonly children: readonly MdInline[] }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly MdInline[] }
  | { readonly kind: 'break' };

export type MdBlock =
  | { readonly kind: 'paragraph'; readonly children: readonly MdInline[] }
  | { readonly kind: 'heading'; readonly level: number; readonly children: readonly MdInline[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly start: number; readonly items: readonly (readonly MdInline[])[] }
  | { readonly kind: 'quote'; readonly blocks: readonly MdBlock[] }
  | { readonly kind: 'code'; readonly text: string };

/** Links may only go out to the web or to mail: never `javascript:`, `data:`, `file:` or the app itself. */
export function safeHref(raw: string): string | undefined {
  const url = raw.trim();
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'mailto:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const LIST_ITEM = /^ {0,3}(?:([-*+])|(\d{1,9})[.)])[ \t]+(.*)$/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const FENCE = /^ {0,3}(```|~~~)/;

/** Parses a note into blocks; never throws, whatever it is given. */
export function parseMarkdown(source: string): MdBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: MdBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trimStart().startsWith(fence[1]!)) body.push(lines[i++]!);
      i++; // the closing fence (or the end)
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, children: parseInline(heading[2]!) });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '' && QUOTE.test(lines[i]!)) inner.push(QUOTE.exec(lines[i++]!)![1]!);
      blocks.push({ kind: 'quote', blocks: parseMarkdown(inner.join('\n')) });
      continue;
    }
    const first = LIST_ITEM.exec(line);
    if (first) {
      const ordered = first[2] !== undefined;
      const items: string[][] = [];
      while (i < lines.length) {
        const l = lines[i]!;
        const item = LIST_ITEM.exec(l);
        if (item && (item[2] !== undefined) === ordered) {
          items.push([item[3]!]);
          i++;
        } else if (l.trim() !== '' && /^\s+\S/.test(l) && items.length > 0) {
          items[items.length - 1]!.push(l.trim());
          i++;
        } else break;
      }
      blocks.push({
        kind: 'list',
        ordered,
        start: ordered ? Number(first[2]) : 1,
        items: items.map((lines) => parseInline(lines.join('\n'))),
      });
      continue;
    }
    const para: string[] = [];
    while (i < lines.length) {
      const l = lines[i]!;
      if (l.trim() === '' || FENCE.test(l) || HEADING.test(l) || QUOTE.test(l) || (para.length > 0 && LIST_ITEM.test(l))) break;
      para.push(l);
      i++;
    }
    blocks.push({ kind: 'paragraph', children: parseInline(para.join('\n')) });
  }
  return blocks;
}

const ESCAPABLE = '\\`*_[]()#+-.!>~';

/** Inline markup; a delimiter without its partner is plain text. */
export function parseInline(text: string): MdInline[] {
  const out: MdInline[] = [];
  let buf = '';
  const flush = (): void => {
    if (buf) out.push({ kind: 'text', text: buf });
    buf = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && ESCAPABLE.includes(text[i + 1]!)) {
      buf += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      flush();
      out.push({ kind: 'break' });
      i += 2;
      continue;
    }
    if (c === '\n') {
      // Two spaces at the end of a line break it; otherwise a newline is a space.
      if (buf.endsWith('  ')) {
        buf = buf.replace(/ +$/, '');
        flush();
        out.push({ kind: 'break' });
      } else buf = buf.replace(/ +$/, '') + ' ';
      i++;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(text.slice(i))![0];
      const close = text.indexOf(run, i + run.length);
      if (close > 0) {
        flush();
        out.push({
          kind: 'code',
          text:
            text
              .slice(i + run.length, close)
              .replace(/\n/g, ' ')
              .trim() || ' ',
        });
        i = close + run.length;
        continue;
      }
      buf += run;
      i += run.length;
      continue;
    }
    if (c === '<') {
      const auto = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/.exec(text.slice(i));
      const href = auto ? safeHref(auto[1]!) : undefined;
      if (auto && href) {
        flush();
        out.push({ kind: 'link', href, children: [{ kind: 'text', text: auto[1]! }] });
        i += auto[0].length;
        continue;
      }
    }
    if (c === '[') {
      const link = matchLink(text, i);
      if (link) {
        flush();
        const href = safeHref(link.url);
        const children = parseInline(link.label);
        // A link to somewhere unsafe keeps its words and loses its target.
        if (href) out.push({ kind: 'link', href, children });
        else out.push(...children);
        i = link.end;
        continue;
      }
    }
    if (c === '*' || c === '_') {
      const strong = text.startsWith(c + c, i) ? closing(text, i, c + c) : -1;
      if (strong > 0) {
        flush();
        out.push({ kind: 'strong', children: parseInline(text.slice(i + 2, strong)) });
        i = strong + 2;
        continue;
      }
      const em = closing(text, i, c);
      if (em > 0) {
        flush();
        out.push({ kind: 'em', children: parseInline(text.slice(i + 1, em)) });
        i = em + 1;
        continue;
      }
    }
    buf += c;
    i++;
  }
  flush();
  return out;
}

/** Where a `*`/`_` run opened at `at` closes, or -1. Underscores only work at word edges (snake_case stays). */
function closing(text: string, at: number, delim: string): number {
  const open = at + delim.length;
  const next = text[open];
  if (next === undefined || /\s/.test(next) || text.startsWith(delim, open)) return -1;
  if (delim[0] === '_' && at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) return -1;
  for (let j = open + 1; j <= text.length - delim.length; j++) {
    if (text[j] === '\\') {
      j++;
      continue;
    }
    if (text[j] === '`') {
      const end = text.indexOf('`', j + 1);
      if (end > 0) j = end;
      continue;
    }
    if (!text.startsWith(delim, j) || /\s/.test(text[j - 1]!)) continue;
    // `**a**` must not close an `*em*` on its first star, nor `*` close `**`.
    if (delim.length === 1 && (text[j + 1] === delim || text[j - 1] === delim)) continue;
    if (delim[0] === '_' && /[\p{L}\p{N}]/u.test(text[j + delim.length] ?? '')) continue;
    return j;
  }
  return -1;
}

/** `[label](url)` starting at `at`: brackets may nest in the label; the url has no spaces. */
function matchLink(text: string, at: number): { label: string; url: string; end: number } | undefined {
  let depth = 0;
  let j = at;
  for (; j < text.length; j++) {
    if (text[j] === '\\') {
      j++;
      continue;
    }
    if (text[j] === '[') depth++;
    else if (text[j] === ']' && --depth === 0) break;
  }
  if (j >= text.length || text[j + 1] !== '(') return undefined;
  const m = /^\(\s*<?([^\s()<>]*)>?(?:\s+"[^"]*")?\s*\)/.exec(text.slice(j + 1));
  if (!m) return undefined;
  return { label: text.slice(at + 1, j), url: m[1]!, end: j + 1 + m[0].length };
}

/** A note as one line of plain text (tooltips, labels, the list's excerpt). */
export function markdownToPlain(source: string): string {
  const inline = (nodes: readonly MdInline[]): string =>
    nodes
      .map((n) => {
        switch (n.kind) {
          case 'text':
          case 'code':
            return n.text;
          case 'break':
            return ' ';
          case 'strong':
          case 'em':
          case 'link':
            return inline(n.children);
        }
      })
      .join('');
  const block = (b: MdBlock): string => {
    switch (b.kind) {
      case 'paragraph':
      case 'heading':
        return inline(b.children);
      case 'list':
        return b.items.map(inline).join('; ');
      case 'quote':
        return b.blocks.map(block).join(' ');
      case 'code':
        return b.text;
    }
  };
  return parseMarkdown(source).map(block).join(' ').replace(/\s+/g, ' ').trim();
}
