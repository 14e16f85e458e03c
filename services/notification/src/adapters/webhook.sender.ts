import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * The addresses a webhook must never reach (server-side request forgery): loopback, private networks,
 * link-local (cloud metadata at 169.254.169.254 and fd00:ec2::254 included), shared and reserved ranges.
 */
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
] as const)
  BLOCKED.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['64:ff9b::', 96],
  ['100::', 64],
] as const)
  BLOCKED.addSubnet(network, prefix, 'ipv6');

/** True when a webhook may not be sent to this IP address. IPv4-mapped IPv6 addresses are judged as IPv4. */
export function isBlockedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return BLOCKED.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family === 6) return BLOCKED.check(address, 'ipv6');
  return true;
}

export class BlockedAddressError extends Error {}

function resolveAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error) reject(error);
      else resolve(addresses);
    });
  });
}

/**
 * Refuses a host that is, or resolves to, a blocked address (every address it resolves to is checked:
 * one private answer among public ones is enough to refuse). Checked when subscribing, and again when
 * connecting (the lookup below), since DNS may answer differently later (rebinding).
 */
export async function assertPublicHost(hostname: string): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolveAll(host);
  const blocked = addresses.find((entry) => isBlockedAddress(entry.address));
  if (addresses.length === 0 || blocked)
    throw new BlockedAddressError(
      `${hostname} resolves to ${blocked?.address ?? 'nothing'}, a private, loopback or link-local address`,
    );
}

/** The connection's own DNS lookup, guarded: the address connected to is the one checked. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  resolveAll(hostname).then(
    (addresses) => {
      const blocked = addresses.find((entry) => isBlockedAddress(entry.address));
      if (blocked || addresses.length === 0) {
        callback(
          new BlockedAddressError(
            `${hostname} resolves to ${blocked?.address ?? 'nothing'}, a blocked address`,
          ),
          '',
          4,
        );
        return;
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0]?.address ?? '', addresses[0]?.family ?? 4);
    },
    (error: unknown) => {
      callback(error as NodeJS.ErrnoException, '', 4);
    },
  );
};

export interface WebhookResponse {
  /** The HTTP status; 0 when no answer came. */
  responseCode: number;
  durationMs: number;
  /** '' on a 2xx answer. */
  error: string;
}

/** POSTs one signed delivery. Never throws: a failure is an answer with its reason. */
export class WebhookSender {
  constructor(
    private readonly allowPrivate: boolean,
    private readonly timeoutMs: number,
  ) {}

  async post(url: string, headers: Record<string, string>, body: string): Promise<WebhookResponse> {
    const started = Date.now();
    const elapsed = () => Date.now() - started;
    let target: URL;
    try {
      target = new URL(url);
      if (!this.allowPrivate) {
        if (target.protocol !== 'https:') throw new BlockedAddressError('the URL must use https');
        // An IP literal never goes through the lookup: check it here.
        await assertPublicHost(target.hostname);
      }
    } catch (error) {
      return { responseCode: 0, durationMs: elapsed(), error: messageOf(error) };
    }
    return new Promise<WebhookResponse>((resolve) => {
      const client = target.protocol === 'https:' ? https : http;
      const request = client.request(
        target,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body).toString(),
            'user-agent': 'ClientPortal-Webhooks/1',
            ...headers,
          },
          timeout: this.timeoutMs,
          ...(this.allowPrivate ? {} : { lookup: guardedLookup }),
        },
        (response) => {
          // The answer's body is not needed: read and dropped so the socket is freed.
          response.resume();
          response.on('end', () => {
            const code = response.statusCode ?? 0;
            resolve({
              responseCode: code,
              durationMs: elapsed(),
              error: code >= 200 && code < 300 ? '' : `HTTP ${code}`,
            });
          });
        },
      );
      request.on('timeout', () => {
        request.destroy(new Error(`no answer within ${this.timeoutMs} ms`));
      });
      request.on('error', (error) => {
        resolve({ responseCode: 0, durationMs: elapsed(), error: messageOf(error) });
      });
      request.end(body);
    });
  }
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}
