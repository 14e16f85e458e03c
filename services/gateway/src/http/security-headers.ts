import type { NextFunction, Request, Response } from 'express';

/**
 * The security headers every answer of the gateway carries (issue 14, hardening; docs/security.md).
 * The web image's nginx sends the same ones for the app (the chart renders them from
 * `webSecurityHeaders` through deploy/k8s/web: chart.test.ts checks both agree).
 */

/** The origins the web app talks to besides its own: Keycloak and the object store's public URL. */
export interface WebOrigins {
  /** Where the browser reaches Keycloak (token refresh, login and logout are on it). */
  keycloakUrl: string;
  /** More origins the app may fetch from or upload to: the object store's presigned URLs. */
  connectOrigins: readonly string[];
}

/** `https://host:port` of a URL; '' for something that is not one (the policy then omits it). */
export function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : '';
  } catch {
    return '';
  }
}

const unique = (values: string[]): string[] => [...new Set(values.filter(Boolean))];

/**
 * The web app's policy. Scripts only from its own origin (Vite emits no inline script and nothing
 * calls eval); styles also inline, because the e-mail template preview shows an e-mail's HTML in a
 * sandboxed `srcdoc` frame, which inherits this policy, and e-mails are styled with attributes; images
 * from https too (logos in e-mail previews); frames from https (a tenant's allowed embeds, themselves
 * sandboxed); connections to itself, Keycloak and the object store; nobody may frame the app.
 */
export function webContentSecurityPolicy(origins: WebOrigins): string {
  const keycloak = originOf(origins.keycloakUrl);
  const connect = unique(["'self'", keycloak, ...origins.connectOrigins.map(originOf)]);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "frame-src 'self' https:",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${unique(["'self'", keycloak]).join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The API's policy: its answers are JSON, PDFs and two small HTML pages (unsubscribe, with an inline
 * style and a form posting to itself), never something to run scripts in or to frame.
 */
export const API_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The API reference page (Swagger UI): its own scripts and styles, inline styles of the widget. */
export const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers that do not depend on the answer: HSTS (0 leaves it out), nosniff, no framing, referrer. */
export function commonSecurityHeaders(hstsMaxAgeSeconds: number): Record<string, string> {
  return {
    ...(hstsMaxAgeSeconds > 0
      ? { 'strict-transport-security': `max-age=${hstsMaxAgeSeconds}; includeSubDomains` }
      : {}),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}

/** The headers of the web app's files (index.html and assets), as the gateway and nginx send them. */
export function webSecurityHeaders(origins: WebOrigins, hstsMaxAgeSeconds: number): Record<string, string> {
  return {
    ...commonSecurityHeaders(hstsMaxAgeSeconds),
    'content-security-policy': webContentSecurityPolicy(origins),
  };
}

/** Sets the headers before anything answers, so errors, 401s and 404s carry them too. */
export function securityHeaders(options: { origins: WebOrigins; hstsMaxAgeSeconds: number }) {
  const common = Object.entries(commonSecurityHeaders(options.hstsMaxAgeSeconds));
  const web = webContentSecurityPolicy(options.origins);
  return (request: Request, response: Response, next: NextFunction): void => {
    for (const [name, value] of common) response.setHeader(name, value);
    const path = request.path;
    const policy =
      path === '/api/docs' || path.startsWith('/api/docs/')
        ? DOCS_CONTENT_SECURITY_POLICY
        : path === '/api' || path.startsWith('/api/')
          ? API_CONTENT_SECURITY_POLICY
          : web;
    response.setHeader('content-security-policy', policy);
    next();
  };
}
