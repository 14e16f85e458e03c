import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const SERVER = path.join(__dirname, 'server.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/**
 * The local SMS server speaks the part of Twilio's Messages API the Keycloak extension uses, refuses
 * what Twilio refuses, and lets tests read and forget what it received.
 */
describe('the SMS simulator', () => {
  let child: ChildProcess;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [SERVER, '--listen', `127.0.0.1:${port}`], { stdio: 'ignore' });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${base}/api/v1/info`)).ok) return;
      } catch {
        /* not listening yet */
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the simulator did not start');
  });

  afterAll(() => {
    child.kill('SIGTERM');
  });

  const send = (
    form: Record<string, string>,
    authorization = `Basic ${Buffer.from('AC1:tok').toString('base64')}`,
  ) =>
    fetch(`${base}/2010-04-01/Accounts/AC1/Messages.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization },
      body: new URLSearchParams(form),
    });

  it('accepts a message as Twilio does and lists it for its number, newest first', async () => {
    const first = await send({ To: '+33611111111', From: 'Portal', Body: '123456 is your code' });
    expect(first.status).toBe(201);
    const answer = (await first.json()) as { to: string; status: string; sid: string };
    expect([answer.to, answer.status, answer.sid.startsWith('SM')]).toEqual(['+33611111111', 'queued', true]);
    await send({ To: '+33611111111', From: 'Portal', Body: '654321 is your code' });
    await send({ To: '+33622222222', From: 'Portal', Body: 'another number' });
    const listed = (await (await fetch(`${base}/api/v1/messages?to=%2B33611111111`)).json()) as {
      messages: { body: string }[];
    };
    expect(listed.messages.map((message) => message.body)).toEqual([
      '654321 is your code',
      '123456 is your code',
    ]);
  });

  it('refuses a call without credentials, a malformed number and an empty body, keeping nothing', async () => {
    const before = ((await (await fetch(`${base}/api/v1/info`)).json()) as { messages: number }).messages;
    expect((await send({ To: '+33633333333', Body: 'x' }, '')).status).toBe(401);
    expect((await send({ To: '0633333333', Body: 'x' })).status).toBe(400);
    expect((await send({ To: '+33633333333', Body: '' })).status).toBe(400);
    expect(((await (await fetch(`${base}/api/v1/info`)).json()) as { messages: number }).messages).toBe(
      before,
    );
  });

  it("forgets one number's messages on DELETE", async () => {
    const deleted = await fetch(`${base}/api/v1/messages?to=%2B33611111111`, { method: 'DELETE' });
    expect(await deleted.json()).toEqual({ deleted: 2 });
    const left = (await (await fetch(`${base}/api/v1/messages`)).json()) as { messages: { to: string }[] };
    expect(left.messages.map((message) => message.to)).toEqual(['+33622222222']);
  });
});
