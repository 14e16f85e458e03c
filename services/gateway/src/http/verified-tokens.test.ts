import { VerifiedTokens } from './verified-tokens.js';

describe('VerifiedTokens', () => {
  let now = 1_000_000_000_000;
  const clock = () => now;
  const exp = (secondsFromNow: number) => Math.floor(now / 1000) + secondsFromNow;

  it('answers a remembered token until it expires, then forgets it', () => {
    const tokens = new VerifiedTokens<{ exp?: number; sub: string }>(10, clock);
    tokens.remember('a.b.c', { exp: exp(60), sub: 'ann' });
    expect(tokens.get('a.b.c')).toEqual({ exp: exp(60), sub: 'ann' });
    now += 61_000;
    expect(tokens.get('a.b.c')).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('knows a token only by its exact text: another payload or signature is unknown', () => {
    const tokens = new VerifiedTokens<{ exp?: number }>(10, clock);
    tokens.remember('header.payload.signature', { exp: exp(60) });
    expect(tokens.get('header.payload2.signature')).toBeUndefined();
    expect(tokens.get('header.payload.signature2')).toBeUndefined();
    expect(tokens.get('header.payload.signature')).toBeDefined();
  });

  it('never keeps a token without an expiry or already expired', () => {
    const tokens = new VerifiedTokens<{ exp?: number }>(10, clock);
    tokens.remember('no-exp', {});
    tokens.remember('expired', { exp: exp(-1) });
    expect(tokens.size).toBe(0);
  });

  it('stays within its capacity, dropping expired tokens first, then the oldest', () => {
    const tokens = new VerifiedTokens<{ exp?: number }>(3, clock);
    tokens.remember('old', { exp: exp(600) });
    tokens.remember('short', { exp: exp(5) });
    tokens.remember('mid', { exp: exp(600) });
    now += 10_000;
    tokens.remember('new', { exp: exp(600) });
    expect(tokens.get('short')).toBeUndefined();
    expect(tokens.get('old')).toBeDefined();
    tokens.remember('newest', { exp: exp(600) });
    expect(tokens.size).toBe(3);
    expect(tokens.get('old')).toBeUndefined();
    expect(tokens.get('newest')).toBeDefined();
  });
});
