import type { ShellCommand } from '../../shared/shell-commands';

/** The keyboard shortcut a key press stands for, in the browser shell (Electron's menu has the same accelerators). */
export function keyCommand(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'>,
): ShellCommand | undefined {
  const mod = e.ctrlKey || e.metaKey;
  const target = e.target as { tagName?: string; isContentEditable?: boolean } | null;
  const inField = Boolean(
    target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable),
  );
  if (e.key === 'F3') return e.shiftKey ? 'find-previous' : 'find-next';
  if (e.key === 'F6') return e.shiftKey ? 'previous-pane' : 'next-pane';
  if (e.key === 'F1') return 'help';
  if (mod && !e.altKey && (e.key === 'f' || e.key === 'F') && !e.shiftKey) return 'find';
  if (mod && !e.altKey && (e.key === 'b' || e.key === 'B') && !e.shiftKey) return 'toggle-side-panel';
  if (mod && e.shiftKey && (e.key === 'd' || e.key === 'D')) return 'toggle-theme';
  if (mod && e.shiftKey && !e.altKey && (e.key === 'e' || e.key === 'E')) return 'export-report';
  if (mod && e.shiftKey && !e.altKey && (e.key === 'k' || e.key === 'K')) return 'toggle-compare';
  if (mod && !e.altKey && (e.key === '+' || e.key === '=')) return 'font-bigger';
  if (mod && !e.altKey && (e.key === '-' || e.key === '_')) return 'font-smaller';
  if (mod && !e.altKey && e.key === '0') return 'font-reset';
  if (mod && e.shiftKey && !e.altKey && (e.key === 'h' || e.key === 'H') && !inField) return 'annotate-selection';
  // Ctrl+Z in a text field undoes the typing there, not an annotation change.
  if (mod && !e.altKey && !inField && (e.key === 'z' || e.key === 'Z')) return e.shiftKey ? 'redo' : 'undo';
  if (mod && !e.altKey && !e.shiftKey && !inField && (e.key === 'y' || e.key === 'Y')) return 'redo';
  // Alt+arrows move by word in text fields on macOS: leave them there.
  if (e.altKey && !mod && !e.shiftKey && !inField && e.key === 'ArrowLeft') return 'history-back';
  if (e.altKey && !mod && !e.shiftKey && !inField && e.key === 'ArrowRight') return 'history-forward';
  return undefined;
}
