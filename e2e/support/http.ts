import { findRoute, isBinaryResponse, problemSchema } from '@client-portal/gateway/api-registry';
import type { z } from 'zod';

/**
 * Every JSON answer must match what its route declares (problem+json answers: the Problem schema),
 * so the OpenAPI document and the web app's generated types cannot drift from what the gateway sends.
 * A mismatch throws, failing the test that made the request.
 */
export function assertDeclaredShape(method: string, path: string, status: number, body: unknown): void {
  const route = findRoute(method, path);
  if (!route) throw new Error(`${method} ${path} answered ${status} but no route declares it`);
  const declared = route.response;
  if (status < 400 && isBinaryResponse(declared))
    throw new Error(`${method} ${path} answered JSON but declares ${declared.contentType}`);
  const schema: z.ZodType = status >= 400 || isBinaryResponse(declared) ? problemSchema : declared;
  const checked = schema.safeParse(body);
  if (!checked.success)
    throw new Error(
      `${method} ${path} (${status}) does not match its declared schema: ${JSON.stringify(checked.error.issues)}`,
    );
}

/** A small REST client for the gateway, as the web app uses it. */
export interface ApiResponse<Body = unknown> {
  status: number;
  body: Body;
  headers: Headers;
}

export class Api {
  constructor(
    private readonly baseUrl: string,
    private readonly token?: string,
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  as(token: string): Api {
    return new Api(this.baseUrl, token);
  }

  /** The caller's bearer token (none for anonymous), to open the live stream as them. */
  get bearer(): string | undefined {
    return this.token;
  }

  /** The same caller sending more headers on every request (X-View-As). */
  withHeaders(headers: Record<string, string>): Api {
    return new Api(this.baseUrl, this.token, { ...this.extraHeaders, ...headers });
  }

  /** The caller's headers: the extra ones and, unless anonymous, the bearer token. */
  private headers(): Record<string, string> {
    return this.token
      ? { ...this.extraHeaders, authorization: `Bearer ${this.token}` }
      : { ...this.extraHeaders };
  }

  /** One call as this caller, a JSON body when there is one. */
  private send(method: string, path: string, body: unknown): Promise<Response> {
    return fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers:
        body === undefined ? this.headers() : { ...this.headers(), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async request<Body = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiResponse<Body>> {
    const response = await this.send(method, path, body);
    const type = response.headers.get('content-type') ?? '';
    const json = type.includes('json');
    const parsed = json
      ? ((await response.json()) as Body)
      : (Buffer.from(await response.arrayBuffer()) as Body);
    if (json) assertDeclaredShape(method, path, response.status, parsed);
    return { status: response.status, body: parsed, headers: response.headers };
  }

  get<Body = Record<string, unknown>>(path: string): Promise<ApiResponse<Body>> {
    return this.request<Body>('GET', path);
  }

  post<Body = Record<string, unknown>>(path: string, body: unknown = {}): Promise<ApiResponse<Body>> {
    return this.request<Body>('POST', path, body);
  }

  put<Body = Record<string, unknown>>(path: string, body: unknown = {}): Promise<ApiResponse<Body>> {
    return this.request<Body>('PUT', path, body);
  }

  delete<Body = Record<string, unknown>>(path: string): Promise<ApiResponse<Body>> {
    return this.request<Body>('DELETE', path);
  }

  /**
   * One call whose answer is kept as text (any status, any media type) for tests that scan answers
   * rather than read them: the authorisation matrix. The shape is not checked here.
   */
  async raw(method: string, path: string, body?: unknown): Promise<{ status: number; text: string }> {
    const response = await this.send(method, path, body);
    return { status: response.status, text: await response.text() };
  }

  /** Sends raw bytes (a logo upload) with the content type given, as a browser's file upload would. */
  async upload<Body = Record<string, unknown>>(
    method: string,
    path: string,
    bytes: Uint8Array,
    contentType: string,
  ): Promise<ApiResponse<Body>> {
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: { ...this.headers(), 'content-type': contentType },
      body: Buffer.from(bytes),
    });
    const body = (await response.json()) as Body;
    assertDeclaredShape(method, path, response.status, body);
    return { status: response.status, body, headers: response.headers };
  }
}

/** Reads a server-sent event stream with a bearer token (as the web app does), collecting events. */
export class EventStream {
  readonly events: { event: string; data: unknown }[] = [];
  private readonly controller = new AbortController();
  private connected!: Promise<void>;

  static async open(baseUrl: string, token: string): Promise<EventStream> {
    const stream = new EventStream();
    stream.connected = stream.read(baseUrl, token);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return stream;
  }

  private async read(baseUrl: string, token: string): Promise<void> {
    const response = await fetch(`${baseUrl}/api/events`, {
      headers: { authorization: `Bearer ${token}` },
      signal: this.controller.signal,
    });
    if (!response.body) throw new Error(`no event stream (status ${response.status})`);
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let boundary = buffer.indexOf('\n\n');
        while (boundary >= 0) {
          const frame = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (event && data) this.events.push({ event, data: JSON.parse(data) as unknown });
          boundary = buffer.indexOf('\n\n');
        }
      }
    } catch (error) {
      if (!this.controller.signal.aborted) throw error;
    }
  }

  async waitFor(
    predicate: (event: { event: string; data: unknown }) => boolean,
    timeoutMs = 20_000,
  ): Promise<{ event: string; data: unknown }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no matching live event within ${timeoutMs} ms; got ${JSON.stringify(this.events)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  close(): void {
    this.controller.abort();
  }
}
