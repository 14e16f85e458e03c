/**
 * The bearer tokens whose signature, issuer, audience and expiry were already checked, by their exact
 * text, until they expire. keycloak-connect converts the realm's JWK to PEM and parses it for every
 * request it validates; the web app sends the same token for minutes, so the gateway checks it once.
 *
 * Keyed by the WHOLE token (header, payload and signature): the same bytes always validate the same way,
 * while any change to the payload makes another key that is validated afresh. Nothing a token's checks
 * depend on changes while it lives, except its expiry, which every hit checks again. Revocation is the
 * principal cache's business (auth.ts evicts it); a Keycloak logout never made an unexpired JWT invalid
 * for a bearer-only resource server.
 */
export class VerifiedTokens<Content extends { exp?: number }> {
  private readonly entries = new Map<string, Content>();

  constructor(
    private readonly capacity = 5_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The checked content of this exact token, or undefined when unknown or expired. */
  get(token: string): Content | undefined {
    const content = this.entries.get(token);
    if (content === undefined) return undefined;
    if ((content.exp ?? 0) * 1000 <= this.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return content;
  }

  /** Remembers a token that passed every check; one without an expiry is never kept. */
  remember(token: string, content: Content): void {
    if (typeof content.exp !== 'number' || content.exp * 1000 <= this.now()) return;
    if (this.entries.size >= this.capacity) {
      // Expired ones first; when none, the oldest remembered (a Map iterates in insertion order).
      for (const [key, entry] of this.entries)
        if ((entry.exp ?? 0) * 1000 <= this.now()) this.entries.delete(key);
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value ?? '');
    }
    this.entries.set(token, content);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
