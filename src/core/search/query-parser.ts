/**
 * The query language users type, parsed without ever throwing: words (all must match), quoted
 * phrases, `-word` / `-"phrase"` to exclude, `word*` for prefixes, `a OR b`, and the filters
 * `source:` and `lang:`. lunr's own query parser is never given user input: it throws
 * `QueryParseError` on `foo:`, `~`, `^2` or an unclosed quote, and its syntax (fields, boosts,
 * edit distances) is not what readers guess. What this parser cannot use it drops with a notice
 * that says so; only what the user must fix (a filter without a value, an unknown language) is
 * reported as a problem, which the engine turns into a `bad-input` error.
 */

/** A word as typed (may still contain hyphens or apostrophes: the analyzer splits it). */
export interface WordItem {
  readonly kind: 'word';
  readonly text: string;
  /** Typed with a trailing `*`. */
  readonly prefix: boolean;
}

export interface PhraseItem {
  readonly kind: 'phrase';
  readonly text: string;
}

export type QueryItem = WordItem | PhraseItem;

/** A required part of the query: one item, or alternatives joined by OR. */
export type QueryAtom =
  { readonly kind: 'item'; readonly item: QueryItem } | { readonly kind: 'any'; readonly items: readonly QueryItem[] };

export interface ParsedQuery {
  readonly required: readonly QueryAtom[];
  readonly excluded: readonly QueryItem[];
  /** Raw values of `source:` filters, in order. */
  readonly sources: readonly string[];
  /** Raw values of `lang:` filters, in order. */
  readonly langs: readonly string[];
  /** What was dropped or reinterpreted, in words the user understands. */
  readonly notices: readonly string[];
  /** What the user must fix; non-empty means the query is not run. */
  readonly problems: readonly string[];
}

const FILTERS: Readonly<Record<string, 'source' | 'lang'>> = {
  source: 'source',
  src: 'source',
  lang: 'lang',
  language: 'lang',
  langue: 'lang',
  taal: 'lang',
};

const OPEN_QUOTES = new Set(['"', '“', '„', '«', '”']);
const CLOSE_QUOTES = new Set(['"', '”', '“', '»']);
/** Longest query looked at; the contract allows 2000 characters, the CLI anything. */
const MAX_QUERY_LENGTH = 2000;
const MAX_ITEMS = 64;

interface RawItem {
  readonly sign: '' | '-' | '+';
  readonly text: string;
  readonly quoted: boolean;
  /** Quoted text that reached the end of the query without its closing quote. */
  readonly unclosed: boolean;
}

/** Splits the query into signed items, honouring quotes. */
function lex(query: string, notices: Set<string>): RawItem[] {
  const items: RawItem[] = [];
  let i = 0;
  const n = query.length;
  const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);
  while (i < n) {
    while (i < n && isSpace(query[i])) i++;
    if (i >= n) break;
    let sign: RawItem['sign'] = '';
    if ((query[i] === '-' || query[i] === '+') && i + 1 < n && !isSpace(query[i + 1])) {
      sign = query[i] as '-' | '+';
      i++;
      // "--word" and "-+word" are read as one sign.
      while (i < n && (query[i] === '-' || query[i] === '+') && i + 1 < n && !isSpace(query[i + 1])) i++;
    }
    if (OPEN_QUOTES.has(query[i]!)) {
      const start = ++i;
      while (i < n && !CLOSE_QUOTES.has(query[i]!)) i++;
      const unclosed = i >= n;
      items.push({ sign, text: query.slice(start, i), quoted: true, unclosed });
      if (!unclosed) i++;
      continue;
    }
    const start = i;
    while (i < n && !isSpace(query[i])) {
      // `source:"two words"`: the quoted value belongs to the filter.
      if (OPEN_QUOTES.has(query[i]!) && query[i - 1] === ':' && i > start) {
        i++;
        while (i < n && !CLOSE_QUOTES.has(query[i]!)) i++;
        if (i < n) i++;
        continue;
      }
      i++;
    }
    items.push({ sign, text: query.slice(start, i), quoted: false, unclosed: false });
  }
  if (items.length > MAX_ITEMS) {
    notices.add(`The query has ${items.length} parts; only the first ${MAX_ITEMS} were used.`);
    return items.slice(0, MAX_ITEMS);
  }
  return items;
}

