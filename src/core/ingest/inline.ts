import type { Mark } from '../../shared/model';

/** Text freed of inline markup, with the marks that markup meant. */
export interface InlineResult {
  readonly text: string;
  readonly marks: readonly Mark[];
}

type OpenKind = 'bold' | 'italic' | 'sup';

/**
 * Turns the markdown-like inline markup the extracted sources carry (`**bold**`, `*italic*`,
 * `<sup>…</sup>`, `[label](url)`, `<url>`) into plain text plus marks. Unbalanced markers are
 * kept as text: losing a character is worse than showing a stray asterisk.
 */
export function parseInline(raw: string): InlineResult {
  let text = '';
  const marks: Mark[] = [];
  const open: { kind: OpenKind; start: number; token: string }[] = [];
  let i = 0;
  const special = /[*<[]|https?:\/\/|www\./g;
  while (i < raw.length) {
    // Copy plain runs in one piece: markup characters are rare.
    special.lastIndex = i;
    const next = special.exec(raw);
    const stop = next ? next.index : raw.length;
    if (stop > i) {
      text += raw.slice(i, stop);
      i = stop;
      if (i >= raw.length) break;
    }
    if (raw[i] === 'h' || raw[i] === 'w') {
      // A bare web address: linked, with the punctuation that closes the sentence left out.
      const m = /^(?:https?:\/\/|www\.)[^\s<>"]+/.exec(raw.slice(i, i + 2100));
      const boundary = i === 0 || /[\s([«“"'‘:]/.test(raw[i - 1]!);
      if (m && boundary) {
        const url = trimUrl(m[0]);
        if (url.length > 8) {
          const start = text.length;
          text += url;
          marks.push({ kind: 'link', start, end: text.length, href: normalizeHref(url) });
          i += url.length;
          continue;
        }
      }
      text += raw[i];
      i++;
      continue;
    }
    const rest = raw.slice(i, i + 6);
    if (rest.startsWith('**') && toggle('bold', '**')) {
      i += 2;
      continue;
    }
    if (raw[i] === '*' && raw[i + 1] !== '*') {
      const closing = open[open.length - 1]?.kind === 'italic' && /\S/.test(raw[i - 1] ?? '');
      const opening = /\S/.test(raw[i + 1] ?? '');
      if ((closing || opening) && toggle('italic', '*')) {
        i += 1;
        continue;
      }
    }
    if (rest.toLowerCase().startsWith('<sup>')) {
      open.push({ kind: 'sup', start: text.length, token: '<sup>' });
      i += 5;
      continue;
    }
    if (raw.slice(i, i + 6).toLowerCase() === '</sup>') {
      const idx = findOpen('sup');
      if (idx >= 0) {
        const o = open.splice(idx, 1)[0]!;
        if (text.length > o.start) marks.push({ kind: 'sup', start: o.start, end: text.length });
        i += 6;
        continue;
      }
    }
    if (raw[i] === '[') {
      const m = /^\[([^\]\n]{1,500})\]\((https?:\/\/[^)\s]+|mailto:[^)\s]+|www\.[^)\s]+)\)/.exec(raw.slice(i, i + 2100));
      if (m) {
        const inner = parseInline(m[1]!);
        const start = text.length;
        text += inner.text;
        for (const mk of inner.marks) marks.push({ ...mk, start: mk.start + start, end: mk.end + start });
        marks.push({ kind: 'link', start, end: text.length, href: normalizeHref(m[2]!) });
        i += m[0].length;
        continue;
      }
    }
    if (raw[i] === '<') {
      const m = /^<((?:https?:\/\/|mailto:)[^>\s]+)>/.exec(raw.slice(i, i + 2100));
      if (m) {
        const start = text.length;
        text += m[1];
        marks.push({ kind: 'link', start, end: text.length, href: m[1]! });
        i += m[0].length;
        continue;
      }
    }
    text += raw[i];
    i++;
  }
  // Unclosed markers: put their characters back where they were, so nothing is lost.
  for (let k = open.length - 1; k >= 0; k--) {
    const o = open[k]!;
    text = text.slice(0, o.start) + o.token + text.slice(o.start);
    for (let m = 0; m < marks.length; m++) {
      const mk = marks[m]!;
      if (mk.start >= o.start) marks[m] = { ...mk, start: mk.start + o.token.length, end: mk.end + o.token.length };
      else if (mk.end > o.start) marks[m] = { ...mk, end: mk.end + o.token.length };
    }
  }
  return { text, marks: marks.sort((a, b) => a.start - b.start || b.end - a.end) };

  function findOpen(kind: OpenKind): number {
    for (let k = open.length - 1; k >= 0; k--) if (open[k]!.kind === kind) return k;
    return -1;
  }

  function toggle(kind: OpenKind, token: string): boolean {
    const idx = findOpen(kind);
    if (idx >= 0 && open[idx]!.token === token) {
      const o = open.splice(idx, 1)[0]!;
      if (text.length > o.start) marks.push({ kind, start: o.start, end: text.length } as Mark);
      return true;
    }
    if (!hasCloser(raw, i + token.length, token)) return false;
    open.push({ kind, start: text.length, token });
    return true;
  }
}

function hasCloser(raw: string, from: number, token: string): boolean {
  return raw.indexOf(token, from) >= 0;
}

/** A URL without the punctuation after it (a closing bracket stays when the URL opened one). */
function trimUrl(url: string): string {
  let out = url.replace(/[.,;:!?'"’»]+$/, '');
  while (out.endsWith(')') && (out.match(/\(/g) ?? []).length < (out.match(/\)/g) ?? []).length)
    out = out.slice(0, -1).replace(/[.,;:!?'"’»]+$/, '');
  return out;
}

function normalizeHref(href: string): string {
  return href.startsWith('www.') ? `https://${href}` : href;
}
