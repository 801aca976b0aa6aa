import type { Block, IngestedDocument } from '../../../shared/model';
import type { PaneView } from '../../../shared/workspace';
import { footnoteBacklinks } from './footnotes';
import { buildRows, type RowModel } from './rows';
import { buildSyncIndex, type SyncIndex } from './sync-keys';

/**
 * What the panes derive from a document, computed once per document (and view): two panes of
 * the same source share it, and the app reads the same objects the panes render from.
 */
const rows = new WeakMap<IngestedDocument, Map<PaneView, RowModel>>();
const sync = new WeakMap<IngestedDocument, SyncIndex>();
const backlinks = new WeakMap<IngestedDocument, ReadonlyMap<string, string>>();

export function rowModelFor(doc: IngestedDocument, view: PaneView): RowModel {
  let byView = rows.get(doc);
  if (!byView) rows.set(doc, (byView = new Map()));
  let model = byView.get(view);
  if (!model) byView.set(view, (model = buildRows(doc, view)));
  return model;
}

export function syncIndexFor(doc: IngestedDocument): SyncIndex {
  let index = sync.get(doc);
  if (!index) sync.set(doc, (index = buildSyncIndex(doc)));
  return index;
}

export function backlinksFor(doc: IngestedDocument): ReadonlyMap<string, string> {
  let map = backlinks.get(doc);
  if (!map) backlinks.set(doc, (map = footnoteBacklinks(doc.blocks)));
  return map;
}

const blockIndex = new WeakMap<IngestedDocument, ReadonlyMap<string, Block>>();

export function blockIndexFor(doc: IngestedDocument): ReadonlyMap<string, Block> {
  let map = blockIndex.get(doc);
  if (!map) blockIndex.set(doc, (map = new Map(doc.blocks.map((b) => [b.id, b]))));
  return map;
}
