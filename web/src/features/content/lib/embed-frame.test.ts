import { describe, expect, it } from 'vitest';
import { EMBED_SANDBOX, renderableEmbed } from './embed-frame';

describe('embed frame', () => {
  it('grants scripts, own origin and popups only: never top navigation, forms or escaping popups', () => {
    expect(EMBED_SANDBOX.split(' ').sort()).toEqual(['allow-popups', 'allow-same-origin', 'allow-scripts']);
  });

  it('renders https embeds of other origins only, never blocked ones or the portal itself', () => {
    const portal = 'https://portal.example.com';
    expect(renderableEmbed({ url: 'https://www.youtube.com/embed/x', blocked: false }, portal)).toBe(true);
    expect(renderableEmbed({ url: 'https://www.youtube.com/embed/x', blocked: true }, portal)).toBe(false);
    expect(renderableEmbed({ url: 'http://www.youtube.com/embed/x', blocked: false }, portal)).toBe(false);
    expect(renderableEmbed({ url: 'https://portal.example.com/app', blocked: false }, portal)).toBe(false);
    expect(renderableEmbed({ url: 'javascript:alert(1)', blocked: false }, portal)).toBe(false);
  });
});
