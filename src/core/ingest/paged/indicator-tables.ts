import type { TableData } from '../../../shared/model';
import type { DraftBlock } from '../draft';
import { isBlank, originOf, type LineBook } from './line-book';

const LABEL = /^\s*(\d[a-z]\d{1,2})\s+(\S.*?)\s*$/;
const VALUE = /^\s*(NA|n\/a|[<>≤≥]?\s?\d{1,3}(?:[.,]\d+)?\s?%?)\s*$/i;
const YEAR = /^\s*((?:19|20)\d{2})\s*$/;
const COLUMN = /^\s*(\w+\s+(?:19|20)\d{2})\s*$/;
/** A unit or measure line: "% households", "Score (0-100)", "Assigned spectrum as a % of …". */
const UNIT_LIKE = /%|^\s*score\b|\(\s*\d+\s*(?:-|to)\s*\d+\s*\)/i;
/** Table cells are short and never end a sentence. */
const MAX_CELL = 70;
const MIN_LABELS = 2;

type Token =
  | { readonly kind: 'label'; readonly line: number; readonly code: string; readonly label: string }
  | { readonly kind: 'value'; readonly line: number; readonly text: string; readonly column?: number; readonly columnText?: string }
  | { readonly kind: 'year'; readonly line: number; readonly text: string }
  | { readonly kind: 'column'; readonly line: number; readonly text: string }
  | { readonly kind: 'text'; readonly line: number; readonly text: string };

interface Cells {
  values: string[];
  lines: number[];
  years: string[];
  yearLines: number[];
  unit?: { text: string; line: number };
}

interface Row extends Cells {
  readonly code: string;
  readonly label: string;
  readonly labelLine: number;
  labelUnit?: { text: string; line: number };
  /** Its values may belong to another row: not rebuilt. */
  doubtful?: boolean;
}

interface Group extends Cells {
  readonly keyed: boolean;
  /** Index of the row after which it appeared (-1: before any). */
  readonly afterRow: number;
}

/** A rebuilt table (or what of it could not be rebuilt), placed where its region began. */
export interface TableDraft {
  readonly at: number;
  readonly drafts: readonly DraftBlock[];
}

/**
 * Rebuilds the indicator tables a PDF extraction flattened into runs of short lines ("2c2 5G
 * readiness", "0%", "3%", "3%", "51%", "Assigned spectrum…", "2019", …). A row is rebuilt only when
 * the text settles all four of its values (three country columns by edition, one EU column):
 * values that follow their label directly; columns the extraction moved after a run of rows whose
 * own cells were "NA" (given back in order when the counts agree); a row whose label and values
 * were separated (matched by unit, or when only one such pair is left). Whatever is not settled
 * stays as text, in a table block without table data, so nothing is lost and nothing is guessed.
 */
export function claimIndicatorTables(book: LineBook): TableDraft[] {
  const regions = findRegions(book);
  if (regions.length === 0) return [];
  const tokenized = regions.map((r) => tokenize(book, r));
  const { year, country } = editionOf(tokenized.flat());
  const out: TableDraft[] = [];
  for (let k = 0; k < regions.length; k++) {
    const region = regions[k]!;
    const rows = rebuild(tokenized[k]!);
    const used = new Set<number>();
    const complete = rows.filter((r) => r.values.length === 4 && !r.doubtful).sort((a, b) => compareCodes(a.code, b.code));
    for (const r of complete) for (const l of [r.labelLine, ...r.lines, ...r.yearLines, ...(r.unit ? [r.unit.line] : [])]) used.add(l);
    const drafts: DraftBlock[] = [];
    if (complete.length > 0) drafts.push(tableDraft(book, complete, [...used], year, country));
    const rest = region.filter((i) => !used.has(i) && !isBlank(book.texts[i]!));
    if (rest.length > 0) drafts.push({ kind: 'table', raw: residueText(book, rest), origin: originOf(book, rest), lang: 'und' });
    for (const i of region) book.claims[i] = 'table';
    out.push({ at: region[0]!, drafts });
  }
  return out;
}

