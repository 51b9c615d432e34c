import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  isAppUrl,
  isTrustedSender,
  mayNavigate,
  mayOpenExternally,
} from '../../electron/api/senderPolicy.ts';

describe('isAppUrl', () => {
  it('accepts pages of our own scheme and host', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true);
    expect(isAppUrl('app://thuky/')).toBe(true);
    expect(isAppUrl('app://thuky/conferences/3?tab=1#x')).toBe(true);
  });

  it.each([
    'app://thuky.evil/index.html',
    'app://evil/index.html',
    'app://thuky:8080/index.html',
    'app://user:pw@thuky/index.html',
    'http://thuky/index.html',
    'https://thuky/index.html',
    'file:///index.html',
    'about:blank',
    'javascript:alert(1)',
    'data:text/html,<p>x</p>',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const good = { fromOurWindow: true, isMainFrame: true, frameUrl: appEntryUrl };

  it('trusts our window main frame showing our renderer', () => {
    expect(isTrustedSender(good)).toBe(true);
  });

  it('refuses another window, an iframe, or a frame that left the app', () => {
    expect(isTrustedSender({ ...good, fromOurWindow: false })).toBe(false);
    expect(isTrustedSender({ ...good, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'https://example.com/' })).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: '' })).toBe(false);
  });
});

describe('navigation and external links', () => {
  it('lets the window navigate only inside the app', () => {
    expect(mayNavigate('app://thuky/index.html#/conferences')).toBe(true);
    expect(mayNavigate('https://example.com/')).toBe(false);
    expect(mayNavigate('file:///etc/passwd')).toBe(false);
  });

  it('opens only plain http(s) links in the browser', () => {
    expect(mayOpenExternally('https://thiduakhenthuong.gov.vn/')).toBe(true);
    expect(mayOpenExternally('http://example.com/a?b=c')).toBe(true);
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'app://thuky/index.html',
      'https://user:secret@example.com/',
      'mailto:a@b.c',
      'not a url',
    ]) {
      expect(mayOpenExternally(url), url).toBe(false);
    }
  });
});
