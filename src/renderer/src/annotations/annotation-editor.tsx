import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANNOTATION_COLORS,
  DEFAULT_ANNOTATION_COLOR,
  type AnnotationBody,
  type AnnotationColor,
  type TagCount,
} from '../../../shared/annotations';
import { MarkdownView } from './markdown-view';
import { addTag, suggestTags } from './tags';
import './annotations.css';

/**
 * What is being annotated, as the editor shows it. Generic over the target kinds of
 * `shared/annotations.ts`: a passage (its quote, or the quotes of a selection over several
 * blocks), a whole commitment, or a link between two (the Compare view passes a label).
 */
export type EditorSubject =
  | { readonly kind: 'passage'; readonly sourceTitle: string; readonly quotes: readonly string[] }
  | { readonly kind: 'commitment'; readonly label: string }
  | { readonly kind: 'link'; readonly label: string };

export interface AnnotationEditorProps {
  readonly mode: 'new' | 'edit';
  readonly subject: EditorSubject;
  readonly initial?: AnnotationBody;
  readonly tagsInUse: readonly TagCount[];
  /** A message from the last save (a conflict, a refusal), shown in place. */
  readonly error?: string;
  readonly busy?: boolean;
  readonly onSave: (body: AnnotationBody) => void;
  readonly onCancel: () => void;
}

/**
 * The annotation editor as a modal dialog: colour, note (markdown, with a live preview rendered
 * safely) and tags (suggested from the tags already used). Escape cancels, Ctrl/⌘+Enter saves;
 * the focus stays inside while it is open and goes back where it was when it closes.
 */
