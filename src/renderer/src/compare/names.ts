import { actorLabel } from '../../../shared/actors';
import { conceptDescription, type CodebookView } from '../../../shared/codebook';
import type { CommitmentKind, LinkRelation, ThemeStatus } from '../../../shared/commitments';
import type { Source } from '../../../shared/model';
import type { UiLocale } from '../../../shared/workspace';
import type { Translate } from '../related/format-reason';
import { isPartyProgramme, shortNameParts } from './timeline';

/**
 * The names the Compare view prints, in the interface language: sources by a short name ("2021
 * answer"), themes and concepts by the codebook's label and description in that language (the
 * user's renames included), actors by their name in that language, kinds, relations and statuses
 * from the catalogue.
 */
export interface Names {
  source(sourceId: string): string;
  /** The source's full title, for tooltips and screen readers. */
  sourceTitle(sourceId: string): string;
  isProgramme(sourceId: string): boolean;
  theme(themeId: string): string;
  themeDescription(themeId: string): string;
  actor(name: string): string;
  kind(kind: CommitmentKind): string;
  relation(relation: LinkRelation): string;
  status(status: ThemeStatus): string;
}

export function makeNames(t: Translate, locale: UiLocale, sources: readonly Source[], codebook: CodebookView | undefined): Names {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const concepts = new Map((codebook?.codebook.concepts ?? []).map((c) => [c.id, c]));
  return {
    source: (id) => {
      const s = byId.get(id);
      if (!s) return id;
      const parts = shortNameParts(s);
      return parts.key ? t(parts.key, { years: parts.years }) : parts.title;
    },
    sourceTitle: (id) => byId.get(id)?.title ?? id,
    isProgramme: (id) => {
      const s = byId.get(id);
      return s ? isPartyProgramme(s) : false;
    },
    theme: (id) => {
      const c = concepts.get(id);
      return c ? (c.labels[locale] ?? c.labels.en) : id;
    },
    themeDescription: (id) => {
      const c = concepts.get(id);
      return c ? conceptDescription(c, locale) : '';
    },
    actor: (name) => actorLabel(name, locale),
    kind: (kind) => t(`compare.kind.${kind}`),
    relation: (relation) => t(`compare.relation.${relation}`),
    status: (status) => t(`compare.status.${status}`),
  };
}
