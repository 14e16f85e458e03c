import { vi } from 'vitest';

/** A request the code under test sent, as the gateway would have received it. */
export interface SentRequest {
  method: string;
  url: URL;
  body: unknown;
}

type Answer = Response | Promise<Response>;
type Handler = (request: SentRequest) => Answer;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

/**
 * Answers the app's fetch calls in place of the gateway: the real API modules and HTTP client run
 * (headers, query strings, problem+json parsing); only the network is replaced. A request no
 * handler claims fails the test with its method and path.
 */
export function serveGateway(routes: Record<string, Handler>): SentRequest[] {
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://app.test');
      const method = init.method ?? 'GET';
      const request: SentRequest = {
        method,
        url,
        body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      };
      sent.push(request);
      if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      const handler = routes[`${method} ${url.pathname}`];
      if (!handler) throw new Error(`Unexpected request ${method} ${url.pathname}`);
      return handler(request);
    }),
  );
  return sent;
}

/** A promise settled from outside, for answering requests in a chosen order. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
