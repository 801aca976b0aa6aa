import type { LangCode } from '../../../shared/model';
import { classifyLanguage, detectLanguage, guessByFunctionWords } from '../../language';

/** Texts shorter than this are judged by function words rather than trigram statistics. */
const SHORT = 120;

type Pair = readonly [LangCode, LangCode];

/** The language of one paragraph, restricted to the two languages of the document. */
export function paragraphLanguage(text: string, pair: Pair): LangCode {
  const plain = text.replace(/[*_#<>[\]()]/g, ' ').trim();
  const among = pair.filter((l): l is 'fr' | 'nl' | 'en' => l !== 'und');
  if (plain.length < SHORT) {
    const guess = guessByFunctionWords(plain, among);
    if (guess !== 'und') return guess;
    // Trigrams only help from a few words on; titles and dates take their neighbours' language.
    const trigram = plain.length >= 40 ? detectLanguage(plain) : 'und';
    return pair.includes(trigram) ? trigram : 'und';
  }
  return classifyLanguage(plain, among);
}

/**
 * Fills in paragraphs whose language could not be told. In the title block (`headerEnd`
 * paragraphs) a short line belongs with what follows it (a date, "ANTWOORD", then the Dutch
 * title); in the body it belongs with what precedes it (the rest of its list or section).
 */
export function fillLanguages(langs: readonly LangCode[], headerEnd: number): LangCode[] {
  const out = [...langs];
  for (let i = headerEnd - 1; i >= 0; i--) if (out[i] === 'und') out[i] = out[i + 1] ?? 'und';
  for (let i = headerEnd; i < out.length; i++) if (out[i] === 'und') out[i] = out[i - 1] ?? 'und';
  for (let i = out.length - 1; i >= 0; i--) if (out[i] === 'und') out[i] = out[i + 1] ?? 'und';
  return out;
}
