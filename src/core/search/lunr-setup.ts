import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import lunrFr from 'lunr-languages/lunr.fr';
import lunrNl from 'lunr-languages/lunr.nl';
import { fold } from './fold';

/**
 * lunr with the French and Dutch stemmers and stop-word lists of lunr-languages registered
 * once. The rest of the engine reaches lunr only through this module, so the registration
 * (a side effect on the lunr namespace) happens before any index is built or loaded.
 *
 * `lunr.multi` is deliberately not used: it chains every language's stemmer on every word, so a
 * Dutch word would also be cut by French rules. The analyzer picks one language per block.
 */
interface Registered {
  readonly fr: ReadonlySet<string>;
  readonly nl: ReadonlySet<string>;
}
/** Kept on the lunr namespace, which is shared, so a second copy of this module registers nothing. */
const REGISTERED = Symbol.for('synopsis.search.lunr-languages');
const namespace = lunr as unknown as { [REGISTERED]?: Registered };
const registered: Registered =
  namespace[REGISTERED] ??
  (namespace[REGISTERED] = (() => {
    stemmerSupport(lunr);
    return { fr: capturingStopWords(() => lunrFr(lunr)), nl: capturingStopWords(() => lunrNl(lunr)) };
  })());
const frStopWords = registered.fr;
const nlStopWords = registered.nl;

/**
 * lunr-languages keeps each stop-word list inside the filter it builds, out of reach. The list is
 * needed in folded form (the analyzer folds before it filters, so "à" and "été" must be caught as
 * "a" and "ete"), so it is captured while the plugin builds its filter.
 */
function capturingStopWords(register: () => void): ReadonlySet<string> {
  const original = lunr.generateStopWordFilter;
  const lists: string[][] = [];
  lunr.generateStopWordFilter = (words: string[]) => {
    lists.push(words);
    return original(words);
  };
  try {
    register();
  } finally {
    lunr.generateStopWordFilter = original;
  }
  return new Set(lists.flat().filter((w) => w.length > 0));
}

interface LanguagePlugin {
  readonly stemmer: (word: string) => string;
}
const plugins = lunr as unknown as { readonly fr: LanguagePlugin; readonly nl: LanguagePlugin };

export type StemLang = 'fr' | 'nl' | 'en';

/** Snowball stemmers (French, Dutch) and lunr's Porter stemmer (English), word in, stem out. */
export const stemmers: Readonly<Record<StemLang, (word: string) => string>> = {
  fr: (w) => plugins.fr.stemmer(w),
  nl: (w) => plugins.nl.stemmer(w),
  en: (w) => lunr.stemmer(new lunr.Token(w, {})).toString(),
};

const foldedFr = new Set([...frStopWords].map(fold));
const foldedNl = new Set([...nlStopWords].map(fold));

/**
 * True when the folded word is a stop word of the language (lunr-languages' lists for French and
 * Dutch, folded the same way as the text; lunr's own list for English, which has no accents).
 */
export const isStopWord: Readonly<Record<StemLang, (norm: string) => boolean>> = {
  fr: (w) => foldedFr.has(w),
  nl: (w) => foldedNl.has(w),
  en: (w) => lunr.stopWordFilter(new lunr.Token(w, {})) === undefined,
};

export { lunr };
