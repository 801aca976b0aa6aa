import type { CodebookView } from '../../../shared/codebook';
import type { UiLocale } from '../../../shared/workspace';
import type { ThemeTerms } from './scorers';

/** The part of the codebook (`getCodebook`) the related-passages logic reads. */
export type CodebookLike = Pick<CodebookView, 'codebook'>;

/** The codebook's themes with their label in the interface language and their terms in every language. */
export function lexiconFromCodebook(view: CodebookLike, locale: UiLocale): readonly ThemeTerms[] {
  return view.codebook.concepts
    .filter((c) => c.theme)
    .map((c) => ({ id: c.id, label: c.labels[locale] ?? c.labels.en, terms: [...c.terms.fr, ...c.terms.nl, ...c.terms.en] }));
}
