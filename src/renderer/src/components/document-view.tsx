import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, IngestedDocument, OutlineNode } from '../../../shared/model';
import type { UiLocale } from '../../../shared/workspace';
import { formatIsoDate } from '../i18n';
import { BlockView } from './block-view';

/** A source opened for reading: its header, its outline, and its blocks. */
export function DocumentView({ doc, locale }: { doc: IngestedDocument; locale: UiLocale }): ReactNode {
  const { t } = useTranslation();
  const s = doc.source;
  const idPrefix = `b-`;
  return (
    <article className="document" aria-label={s.title} data-source-id={s.id}>
      <header className="document-header">
        <h1>{s.title}</h1>
        <dl>
          <dt>{t('sources.publisher')}</dt>
          <dd>{s.publisher}</dd>
          <dt>{t('sources.date')}</dt>
          <dd>
            {formatIsoDate(s.date, locale)}
            {s.dateConflict ? (
              <span className="warning" role="note">
                {' '}
                ⚠ {t('sources.dateConflict')}: {s.dateConflict}
              </span>
            ) : null}
          </dd>
          <dt>{t('sources.languages')}</dt>
          <dd>{s.languages.map((l) => t(`lang.${l}`)).join(', ')}</dd>
          <dt>SHA-256</dt>
          <dd className={`integrity integrity-${s.integrity.kind}`}>
            <code>{s.sha256.slice(0, 16)}…</code>{' '}
            {s.integrity.kind === 'verified'
              ? `✓ ${t('sources.integrityVerified')}`
              : s.integrity.kind === 'mismatch'
                ? `⚠ ${t('sources.integrityMismatch')}`
                : t('sources.integrityUnverified')}
          </dd>
        </dl>
      </header>
      {doc.outline.length > 0 ? <OutlineView nodes={doc.outline} idPrefix={idPrefix} /> : null}
      <div className="blocks">{groupLists(doc.blocks, idPrefix)}</div>
    </article>
  );
}

/** Consecutive list items are wrapped in one list, so assistive technology announces them as one. */
function groupLists(blocks: readonly Block[], idPrefix: string): ReactNode[] {
  const out: ReactNode[] = [];
  let run: Block[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    out.push(
      <div role="list" key={`list-${run[0]!.id}`} className="list">
        {run.map((b) => (
          <BlockView key={b.id} block={b} idPrefix={idPrefix} />
        ))}
      </div>,
    );
    run = [];
  };
  for (const b of blocks) {
    if (b.kind === 'list-item') run.push(b);
    else {
      flush();
      out.push(
        <Fragment key={b.id}>
          <BlockView block={b} idPrefix={idPrefix} />
        </Fragment>,
      );
    }
  }
  flush();
  return out;
}

function OutlineView({ nodes, idPrefix }: { nodes: readonly OutlineNode[]; idPrefix: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <details className="outline">
      <summary>{t('reader.outline')}</summary>
      <OutlineList nodes={nodes} idPrefix={idPrefix} />
    </details>
  );
}

function OutlineList({ nodes, idPrefix }: { nodes: readonly OutlineNode[]; idPrefix: string }): ReactNode {
  return (
    <ul>
      {nodes.map((n) => (
        <li key={n.blockId}>
          <a
            href={`#${idPrefix}${n.blockId}`}
            onClick={(e) => {
              e.preventDefault();
              document.getElementById(`${idPrefix}${n.blockId}`)?.scrollIntoView({ block: 'start' });
            }}
          >
            {n.marker ? `${n.marker} ` : ''}
            {n.text}
          </a>
          {n.children.length > 0 ? <OutlineList nodes={n.children} idPrefix={idPrefix} /> : null}
        </li>
      ))}
    </ul>
  );
}
