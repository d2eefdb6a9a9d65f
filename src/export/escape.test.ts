import { escapeXml } from './escape.ts';

describe('escapeXml', () => {
  it('turns the five XML specials into entities', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
  });

  it('keeps emoji and other text beyond the BMP whole', () => {
    expect(escapeXml('Youth 🎉 services – £5')).toBe('Youth 🎉 services – £5');
  });

  it('replaces characters XML 1.0 forbids, and lone surrogates, with U+FFFD', () => {
    expect(escapeXml('a\u0000b\u0007c\u001Fd\uFFFEe')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(escapeXml('x\uD83Dy')).toBe('x\uFFFDy');
    expect(escapeXml('tab\tnew\nline')).toBe('tab\tnew\nline');
  });
});
