import { EventEmitter } from 'node:events';
import type { Response } from 'express';
import type { Kafka } from 'kafkajs';
import type { Logger, Principal } from '@client-portal/kit';
import { LiveHub, revokedFrameOf, type Revocation } from './live.hub.js';

/** Just enough of an Express response for the hub: what was written, and whether it ended. */
class FakeResponse extends EventEmitter {
  written = '';
  ended = false;
  status(): this {
    return this;
  }
  setHeader(): void {}
  flushHeaders(): void {}
  write(chunk: string): boolean {
    this.written += chunk;
    return true;
  }
  end(): void {
    this.ended = true;
    this.emit('close');
  }
}

const kafka = { consumer: () => ({}) } as unknown as Kafka;
const logger = { warn: () => undefined } as unknown as Logger;

const client = (userId: string, tenantId = 't1'): Principal => ({
  userId,
  tenantId,
  kind: 'client',
  clientId: 'globex',
  workspaceIds: ['w1'],
});

const revocation: Revocation = {
  tenantId: 't1',
  userId: 'dana',
  keycloakId: 'kc-dana',
  workspaceId: '',
  reason: 'portal_revoked',
};

describe('the live hub on identity.access.revoked (revocation slice)', () => {
  it("closes exactly the revoked user's streams, after a last frame, and tells the principal cache first", () => {
    const hub = new LiveHub(kafka, { topicPrefix: '', groupId: 'g', logger });
    const order: string[] = [];
    hub.onRevoked((revoked) => order.push(`evict ${revoked.keycloakId}`));
    const dana = [new FakeResponse(), new FakeResponse()];
    const viewedAsDana = new FakeResponse();
    const eve = new FakeResponse();
    const danaOfAnotherTenant = new FakeResponse();
    const far = Date.now() + 60_000;
    for (const response of dana) hub.attach(client('dana'), response as unknown as Response, far);
    hub.attach({ ...client('dana'), viewedBy: 'staff-1' }, viewedAsDana as unknown as Response, far);
    hub.attach(client('eve'), eve as unknown as Response, far);
    hub.attach(client('dana', 't2'), danaOfAnotherTenant as unknown as Response, far);
    dana[0]?.on('close', () => order.push('closed'));
    expect(hub.connections).toBe(5);

    hub.revoke(revocation);

    expect(order).toEqual(['evict kc-dana', 'closed']);
    for (const response of [...dana, viewedAsDana]) {
      expect(response.ended).toBe(true);
      expect(response.written.endsWith(revokedFrameOf(revocation))).toBe(true);
    }
    expect(eve.ended).toBe(false);
    expect(danaOfAnotherTenant.ended).toBe(false);
    expect(hub.connections).toBe(2);
    void hub.stop().catch(() => undefined);
  });

  it('says what was lost and nothing internal (no staff id, no reason)', () => {
    expect(revokedFrameOf(revocation)).toBe(
      'event: access.revoked\ndata: {"scope":"portal","workspaceId":""}\n\n',
    );
    expect(revokedFrameOf({ ...revocation, reason: 'converted_to_staff' })).toBe(
      'event: access.revoked\ndata: {"scope":"converted","workspaceId":""}\n\n',
    );
    expect(revokedFrameOf({ ...revocation, workspaceId: 'w2', reason: 'workspace_removed' })).toBe(
      'event: access.revoked\ndata: {"scope":"workspace","workspaceId":"w2"}\n\n',
    );
  });
});
