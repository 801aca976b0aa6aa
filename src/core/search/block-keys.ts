import type { LangCode } from '../../shared/model';
import { forEachWord, type Analyzer } from './analyzer';

/**
 * A block's words as small integers, in order: what phrase checks and highlights compare. Each
 * word's comparison key (its index term in the block's language, or `~word` for a stop word,
 * which the index leaves out but a quoted phrase must find) is interned once per engine, so a
 * block costs four bytes a word and a phrase check compares integers. The index stores no word
 * positions (it would double in size); these sequences are computed from the block's text when a
 * query first needs them and kept within a budget.
 */
export type BlockKeys = Int32Array;

/** Interns comparison keys; ids are stable for the life of the engine. */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  /** Per language, folded word → key id: one lookup per word of a block. */
  private readonly byWord = new Map<LangCode, Map<string, number>>();

  constructor(private readonly analyzer: Analyzer) {}

  /** The id of a comparison key (`fr:numer`, `~de`). */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  /** The id of a folded word's key in a language. */
  wordId(lang: LangCode, norm: string): number {
    let memo = this.byWord.get(lang);
    if (!memo) this.byWord.set(lang, (memo = new Map()));
    let id = memo.get(norm);
    if (id === undefined) {
      id = this.id(this.analyzer.termFor(lang, norm) ?? `~${norm}`);
      memo.set(norm, id);
    }
    return id;
  }

  /** A text's words as key ids, in the order `tokenize` gives them. */
  keysOf(lang: LangCode, text: string): BlockKeys {
    const out: number[] = [];
    forEachWord(text, (norm) => out.push(this.wordId(lang, norm)));
    return Int32Array.from(out);
  }
}

/** Key ids kept at most (four bytes each); the blocks computed first are dropped first. */
const BLOCK_KEYS_BUDGET = 8_000_000;

/** The blocks' key sequences, computed on first use and kept within a budget. */
export class BlockKeysCache {
  private readonly cache = new Map<number, BlockKeys>();
  private size = 0;

  constructor(
    private readonly table: KeyTable,
    private readonly blockOf: (doc: number) => { readonly lang: LangCode; readonly text: string },
    private readonly budget = BLOCK_KEYS_BUDGET,
  ) {}

  get(doc: number): BlockKeys {
    const cached = this.cache.get(doc);
    if (cached) return cached;
    const b = this.blockOf(doc);
    const keys = this.table.keysOf(b.lang, b.text);
    while (this.size + keys.length > this.budget && this.cache.size > 0) {
      const [oldest, dropped] = this.cache.entries().next().value!;
      this.cache.delete(oldest);
      this.size -= dropped.length;
    }
    this.cache.set(doc, keys);
    this.size += keys.length;
    return keys;
  }
}
