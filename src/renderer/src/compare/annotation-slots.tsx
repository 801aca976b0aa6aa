import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment, CommitmentLink } from '../../../shared/commitments';
import { AnnotateButton } from '../annotations/annotate-button';
import { markdownToPlain } from '../../../shared/markdown';
import { useAnnotationsApi, type ItemTarget } from '../annotations/use-annotations';
import { excerpt } from './format';
import type { CompareSlots, LinkEnds } from './slots';

/** The annotation target of a whole commitment: its source and its stable id. */
export function commitmentTarget(c: Commitment): ItemTarget {
  return { kind: 'commitment', source: c.sourceId, commitmentId: c.id };
}

/** The annotation target of a link: its id (stable while both ends are) and both ends, so it is read without the comparison. */
export function linkTarget(link: CommitmentLink, ends: LinkEnds): ItemTarget {
  return { kind: 'link', linkId: link.id, sources: [ends.from.sourceId, ends.to.sourceId], commitmentIds: [ends.from.id, ends.to.id] };
}

/** What the editor's title names ("Commitment: …", "Link: … ↔ …"): the texts, cut short. */
export function commitmentLabel(c: Commitment): string {
  return excerpt(c.text, 80);
}

export function linkLabel(ends: LinkEnds): string {
  return `${excerpt(ends.from.text, 48)} ↔ ${excerpt(ends.to.text, 48)}`;
}

/**
 * The annotations in the Compare view: "Annotate" (or "2 notes", opening the first) on every
 * card and link row through the annotations view's own `AnnotateButton`, and the notes already
 * made listed under the actions, each in its colour and opening the editor. A constant, so the
 * memoized view is not rendered again for it; the buttons follow the annotations themselves
 * (`useAnnotationsApi` is an external store).
 */
export const ANNOTATION_SLOTS: CompareSlots = {
  commitmentActions: (c) => <AnnotateButton target={commitmentTarget(c)} label={commitmentLabel(c)} />,
  linkActions: (link, ends) => <AnnotateButton target={linkTarget(link, ends)} label={linkLabel(ends)} />,
  commitmentFooter: (c) => <ItemNotes target={commitmentTarget(c)} label={commitmentLabel(c)} of="commitment" />,
  linkFooter: (link, ends) => <ItemNotes target={linkTarget(link, ends)} label={linkLabel(ends)} of="link" />,
};

/** The annotations on one commitment or link: colour (named, not only shown), note and tags; a click edits. */
function ItemNotes({ target, label, of }: { target: ItemTarget; label: string; of: 'commitment' | 'link' }): ReactNode {
  const { t } = useTranslation();
  const api = useAnnotationsApi();
  const views = api?.on(target) ?? [];
  if (!api || views.length === 0) return null;
  return (
    <ul className="item-notes" aria-label={t(`compare.notes.${of}`, { count: views.length })}>
      {views.map(({ annotation: a }) => {
        const note = markdownToPlain(a.body.note);
        return (
          <li key={a.id} className={`item-note color-${a.body.color}`} data-annotation-id={a.id}>
            <button type="button" onClick={() => api.edit(a.id, label)} title={t('compare.notes.edit')}>
              <span className="note-swatch" aria-hidden="true" />
              <span className="visually-hidden">{t(`annotations.colors.${a.body.color}`)}: </span>
              <span className="note-text">{note ? excerpt(note, 140) : t('compare.notes.noNote')}</span>
              {a.body.tags.length > 0 ? <span className="note-tags"> {a.body.tags.map((x) => `#${x}`).join(' ')}</span> : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
