/**
 * The Electron shell's security decisions as pure functions, so they are tested without Electron.
 * Policy (Electron's security checklist): the app's own page is the only one that may call the
 * API or be navigated to; external links open in the system browser for http, https and mailto
 * only, after parsing.
 */

/** The schemes the system browser may be asked to open. */
const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Whether a link may be handed to the operating system (`shell.openExternal`). */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!EXTERNAL_SCHEMES.has(url.protocol)) return false;
  if (url.protocol !== 'mailto:' && url.hostname === '') return false;
  return !url.username && !url.password;
}

/**
 * Whether a URL is the app's own page: the built renderer's file (any fragment or query), or the
 * development server's origin when one is used.
 */
export function isAppUrl(raw: string, appEntry: string): boolean {
  let url: URL;
  let entry: URL;
  try {
    url = new URL(raw);
    entry = new URL(appEntry);
  } catch {
    return false;
  }
  if (entry.protocol === 'file:') return url.protocol === 'file:' && url.pathname === entry.pathname;
  return url.origin === entry.origin;
}

/** Navigation is never allowed away from the app's page (reloads of the page itself are fine). */
export function shouldAllowNavigation(target: string, appEntry: string): boolean {
  return isAppUrl(target, appEntry);
}

/** The parts of an IPC event the sender check needs. */
export interface SenderInfo {
  /** The frame that sent the message, or null when it is gone. */
  readonly senderFrame: { readonly url: string; readonly processId: number; readonly routingId: number } | null;
}

/** The main frame of the app's window, as Electron describes it. */
export interface TrustedFrame {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
}

/**
 * IPC is accepted only from the main frame of the app's own window, showing the app's page: not
 * from a subframe, another window, or a page that navigated elsewhere.
 */
export function isTrustedSender(event: SenderInfo, mainFrame: TrustedFrame | undefined, appEntry: string): boolean {
  const frame = event.senderFrame;
  if (!frame || !mainFrame) return false;
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;
  return isAppUrl(frame.url, appEntry);
}
