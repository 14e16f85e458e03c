import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { assertPublicHost, isBlockedAddress, WebhookSender } from './webhook.sender.js';

describe('the SSRF guard', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
  ])('blocks %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111'])('lets %s through', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });

  it('refuses a host name that resolves to loopback', async () => {
    await expect(assertPublicHost('localhost')).rejects.toThrow(/loopback|private|blocked/);
    await expect(assertPublicHost('[::1]')).rejects.toThrow();
  });

  it('never connects to a private address when private targets are not allowed', async () => {
    let reached = false;
    const server = createServer((_request, response) => {
      reached = true;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const guarded = new WebhookSender(false, 2_000);
      const blocked = await guarded.post(`https://127.0.0.1:${port}/hook`, {}, '{}');
      expect(blocked).toMatchObject({
        responseCode: 0,
        error: expect.stringMatching(/private|loopback/) as string,
      });
      const plain = await guarded.post(`http://localhost:${port}/hook`, {}, '{}');
      expect(plain.error).toMatch(/https/);
      expect(reached).toBe(false);
      // Allowed (local platform, tests): delivered.
      const open = await new WebhookSender(true, 2_000).post(`http://127.0.0.1:${port}/hook`, {}, '{}');
      expect(open).toMatchObject({ responseCode: 200, error: '' });
      expect(reached).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
