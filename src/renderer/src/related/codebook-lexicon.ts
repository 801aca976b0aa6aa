import type { UiLocale } from '../../../shared/workspace';
import type { ThemeTerms } from './scorers';

/**
 * The part of the codebook the related-passages logic reads: the shape `getCodebook` returns
 * (`CodebookView` in `src/shared/codebook.ts`, from the commitments work). Declared here, as
 * little as needed, so the reading view uses the codebook as soon as the contract offers it and
 * runs without it until then.
 */
export interface CodebookLike {
  readonly codebook: {
    readonly concepts: readonly {
      readonly id: string;
      readonly theme: boolean;
      readonly labels: Readonly<Record<'fr' | 'nl' | 'en', string>>;
      readonly terms: Readonly<Record<'fr' | 'nl' | 'en', readonly string[]>>;
    }[];
  };
}

/** The codebook's themes with their label in the interface language and their terms in every language. */
export function lexiconFromCodebook(view: CodebookLike, locale: UiLocale): readonly ThemeTerms[] {
  return view.codebook.concepts
    .filter((c) => c.theme)
    .map((c) => ({ id: c.id, label: c.labels[locale] ?? c.labels.en, terms: [...c.terms.fr, ...c.terms.nl, ...c.terms.en] }));
}

/** `getCodebook` of the API, when the contract has it (the commitments work adds it). */
export function codebookSource(api: object): (() => Promise<CodebookLike>) | undefined {
  const fn = (api as { getCodebook?: () => Promise<CodebookLike> }).getCodebook;
  return typeof fn === 'function' ? () => fn.call(api) : undefined;
}
