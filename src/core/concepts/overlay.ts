import {
  CONCEPT_LANGS,
  EMPTY_CODEBOOK_OVERLAY,
  type Codebook,
  type CodebookEdit,
  type CodebookOverlay,
  type CodebookView,
  type Concept,
  type ConceptLang,
  type ConceptOverride,
  type TranslationSet,
} from '../../shared/codebook';
import { ApiError, assertNever } from '../../shared/errors';
import { hashId } from '../hash';

/**
 * The user's codebook edits as a pure layer over the shipped default: the default stays data
 * that a new release may improve, the overlay stays small and survives such upgrades (it names
 * concepts by their fixed ids and adds or removes single terms, never copies the whole list).
 */

const normTerm = (t: string): string => t.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

function uniq(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of list) {
    const n = normTerm(t);
    if (n !== '' && !seen.has(n)) {
      seen.add(n);
      out.push(n);
    }
  }
  return out;
}

function applyOverride(concept: Concept, o: ConceptOverride): Concept {
  const terms = {} as Record<ConceptLang, readonly string[]>;
  for (const lang of CONCEPT_LANGS) {
    const removed = new Set((o.removedTerms?.[lang] ?? []).map(normTerm));
    terms[lang] = uniq([...concept.terms[lang], ...(o.addedTerms?.[lang] ?? [])]).filter((t) => !removed.has(t));
  }
  const translations = [
    ...(concept.translations ?? []).filter((set) => !holdsAny(set, o.removedTranslations)),
    ...(o.addedTranslations ?? []),
  ];
  // The user's description replaces the shipped one in every language (see Concept.descriptions).
  const { descriptions, ...rest } = concept;
  return {
    ...rest,
    ...(o.description === undefined && descriptions ? { descriptions } : {}),
    labels: { ...concept.labels, ...stripUndefined(o.labels ?? {}) },
    description: o.description ?? concept.description,
    terms,
    ...(translations.length > 0 || concept.translations ? { translations } : {}),
  };
}

/** A translation set with its terms normalized like single terms, empty languages left out. */
function cleanSet(set: TranslationSet): TranslationSet {
  const out: Partial<Record<ConceptLang, readonly string[]>> = {};
  for (const lang of CONCEPT_LANGS) {
    const list = uniq(set[lang] ?? []);
    if (list.length > 0) out[lang] = list;
  }
  return out;
}

function setSize(set: TranslationSet): number {
  return CONCEPT_LANGS.reduce((n, lang) => n + (set[lang]?.length ?? 0), 0);
}

