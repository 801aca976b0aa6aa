import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { markdownToPlain } from '../../../shared/markdown';
import { useAnnotationsApi, type ItemTarget } from './use-annotations';
import './annotations.css';

/**
 * The "Annotate" slot of a commitment card or a link row in the Compare view: opens the shared
 * annotation editor on the whole commitment or link; once annotated, it shows how many notes
 * there are and opens the first for editing. Uses the API `useAnnotations` publishes; without
 * it (outside the app), it renders nothing.
 *
 * ```tsx
 * <AnnotateButton target={{ kind: 'commitment', source: c.sourceId, commitmentId: c.id }} label={c.summary} />
 * <AnnotateButton target={{ kind: 'link', linkId: l.id, sources: [a.sourceId, b.sourceId], commitmentIds: [a.id, b.id] }} label={`${a.summary} ↔ ${b.summary}`} />
 * ```
 */
export function AnnotateButton({ target, label }: { target: ItemTarget; label: string }): ReactNode {
  const { t } = useTranslation();
  const annotations = useAnnotationsApi();
  if (!annotations) return null;
  const existing = annotations.on(target);
  const first = existing[0];
  const notes = existing
    .map((v) => [markdownToPlain(v.annotation.body.note), ...v.annotation.body.tags.map((x) => `#${x}`)].filter(Boolean).join(' '))
    .filter(Boolean)
    .join(' · ');
  return (
    <span className="annotate-item">
      <button
        type="button"
        className={`annotate-button${first ? ` annotated color-${first.annotation.body.color}` : ''}`}
        // Once annotated, the name starts with what the button shows ("1 note"), as WCAG 2.5.3 asks.
        aria-label={
          first ? t('annotations.item.annotatedLabel', { count: existing.length, label }) : t('annotations.item.annotateLabel', { label })
        }
        title={notes || t('annotations.item.annotate')}
        onClick={() => (first ? annotations.edit(first.annotation.id, label) : annotations.annotate(target, label))}
      >
        {first ? t('annotations.item.annotated', { count: existing.length }) : t('annotations.item.annotate')}
      </button>
    </span>
  );
}
