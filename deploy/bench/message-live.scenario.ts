/**
 * Issue 12 (conversations): a message posted → visible on the other side's open live stream (GET
 * /api/events, what an open screen listens to), both ways: staff writes → the client user's stream;
 * the client user writes → the staff member's stream. Measured from just before the POST to the
 * arrival of its `message.posted` frame; target p99 ≤ 500 ms.
 */

export interface MessageLiveSetup {
  base: string;
  staffToken: string;
  clientToken: string;
  /** A workspace the client user may write in: its General conversation is used. */
  workspaceId: string;
  samples?: number;
}

export interface Percentiles {
  p50: number;
  p99: number;
  samples: number;
}

export interface MessageLiveResult {
  staffToClient: Percentiles;
  clientToStaff: Percentiles;
}

/** An open live stream resolving waiters by message id as frames arrive. */
class LiveReader {
  private readonly controller = new AbortController();
  private readonly seen = new Map<string, number>();
  private readonly waiters = new Map<string, (at: number) => void>();
  ready: Promise<void>;

  constructor(base: string, token: string) {
    this.ready = fetch(`${base}/api/events`, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      signal: this.controller.signal,
    }).then((response) => {
      if (!response.ok || !response.body) throw new Error(`live stream answered ${response.status}`);
      void this.read(response.body);
    });
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk, { stream: true });
        let boundary = buffer.indexOf('\n\n');
        while (boundary >= 0) {
          const frame = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          boundary = buffer.indexOf('\n\n');
          if (!/^event: message\.posted$/m.test(frame)) continue;
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (!data) continue;
          const { messageId } = JSON.parse(data) as { messageId: string };
          const at = performance.now();
          const waiter = this.waiters.get(messageId);
          if (waiter) waiter(at);
          else this.seen.set(messageId, at);
        }
      }
    } catch {
      // closed by close()
    }
  }

  arrival(messageId: string, timeoutMs = 10_000): Promise<number> {
    const seen = this.seen.get(messageId);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(messageId);
        reject(new Error(`message ${messageId} did not arrive within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.set(messageId, (at) => {
        clearTimeout(timer);
        this.waiters.delete(messageId);
        resolve(at);
      });
    });
  }

  close(): void {
    this.controller.abort();
  }
}

function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), samples: sorted.length };
}

async function postOnce(base: string, token: string, workspaceId: string, body: string): Promise<string> {
  const response = await fetch(`${base}/api/conversations/${encodeURIComponent(workspaceId)}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body }),
  });
  if (response.status !== 201)
    throw new Error(`posting answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** One direction: `writer` posts one message at a time, `reader`'s stream waits for each. */
async function direction(
  setup: MessageLiveSetup,
  writerToken: string,
  reader: LiveReader,
  samples: number,
): Promise<Percentiles> {
  const latencies: number[] = [];
  for (let index = 0; index < samples + 3; index++) {
    const begin = performance.now();
    const id = await postOnce(setup.base, writerToken, setup.workspaceId, `bench message ${index}`);
    const arrived = await reader.arrival(id);
    // The first few warm up the JIT, connection pools and the principal cache.
    if (index >= 3) latencies.push(arrived - begin);
  }
  return percentiles(latencies);
}

export async function measureMessageLive(setup: MessageLiveSetup): Promise<MessageLiveResult> {
  const samples = setup.samples ?? 100;
  const clientStream = new LiveReader(setup.base, setup.clientToken);
  const staffStream = new LiveReader(setup.base, setup.staffToken);
  try {
    await Promise.all([clientStream.ready, staffStream.ready]);
    // The gateway's consumer joins its group when it starts; give the streams a moment to register.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const staffToClient = await direction(setup, setup.staffToken, clientStream, samples);
    const clientToStaff = await direction(setup, setup.clientToken, staffStream, samples);
    return { staffToClient, clientToStaff };
  } finally {
    clientStream.close();
    staffStream.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export function describeMessageLive(result: MessageLiveResult): string[] {
  return [
    `staff posts → client's open stream: p50 ${ms(result.staffToClient.p50)}, p99 ${ms(result.staffToClient.p99)} (${result.staffToClient.samples} messages; target p99 ≤ 500 ms)`,
    `client posts → staff's open stream: p50 ${ms(result.clientToStaff.p50)}, p99 ${ms(result.clientToStaff.p99)} (${result.clientToStaff.samples} messages; target p99 ≤ 500 ms)`,
  ];
}