export function AnnotationEditor(props: AnnotationEditorProps): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const [color, setColor] = useState<AnnotationColor>(props.initial?.color ?? DEFAULT_ANNOTATION_COLOR);
  const [note, setNote] = useState(props.initial?.note ?? '');
  const [tags, setTags] = useState<readonly string[]>(props.initial?.tags ?? []);
  const [tagInput, setTagInput] = useState('');
  const [active, setActive] = useState(-1);
  const dialog = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    noteRef.current?.focus();
    return () => before?.focus?.({ preventScroll: true });
  }, []);

  const suggestions = tagInput.trim() === '' ? [] : suggestTags(tagInput, props.tagsInUse, tags);
  const listId = `${id}-tags-list`;
  const save = (): void => {
    const pending = tagInput.trim() ? addTag(tags, tagInput) : tags;
    props.onSave({ color, note, tags: [...pending] });
  };
  const takeTag = (tag: string): void => {
    setTags((prev) => addTag(prev, tag));
    setTagInput('');
    setActive(-1);
  };

  return (
    <div className="annotation-dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && props.onCancel()}>
      <div
        ref={dialog}
        className="annotation-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            if (suggestions.length > 0 && active >= 0) setActive(-1);
            else props.onCancel();
          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          } else if (e.key === 'Tab') trapFocus(e, dialog.current);
        }}
      >
        <h2 id={`${id}-title`}>{props.mode === 'new' ? t('annotations.editor.newTitle') : t('annotations.editor.editTitle')}</h2>
        <Subject subject={props.subject} />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <fieldset className="annotation-colors">
            <legend>{t('annotations.editor.color')}</legend>
            {ANNOTATION_COLORS.map((c) => (
              <label key={c} className={`swatch-choice color-${c}`}>
                <input type="radio" name={`${id}-color`} value={c} checked={color === c} onChange={() => setColor(c)} />
                <span className="swatch" aria-hidden="true" />
                <span className="swatch-name">{t(`annotations.colors.${c}`)}</span>
              </label>
            ))}
          </fieldset>
          <label className="annotation-note-label" htmlFor={`${id}-note`}>
            {t('annotations.editor.note')}
          </label>
          <textarea id={`${id}-note`} ref={noteRef} value={note} rows={5} onChange={(e) => setNote(e.target.value)} />
          {note.trim() !== '' ? (
            <div className="annotation-preview" aria-label={t('annotations.editor.preview')} role="group">
              <span className="preview-label" aria-hidden="true">
                {t('annotations.editor.preview')}
              </span>
              <MarkdownView source={note} />
            </div>
          ) : null}
          <div className="annotation-tags-field">
            <label htmlFor={`${id}-tag`}>{t('annotations.editor.tags')}</label>
            {tags.length > 0 ? (
              <ul className="tag-chips">
                {tags.map((tag) => (
                  <li key={tag} className="tag-chip">
                    <span>#{tag}</span>
                    <button
                      type="button"
                      className="chip-remove"
                      aria-label={t('annotations.editor.removeTag', { tag })}
                      onClick={() => setTags((prev) => prev.filter((x) => x !== tag))}
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
            <div className="tag-combo">
              <input
                id={`${id}-tag`}
                role="combobox"
                aria-autocomplete="list"
                aria-expanded={suggestions.length > 0}
                aria-controls={listId}
                aria-activedescendant={active >= 0 && suggestions[active] ? `${listId}-${active}` : undefined}
                placeholder={t('annotations.editor.addTag')}
                value={tagInput}
                autoComplete="off"
                onChange={(e) => {
                  setTagInput(e.target.value);
                  setActive(-1);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowDown' && suggestions.length > 0) {
                    e.preventDefault();
                    setActive((a) => (a + 1) % suggestions.length);
                  } else if (e.key === 'ArrowUp' && suggestions.length > 0) {
                    e.preventDefault();
                    setActive((a) => (a <= 0 ? suggestions.length - 1 : a - 1));
                  } else if ((e.key === 'Enter' || e.key === ',') && !e.ctrlKey && !e.metaKey) {
                    const chosen = active >= 0 ? suggestions[active] : tagInput;
                    if (chosen && chosen.trim() !== '') {
                      e.preventDefault();
                      takeTag(chosen);
                    } else if (e.key === ',') e.preventDefault();
                  } else if (e.key === 'Backspace' && tagInput === '' && tags.length > 0) {
                    setTags((prev) => prev.slice(0, -1));
                  }
                }}
              />
              <ul
                id={listId}
                role="listbox"
                aria-label={t('annotations.editor.suggestions')}
                className="tag-suggestions"
                hidden={suggestions.length === 0}
              >
                {suggestions.map((s, i) => (
                  <li
                    key={s}
                    id={`${listId}-${i}`}
                    role="option"
                    aria-selected={i === active}
                    onMouseDown={(e) => {
                      e.preventDefault();
                      takeTag(s);
                    }}
                  >
                    #{s}
                  </li>
                ))}
              </ul>
            </div>
          </div>
          {props.error ? (
            <p className="annotation-error" role="alert">
              {props.error}
            </p>
          ) : null}
          <div className="dialog-buttons">
            <button type="button" onClick={props.onCancel}>
              {t('annotations.editor.cancel')}
            </button>
            <button type="submit" className="primary" disabled={props.busy} title={t('annotations.editor.saveHint')}>
              {t('annotations.editor.save')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

function Subject({ subject }: { subject: EditorSubject }): ReactNode {
  const { t } = useTranslation();
  switch (subject.kind) {
    case 'passage': {
      const [first] = subject.quotes;
      return (
        <div className="annotation-subject">
          <p className="subject-source">
            {subject.sourceTitle}
            {subject.quotes.length > 1 ? ` · ${t('annotations.editor.passages', { count: subject.quotes.length })}` : ''}
          </p>
          {first ? <blockquote className="subject-quote">{clip(subject.quotes.join(' … '), 400)}</blockquote> : null}
        </div>
      );
    }
    case 'commitment':
      return <p className="annotation-subject">{t('annotations.editor.commitment', { label: subject.label })}</p>;
    case 'link':
      return <p className="annotation-subject">{t('annotations.editor.link', { label: subject.label })}</p>;
  }
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Keeps Tab inside the dialog: from the last control to the first, and back. */
function trapFocus(e: React.KeyboardEvent, root: HTMLElement | null): void {
  if (!root) return;
  const focusable = [
    ...root.querySelectorAll<HTMLElement>('button, input, textarea, select, a[href], [tabindex]:not([tabindex="-1"])'),
  ].filter((el) => !el.hasAttribute('disabled') && el.offsetParent !== null);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