/** Runs of table-like lines holding at least two indicator labels, trimmed to their cells. */
function findRegions(book: LineBook): number[][] {
  const { texts } = book;
  const regions: number[][] = [];
  const tableish = (i: number): boolean => {
    const t = texts[i]!.trim();
    return t.length > 0 && t.length <= MAX_CELL && !/[.;:!?]$/.test(t) && !/^[-–—•*+→]\s/.test(t);
  };
  let i = 0;
  while (i < texts.length) {
    if (book.claims[i] || !LABEL.test(texts[i]!) || !tableish(i)) {
      i++;
      continue;
    }
    // Grow around the label over table-like lines; blank and already claimed lines do not break a run.
    let start = i;
    for (let j = i - 1; j >= 0; j--) {
      if (isBlank(texts[j]!) || book.claims[j]) continue;
      if (!tableish(j)) break;
      start = j;
    }
    let end = i;
    for (let j = i + 1; j < texts.length; j++) {
      if (isBlank(texts[j]!) || book.claims[j]) continue;
      if (!tableish(j)) break;
      end = j;
    }
    const lines: number[] = [];
    for (let j = start; j <= end; j++) if (!book.claims[j]) lines.push(j);
    // Leading lines must be cells (a heading above the table is not part of it); trailing ones cells or units.
    const isCell = (j: number): boolean => {
      const t = texts[j]!;
      return LABEL.test(t) || VALUE.test(t) || YEAR.test(t) || COLUMN.test(t);
    };
    while (lines.length > 0 && (isBlank(texts[lines[0]!]!) || !isCell(lines[0]!))) lines.shift();
    while (lines.length > 0 && (isBlank(texts[lines.at(-1)!]!) || !(isCell(lines.at(-1)!) || UNIT_LIKE.test(texts[lines.at(-1)!]!))))
      lines.pop();
    const labels = lines.filter((j) => LABEL.test(texts[j]!)).length;
    const values = lines.filter((j) => VALUE.test(texts[j]!)).length;
    if (labels >= MIN_LABELS && values >= 2 * labels) regions.push(lines);
    i = end + 1;
  }
  return regions;
}

function tokenize(book: LineBook, region: readonly number[]): Token[] {
  const tokens: Token[] = [];
  for (const line of region) {
    const t = book.texts[line]!;
    if (isBlank(t)) continue;
    const label = LABEL.exec(t);
    const trimmed = t.trim();
    if (label && !VALUE.test(t)) tokens.push({ kind: 'label', line, code: label[1]!, label: label[2]! });
    else if (YEAR.test(t)) tokens.push({ kind: 'year', line, text: trimmed });
    else if (VALUE.test(t)) {
      // A value printed right under its column heading ("DESI 2020" / "64%") carries it.
      const prev = tokens[tokens.length - 1];
      if (prev?.kind === 'column' && prev.line === line - 1) {
        tokens.pop();
        tokens.push({ kind: 'value', line, text: trimmed, column: prev.line, columnText: prev.text });
      } else tokens.push({ kind: 'value', line, text: trimmed });
    } else if (COLUMN.test(t)) tokens.push({ kind: 'column', line, text: trimmed });
    else tokens.push({ kind: 'text', line, text: trimmed });
  }
  return tokens;
}

const isNA = (v: string): boolean => /^(NA|n\/a)$/i.test(v);
const filled = (c: Cells): number => c.values.filter((v) => !isNA(v)).length;

