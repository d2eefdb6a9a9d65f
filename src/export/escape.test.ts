import { escapeXml } from './escape.ts';

describe('escapeXml', () => {
  it('turns the five XML specials into entities', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
  });

  it('keeps emoji and other text beyond the BMP whole', () => {
    expect(escapeXml('Youth 🎉 services – £5')).toBe('Youth 🎉 services – £5');
  });

  it('shows characters XML 1.0 forbids, lone surrogates and bidi overrides as escapes, so the paper neither breaks nor obeys them', () => {
    expect(escapeXml('a\u0000b\u0007c\u001Fd\uFFFEe')).toBe('a\\x00b\\x07c\\x1fd\\ufffee');
    expect(escapeXml('x\uD83Dy')).toBe('x\\ud83dy');
    expect(escapeXml('Safe \u001b[2J \u202eevil')).toBe('Safe \\x1b[2J \\u202eevil');
    expect(escapeXml('tab\tnew\nline')).toBe('tab\tnew\nline');
  });
});