/** Removes lunr-style suffixes (`~2`, `^3`) and stray wildcards, noting what was ignored. */
function cleanWord(text: string, notices: Set<string>): { text: string; prefix: boolean } {
  let t = text;
  const suffix = /([~^][\d.]*)+$/u.exec(t);
  if (suffix && suffix.index > 0) {
    notices.add(
      suffix[0].startsWith('~')
        ? 'Fuzzy matching (~) is not part of the query language; the word was searched as typed. Use word* for word beginnings.'
        : 'Boosts (^) are not part of the query language; the word was searched as typed.',
    );
    t = t.slice(0, suffix.index);
  }
  let prefix = false;
  if (/\p{L}|\p{N}/u.test(t) && t.endsWith('*')) {
    prefix = true;
    t = t.replace(/\*+$/u, '');
  }
  if (t.includes('*')) {
    notices.add('A * only works at the end of a word (word*); the other * were ignored.');
    t = t.replace(/\*/gu, ' ');
  }
  if (/[~^]/u.test(t)) {
    notices.add('The characters ~ and ^ have no meaning in a query and were ignored.');
    t = t.replace(/[~^]/gu, ' ');
  }
  return { text: t, prefix };
}

const hasWordChar = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);

/** Parses a query; never throws. */
export function parseQuery(input: string): ParsedQuery {
  const notices = new Set<string>();
  let query = input;
  if (query.length > MAX_QUERY_LENGTH) {
    notices.add(`The query is longer than ${MAX_QUERY_LENGTH} characters; the rest was ignored.`);
    query = query.slice(0, MAX_QUERY_LENGTH);
  }
  const problems: string[] = [];
  const required: QueryAtom[] = [];
  const excluded: QueryItem[] = [];
  const sources: string[] = [];
  const langs: string[] = [];
  let pendingOr = false;
  let pendingNot = false;

  for (const raw of lex(query, notices)) {
    if (raw.unclosed) notices.add(`The closing quote is missing; “${raw.text.trim()}” was searched as a phrase.`);
    let sign = raw.sign;
    if (!raw.quoted && sign === '') {
      if (raw.text === 'OR' || raw.text === '|' || raw.text === '||') {
        pendingOr = required.length > 0;
        continue;
      }
      if (raw.text === 'AND' || raw.text === '&&' || raw.text === '&') continue;
      if (raw.text === 'NOT') {
        pendingNot = true;
        continue;
      }
    }
    if (pendingNot) {
      sign = '-';
      pendingNot = false;
    }

    let item: QueryItem | undefined;
    if (raw.quoted) {
      if (hasWordChar(raw.text)) item = { kind: 'phrase', text: raw.text };
    } else {
      const filter = /^([\p{L}]+):(.*)$/su.exec(raw.text);
      const name = filter?.[1]?.toLowerCase();
      const kind = name === undefined ? undefined : FILTERS[name];
      if (filter && kind) {
        const value = filter[2]!.replace(/^["“„«”]|["”“»]$/gu, '').trim();
        if (value.length === 0) {
          problems.push(
            kind === 'source'
              ? '“source:” needs a source after the colon, e.g. source:desi-2021-belgium.'
              : '“lang:” needs a language after the colon: lang:fr, lang:nl or lang:en.',
          );
        } else if (sign === '-') {
          problems.push(
            `Filters cannot be excluded (“-${filter[0]}”); name the ${kind === 'source' ? 'sources' : 'languages'} to keep instead.`,
          );
        } else (kind === 'source' ? sources : langs).push(value);
        continue;
      }
      if (filter && name !== undefined && !/^https?$/u.test(name)) {
        notices.add(`“${filter[1]}:” is not a filter (the filters are source: and lang:); it was searched as a word.`);
      }
      if (/^[~^][\d.]*$/u.test(raw.text)) {
        notices.add(`“${raw.text}” is lunr syntax (fuzzy matching, boosts) that this search does not use; it was ignored.`);
        continue;
      }
      if (/^[-+]+$/u.test(raw.text)) {
        notices.add(`A lone “${raw.text}” has no meaning and was ignored; write -word to exclude a word.`);
        continue;
      }
      const cleaned = cleanWord(raw.text, notices);
      if (hasWordChar(cleaned.text)) item = { kind: 'word', text: cleaned.text, prefix: cleaned.prefix };
      else if (raw.text.length > 0 && !hasWordChar(raw.text)) notices.add(`“${raw.text}” has no letters or digits and was ignored.`);
    }
    if (!item) {
      pendingOr = false;
      continue;
    }
    if (sign === '-') {
      excluded.push(item);
      pendingOr = false;
      continue;
    }
    const last = required[required.length - 1];
    if (pendingOr && last) {
      const items = last.kind === 'item' ? [last.item, item] : [...last.items, item];
      required[required.length - 1] = { kind: 'any', items };
    } else required.push({ kind: 'item', item });
    pendingOr = false;
  }
  return { required, excluded, sources, langs, notices: [...notices], problems };
}