/** Reads the tokens into rows and loose value groups, then settles what the counts allow. */
function rebuild(tokens: readonly Token[]): Row[] {
  const rows: Row[] = [];
  const groups: Group[] = [];
  let target: Row | Group | undefined;
  let phase: 'values' | 'after' | 'years' = 'values';
  const isRow = (t: Row | Group | undefined): t is Row => t !== undefined && 'code' in t;
  for (const tok of tokens) {
    switch (tok.kind) {
      case 'label':
        target = { code: tok.code, label: tok.label, labelLine: tok.line, values: [], lines: [], years: [], yearLines: [] };
        rows.push(target);
        phase = 'values';
        break;
      case 'value': {
        const keyed = tok.column !== undefined;
        const fits =
          target !== undefined &&
          phase === 'values' &&
          target.values.length < 4 &&
          (isRow(target) ? !keyed || target.values.length > 0 : target.keyed === keyed);
        if (!fits) {
          target = { keyed, afterRow: rows.length - 1, values: [], lines: [], years: [], yearLines: [] };
          groups.push(target);
          phase = 'values';
        }
        target!.values.push(tok.text);
        target!.lines.push(tok.line, ...(tok.column !== undefined ? [tok.column] : []));
        break;
      }
      case 'year':
        if (target && target.values.length > 0 && target.years.length < filled(target)) {
          target.years.push(tok.text);
          target.yearLines.push(tok.line);
          phase = 'years';
        }
        break;
      case 'text':
        if (!UNIT_LIKE.test(tok.text) || !target) break;
        if (isRow(target) && target.values.length === 0 && !target.labelUnit && phase === 'values') {
          target.labelUnit = { text: tok.text, line: tok.line };
        } else if (target.values.length > 0 && !target.unit && phase !== 'years') {
          target.unit = { text: tok.text, line: tok.line };
          phase = 'after';
        }
        break;
      case 'column':
        break;
    }
  }
  settleDeferredColumns(rows, groups);
  settleSeparatedRows(rows, groups);
  for (const r of rows) if (r.values.length === 4 && !r.unit && r.labelUnit) r.unit = r.labelUnit;
  return rows;
}

/**
 * Rows whose own cells are only "NA" (new indicators: no value in earlier editions) while the
 * extraction moved their last columns after the run: give the moved groups back in order, when
 * there are exactly as many groups as rows. The last row of the run may have taken the first
 * group as its own (it follows its "NA"s directly): that is undone first.
 */
function settleDeferredColumns(rows: Row[], groups: Group[]): void {
  for (let i = 0; i < rows.length; i++) {
    const m = rows[i]!.values.length;
    if (m === 0 || m >= 4 || !rows[i]!.values.every(isNA)) continue;
    let k = i;
    while (k + 1 < rows.length && rows[k + 1]!.values.length === m && rows[k + 1]!.values.every(isNA)) k++;
    const run = rows.slice(i, k + 1);
    const last = rows[k + 1];
    const takeLast =
      last !== undefined && last.values.length === 4 && last.values.slice(0, m).every(isNA) && !last.values.slice(m).some(isNA);
    const runEnd = takeLast ? k + 1 : k;
    const moved: Cells[] = groups.filter((g) => g.afterRow === runEnd && !g.keyed && g.values.length === 4 - m);
    if (takeLast) {
      run.push(last);
      moved.unshift({
        values: last.values.slice(m),
        lines: last.lines.slice(-(4 - m)),
        years: last.years,
        yearLines: last.yearLines,
        ...(last.unit ? { unit: last.unit } : {}),
      });
    }
    if (moved.length !== run.length || run.length < (takeLast ? 2 : 1)) {
      // The row after the run may hold moved values as well as its own: do not vouch for it.
      if (takeLast && run.length >= 2) last.doubtful = true;
      i = k;
      continue;
    }
    run.forEach((row, n) => {
      const g = moved[n]!;
      const own = row === last ? { values: row.values.slice(0, m), lines: row.lines.slice(0, row.lines.length - (4 - m)) } : row;
      row.values = [...own.values, ...g.values];
      row.lines = [...own.lines, ...g.lines];
      if (row === last) {
        row.years = g.years;
        row.yearLines = g.yearLines;
      } else {
        row.years = [...row.years, ...g.years];
        row.yearLines = [...row.yearLines, ...g.yearLines];
        if (!row.unit && g.unit) row.unit = g.unit;
      }
    });
    for (const g of moved) {
      const idx = groups.indexOf(g as Group);
      if (idx >= 0) groups.splice(idx, 1);
    }
    i = runEnd;
  }
}

/**
 * Rows left with no value at all, and complete groups of four values left with no label: paired by
 * unit when the units name the same measure, then one to one when a single pair is left.
 */
