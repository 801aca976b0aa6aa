/**
 * Keeps Tab inside a modal dialog. `showModal()` already makes the page behind inert, but Tab
 * from the dialog's last control would leave for the browser's own toolbar; this wraps it round
 * to the first control instead (and Shift+Tab from the first to the last), as dialogs in desktop
 * applications do.
 */

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), iframe, [tabindex]:not([tabindex="-1"])';

/** Where Tab should go instead of leaving: the other end, or nowhere special (undefined). */
export function wrapTarget<T>(focusable: readonly T[], current: T | null, backwards: boolean): T | undefined {
  if (focusable.length === 0) return undefined;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  const index = current === null ? -1 : focusable.indexOf(current);
  if (index === -1) return backwards ? last : first;
  if (backwards && index === 0) return last;
  if (!backwards && index === focusable.length - 1) return first;
  return undefined;
}

/** The dialog's controls a user can Tab to, in document order (hidden ones left out). */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]') && el.getClientRects().length > 0);
}

/** A keydown handler for the dialog element. */
export function trapTab(event: KeyboardEvent | React.KeyboardEvent<HTMLElement>, root: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const radios = new Set<string>();
  // A radio group is one Tab stop: only its checked (or first) radio counts.
  const stops = focusableIn(root).filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
    const checked = root.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]:checked`);
    if (checked) return el === checked;
    if (radios.has(el.name)) return false;
    radios.add(el.name);
    return true;
  });
  const active = root.ownerDocument.activeElement as HTMLElement | null;
  const target = wrapTarget(stops, active && root.contains(active) ? active : null, event.shiftKey);
  if (target) {
    event.preventDefault();
    target.focus();
  }
}
