import { assertNever } from '../../../shared/errors';
import type { CurationAction } from '../../../shared/curation';
import type { Translate } from '../related/format-reason';
import type { Names } from './names';

/** A decision in words: what was decided ("Link rejected", "Kind set to pledge"), for the list and tests. */
export function decisionWords(action: CurationAction, t: Translate, names: Names): string {
  switch (action.type) {
    case 'confirm-link':
      return t('compare.decisions.confirmLink');
    case 'reject-link':
      return t('compare.decisions.rejectLink');
    case 'add-link':
      return action.relation
        ? t('compare.decisions.addLinkAs', { relation: names.relation(action.relation) })
        : t('compare.decisions.addLink');
    case 'set-kind':
      return t('compare.decisions.setKind', { kind: names.kind(action.kind) });
    case 'set-themes':
      return t('compare.decisions.setThemes', { themes: action.themes.map((id) => names.theme(id)).join(', ') });
    case 'set-actor':
      return t('compare.decisions.setActor', { actor: names.actor(action.actor) });
    case 'not-commitment':
      return t('compare.decisions.notCommitment');
    case 'mark-commitment':
      return action.kind ? t('compare.decisions.markAs', { kind: names.kind(action.kind) }) : t('compare.decisions.mark');
    default:
      return assertNever(action);
  }
}

/** The texts a decision is about, with their sources. */
export function decisionTexts(action: CurationAction): readonly { sourceId: string; text: string }[] {
  switch (action.type) {
    case 'confirm-link':
    case 'reject-link':
    case 'add-link':
      return [action.from, action.to];
    case 'mark-commitment':
      return [{ sourceId: action.sourceId, text: action.text }];
    default:
      return [action.commitment];
  }
}