function settleSeparatedRows(rows: Row[], groups: Group[]): void {
  const empty = () => rows.filter((r) => r.values.length === 0);
  const loose = () => groups.filter((g) => g.values.length === 4);
  const pair = (row: Row, g: Group): void => {
    row.values = g.values;
    row.lines = g.lines;
    row.years = g.years;
    row.yearLines = g.yearLines;
    if (g.unit) {
      // The line printed under the label was the unit of the row before, which had none.
      const before = rows[rows.indexOf(row) - 1];
      if (row.labelUnit && row.labelUnit.text !== g.unit.text && before && before.values.length === 4 && !before.unit) {
        before.unit = row.labelUnit;
      }
      // The unit printed under the label is the one the values carry: both lines are the row's.
      if (row.labelUnit?.text === g.unit.text) row.lines = [...row.lines, row.labelUnit.line];
      row.unit = g.unit;
      delete row.labelUnit;
    }
    groups.splice(groups.indexOf(g), 1);
  };
  for (const row of empty()) {
    const unit = row.labelUnit?.text;
    const same = loose().filter((g) => unit !== undefined && g.unit?.text === unit);
    if (same.length === 1 && loose().filter((g) => g.unit?.text === unit).length === 1) {
      const rivals = empty().filter((r) => r.labelUnit?.text === unit);
      if (rivals.length === 1) pair(row, same[0]!);
    }
  }
  const rowsLeft = empty();
  const groupsLeft = loose();
  if (rowsLeft.length === 1 && groupsLeft.length === 1) pair(rowsLeft[0]!, groupsLeft[0]!);
}

/** The edition year and the country, read from the column headings ("DESI 2021") and lone words ("Belgium"). */
function editionOf(tokens: readonly Token[]): { year?: number; country?: string } {
  let year: number | undefined;
  const words = new Map<string, number>();
  for (const t of tokens) {
    const column = t.kind === 'column' ? t.text : t.kind === 'value' ? t.columnText : undefined;
    if (column !== undefined) {
      const y = Number(/\d{4}/.exec(column)![0]);
      year = Math.max(year ?? 0, y);
    }
    if (t.kind === 'text' && /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && !/^(rank|score)$/i.test(t.text)) {
      words.set(t.text, (words.get(t.text) ?? 0) + 1);
    }
  }
  const country = [...words.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { ...(year !== undefined ? { year } : {}), ...(country !== undefined ? { country } : {}) };
}

function tableDraft(book: LineBook, rows: readonly Row[], used: readonly number[], year?: number, country?: string): DraftBlock {
  const who = country ?? 'Country';
  const columns =
    year !== undefined
      ? [`${who} DESI ${year - 2}`, `${who} DESI ${year - 1}`, `${who} DESI ${year}`, `EU DESI ${year}`]
      : ['Value 1', 'Value 2', 'Value 3', 'EU'];
  const header = ['Indicator', 'Label', 'Unit', ...columns, 'Reference years'];
  const body = rows.map((r) => [r.code, r.label, r.unit?.text ?? '', ...r.values, referenceYears(r)]);
  const caption = `${year !== undefined ? `DESI ${year} indicators` : 'Indicators'} ${rows[0]!.code}–${rows[rows.length - 1]!.code}`;
  const table: TableData = { caption, header, rows: body };
  const raw = rows
    .map((r) => `${r.code} ${r.label}${r.unit ? ` (${r.unit.text})` : ''}: ${r.values.map((v, i) => `${columns[i]} ${v}`).join(' · ')}`)
    .join('\n');
  return { kind: 'table', raw, origin: originOf(book, used), table, lang: 'und' };
}

/** The data year of each value ("–" for NA), when the years printed under the row add up. */
function referenceYears(r: Row): string {
  if (r.years.length !== filled(r)) return '';
  let k = 0;
  return r.values.map((v) => (isNA(v) ? '–' : r.years[k++]!)).join(', ');
}

/** What could not be placed: one line per label, the loose cells in between joined with " · ". */
function residueText(book: LineBook, lines: readonly number[]): string {
  const out: string[][] = [[]];
  for (const i of lines) {
    const t = book.texts[i]!.trim();
    if (LABEL.test(t) && out[out.length - 1]!.length > 0) out.push([]);
    out[out.length - 1]!.push(t);
  }
  return out.map((l) => l.join(' · ')).join('\n');
}

function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
