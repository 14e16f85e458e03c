/**
 * Plays a person following a Keycloak action e-mail (execute-actions-email: "update your password")
 * without a browser: fetch with a cookie jar, Keycloak's own pages, its own forms. Revocation slice.
 */
export class KeycloakBrowserless {
  private readonly cookies = new Map<string, string>();

  /** GETs or POSTs, following redirects by hand so every Set-Cookie lands in the jar. */
  async go(url: string, init: RequestInit = {}): Promise<{ status: number; url: string; html: string }> {
    let next = url;
    let request = init;
    for (let hop = 0; hop < 10; hop++) {
      const headers = new Headers(request.headers);
      headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
      const response = await fetch(next, { ...request, headers, redirect: 'manual' });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';');
        const equals = pair.indexOf('=');
        this.cookies.set(pair.slice(0, equals), pair.slice(equals + 1));
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        next = new URL(location, next).toString();
        request = {};
        continue;
      }
      return { status: response.status, url: next, html: await response.text() };
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /**
   * Opens the e-mailed link, proceeds past Keycloak's "Perform the following action(s)" page and submits
   * the new password on its form. Answers Keycloak's last page.
   */
  async updatePassword(link: string, password: string): Promise<{ status: number; html: string }> {
    let page = await this.go(link);
    const proceed = /kc-info-message[\s\S]*?<a href="([^"]+)"/.exec(page.html)?.[1];
    if (proceed) page = await this.go(unescape(proceed));
    const action = /<form[^>]*action="([^"]+)"/.exec(page.html)?.[1];
    if (!action || !page.html.includes('password-new')) return { status: page.status, html: page.html };
    const done = await this.go(unescape(action), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'password-new': password, 'password-confirm': password }),
    });
    return { status: done.status, html: done.html };
  }
}

function unescape(html: string): string {
  return html.replaceAll('&amp;', '&');
}

/** The action link of a Keycloak e-mail (its text part). */
export function actionLinkOf(text: string): string {
  const link = /(https?:\/\/\S+\/login-actions\/action-token\S+)/.exec(text)?.[1];
  if (!link) throw new Error('no Keycloak action link in the e-mail');
  return link;
}
