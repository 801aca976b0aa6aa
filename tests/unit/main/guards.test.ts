import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAppUrl, isTrustedSender, shouldAllowNavigation } from '../../../src/main/guards';

const entry = 'file:///opt/synopsis/out/renderer/index.html';
const mainFrame = { url: entry, processId: 4, routingId: 1 };

describe('Electron guards', () => {
  it('opens only http, https and mailto links externally, after parsing', () => {
    expect(isAllowedExternalUrl('https://eid.belgium.be/fr')).toBe(true);
    expect(isAllowedExternalUrl('http://www.digitalwallonia.be/digiscore')).toBe(true);
    expect(isAllowedExternalUrl('mailto:info@benelux.int')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>1</script>',
      'smb://host/share',
      'not a url',
      'https://user:pw@evil.example',
      'vbscript:x',
      'JAVASCRIPT:alert(1)',
    ]) {
      expect(isAllowedExternalUrl(bad), bad).toBe(false);
    }
  });

  it('recognizes the app page, with fragments and queries, and nothing else', () => {
    expect(isAppUrl(`${entry}#token`, entry)).toBe(true);
    expect(isAppUrl('file:///opt/synopsis/out/renderer/other.html', entry)).toBe(false);
    expect(isAppUrl('https://evil.example/', entry)).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });

  it('denies navigation to a foreign page', () => {
    expect(shouldAllowNavigation('https://evil.example/phish', entry)).toBe(false);
    expect(shouldAllowNavigation('file:///etc/passwd', entry)).toBe(false);
    expect(shouldAllowNavigation(entry, entry)).toBe(true);
  });

  it('accepts IPC only from the main frame of the app window showing the app page', () => {
    expect(isTrustedSender({ senderFrame: mainFrame }, mainFrame, entry)).toBe(true);
    expect(isTrustedSender({ senderFrame: { ...mainFrame, routingId: 2 } }, mainFrame, entry)).toBe(false);
    expect(isTrustedSender({ senderFrame: { ...mainFrame, processId: 9 } }, mainFrame, entry)).toBe(false);
    expect(isTrustedSender({ senderFrame: { ...mainFrame, url: 'https://evil.example/' } }, mainFrame, entry)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, mainFrame, entry)).toBe(false);
    expect(isTrustedSender({ senderFrame: mainFrame }, undefined, entry)).toBe(false);
  });
});
