/**
 * Access tokens by the OAuth 2.0 client-credentials grant at Keycloak's token endpoint
 * (`<keycloak>/realms/<realm>/protocol/openid-connect/token`), with the client id and secret a tenant
 * admin created under Settings → Partner applications. A token is reused until shortly before it expires.
 */
export interface ClientCredentials {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
}

export class TokenSource {
  private cached: { token: string; expiresAt: number } | undefined;

  constructor(private readonly credentials: ClientCredentials) {}

  async token(): Promise<string> {
    if (this.cached && Date.now() < this.cached.expiresAt) return this.cached.token;
    const response = await fetch(this.credentials.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.credentials.clientId,
        client_secret: this.credentials.clientSecret,
      }),
    });
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: string;
      expires_in?: number;
      error?: string;
      error_description?: string;
    };
    if (!response.ok || !body.access_token)
      throw new Error(
        `the token endpoint refused the client credentials (${response.status} ${body.error ?? ''} ${body.error_description ?? ''})`.trim(),
      );
    // Renewed 30 s early so a call never leaves with a token about to expire.
    const lifetimeMs = Math.max((body.expires_in ?? 60) - 30, 5) * 1000;
    this.cached = { token: body.access_token, expiresAt: Date.now() + lifetimeMs };
    return body.access_token;
  }

  /** Forgets the token: the next call fetches a new one (after UNAUTHENTICATED, e.g. a rotated secret). */
  invalidate(): void {
    this.cached = undefined;
  }
}