/** The set has one of these terms in their language. */
function holdsAny(set: TranslationSet, terms: Readonly<Partial<Record<ConceptLang, readonly string[]>>> | undefined): boolean {
  if (!terms) return false;
  return CONCEPT_LANGS.some((lang) => {
    const wanted = (terms[lang] ?? []).map(normTerm);
    return wanted.length > 0 && (set[lang] ?? []).some((t) => wanted.includes(normTerm(t)));
  });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The version of an edited codebook: the default's, plus a digest of the edits. */
export function overlayVersion(base: Codebook, overlay: CodebookOverlay): string {
  return isEmptyOverlay(overlay) ? base.version : `${base.version}+user.${hashId(JSON.stringify(overlay))}`;
}

export function isEmptyOverlay(overlay: CodebookOverlay): boolean {
  return Object.keys(overlay.overrides).length === 0 && overlay.added.length === 0;
}

/** The effective codebook: default concepts with the user's overrides, then the user's themes. */
export function applyOverlay(base: Codebook, overlay: CodebookOverlay): Codebook {
  const concepts = base.concepts.map((c) => {
    const o = overlay.overrides[c.id];
    return o ? applyOverride(c, o) : c;
  });
  const known = new Set(concepts.map((c) => c.id));
  for (const added of overlay.added) {
    if (known.has(added.id)) continue;
    const o = overlay.overrides[added.id];
    concepts.push(o ? applyOverride(added, o) : added);
  }
  return { version: overlayVersion(base, overlay), concepts };
}

/** What the UI shows: the effective codebook and which concepts the user touched. */
export function codebookView(base: Codebook, overlay: CodebookOverlay): CodebookView {
  return {
    codebook: applyOverlay(base, overlay),
    defaultVersion: base.version,
    edited: [...new Set([...Object.keys(overlay.overrides), ...overlay.added.map((c) => c.id)])],
    overlay,
  };
}

function withOverride(overlay: CodebookOverlay, id: string, change: (o: ConceptOverride) => ConceptOverride): CodebookOverlay {
  const next = change(overlay.overrides[id] ?? {});
  return { ...overlay, overrides: { ...overlay.overrides, [id]: next } };
}

function perLang(
  map: Readonly<Partial<Record<ConceptLang, readonly string[]>>> | undefined,
  lang: ConceptLang,
  list: readonly string[],
): Partial<Record<ConceptLang, readonly string[]>> {
  return { ...(map ?? {}), [lang]: list };
}

/**
 * Applies one edit to the overlay. Refuses, with a message that says what to do, an edit to a
 * concept that does not exist, a new theme whose id is taken, or the removal of a default theme.
 */
export function applyCodebookEdit(base: Codebook, overlay: CodebookOverlay, edit: CodebookEdit): CodebookOverlay {
  const current = applyOverlay(base, overlay);
  const exists = (id: string): Concept => {
    const c = current.concepts.find((x) => x.id === id);
    if (!c)
      throw new ApiError('not-found', `No concept "${id}" in the codebook. List the codebook to see the ids, or add the theme first.`);
    return c;
  };
  switch (edit.op) {
    case 'rename':
      exists(edit.id);
      return withOverride(overlay, edit.id, (o) => ({ ...o, labels: { ...(o.labels ?? {}), [edit.lang]: edit.label.trim() } }));
    case 'describe':
      exists(edit.id);
      return withOverride(overlay, edit.id, (o) => ({ ...o, description: edit.description.trim() }));
    case 'add-terms': {
      exists(edit.id);
      const added = uniq(edit.terms);
      return withOverride(overlay, edit.id, (o) => ({
        ...o,
        addedTerms: perLang(o.addedTerms, edit.lang, uniq([...(o.addedTerms?.[edit.lang] ?? []), ...added])),
        removedTerms: perLang(
          o.removedTerms,
          edit.lang,
          (o.removedTerms?.[edit.lang] ?? []).filter((t) => !added.includes(normTerm(t))),
        ),
      }));
    }
    case 'remove-terms': {
      exists(edit.id);
      const removed = uniq(edit.terms);
      return withOverride(overlay, edit.id, (o) => ({
        ...o,
        addedTerms: perLang(
          o.addedTerms,
          edit.lang,
          (o.addedTerms?.[edit.lang] ?? []).filter((t) => !removed.includes(normTerm(t))),
        ),
        removedTerms: perLang(o.removedTerms, edit.lang, uniq([...(o.removedTerms?.[edit.lang] ?? []), ...removed])),
      }));
    }
    case 'add-theme': {
      if (current.concepts.some((c) => c.id === edit.id)) {
        throw new ApiError('conflict', `A concept with id "${edit.id}" already exists. Choose another id, or add terms to it instead.`);
      }
      const concept: Concept = {
        id: edit.id,
        theme: true,
        labels: { fr: edit.labels.fr.trim(), nl: edit.labels.nl.trim(), en: edit.labels.en.trim() },
        description: edit.description?.trim() ?? '',
        terms: { fr: uniq(edit.terms?.fr ?? []), nl: uniq(edit.terms?.nl ?? []), en: uniq(edit.terms?.en ?? []) },
        ...(edit.translations ? { translations: edit.translations.map(cleanSet).filter((set) => setSize(set) >= 2) } : {}),
      };
      return { ...overlay, added: [...overlay.added, concept] };
    }
    case 'add-translation': {
      exists(edit.id);
      const set = cleanSet(edit.translation);
      if (setSize(set) < 2) {
        throw new ApiError(
          'bad-input',
          'A translation set needs at least two different terms: the same thing in two languages, or said two ways.',
        );
      }
      return withOverride(overlay, edit.id, (o) => ({ ...o, addedTranslations: [...(o.addedTranslations ?? []), set] }));
    }
    case 'remove-translation': {
      const concept = exists(edit.id);
      const gone = { [edit.lang]: [normTerm(edit.term)] };
      if (!(concept.translations ?? []).some((set) => holdsAny(set, gone))) {
        throw new ApiError(
          'not-found',
          `No translation set of "${edit.id}" has the ${edit.lang} term "${edit.term.trim()}". List the codebook to see its sets.`,
        );
      }
      return withOverride(overlay, edit.id, (o) => ({
        ...o,
        addedTranslations: (o.addedTranslations ?? []).filter((set) => !holdsAny(set, gone)),
        removedTranslations: perLang(o.removedTranslations, edit.lang, uniq([...(o.removedTranslations?.[edit.lang] ?? []), edit.term])),
      }));
    }
    case 'remove-theme': {
      if (base.concepts.some((c) => c.id === edit.id)) {
        throw new ApiError(
          'bad-input',
          `"${edit.id}" is a default theme: its id is fixed and cannot be removed. Remove its terms or rename it instead.`,
        );
      }
      exists(edit.id);
      const { [edit.id]: _dropped, ...overrides } = overlay.overrides;
      return { overrides, added: overlay.added.filter((c) => c.id !== edit.id) };
    }
    case 'reset': {
      if (edit.id === undefined) return EMPTY_CODEBOOK_OVERLAY;
      exists(edit.id);
      const { [edit.id]: _dropped, ...overrides } = overlay.overrides;
      return { ...overlay, overrides };
    }
    default:
      return assertNever(edit);
  }
}
