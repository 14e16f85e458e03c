import { DomainError, principalIssuer, type Logger, type Principal } from '@client-portal/kit';
import {
  idempotencyId,
  type IdempotencyRecord,
  type PartnerIdempotencyRepository,
} from '../store/partner-idempotency.repository.js';

/** Keys are remembered this long; older ones are ignored (a new claim) and swept. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;
/** A pending claim older than this is taken to be a crashed write: the key may be claimed again. */
export const IDEMPOTENCY_STALE_CLAIM_MS = 60_000;
/** How often, at most, a claim also sweeps old keys. */
const SWEEP_INTERVAL_MS = 10 * 60_000;

export type ClaimOutcome =
  | { outcome: 'OUTCOME_CLAIMED' }
  | { outcome: 'OUTCOME_REPLAY'; responseJson: string }
  | { outcome: 'OUTCOME_IN_PROGRESS' }
  | { outcome: 'OUTCOME_MISMATCH' };

export interface ClaimInput {
  applicationId: string;
  key: string;
  method: string;
  requestHash: string;
}

/**
 * The partner API's idempotency keys (gateway only). A claim INSERTS `<application id>|<key>`: a
 * duplicate key means another call had it, and the stored record says whether to replay its answer,
 * wait for it, or refuse a key reused for something else.
 */
export class PartnerIdempotencyService {
  private lastSweep = 0;

  constructor(
    private readonly keys: PartnerIdempotencyRepository,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async claim(principal: Principal, input: ClaimInput): Promise<ClaimOutcome> {
    assertGateway(principal);
    const checked = checkClaim(input);
    const now = this.clock();
    await this.sweepNowAndThen(now);
    const record: IdempotencyRecord = {
      id: idempotencyId(checked.applicationId, checked.key),
      tenantId: principal.tenantId,
      ...checked,
      status: 'pending',
      responseJson: '',
      claimedAt: now,
      completedAt: null,
    };
    // Two rounds at most: the second after removing an expired or stale claim (or one deleted meanwhile).
    for (let round = 0; round < 3; round++) {
      if (await this.keys.tryInsert(record)) return { outcome: 'OUTCOME_CLAIMED' };
      const existing = await this.keys.find(record.id);
      if (!existing) continue;
      const age = now.getTime() - existing.claimedAt.getTime();
      if (age >= IDEMPOTENCY_RETENTION_MS || existing.tenantId !== principal.tenantId) {
        await this.keys.removeClaim(existing);
        continue;
      }
      if (existing.method !== checked.method || existing.requestHash !== checked.requestHash)
        return { outcome: 'OUTCOME_MISMATCH' };
      if (existing.status === 'done')
        return { outcome: 'OUTCOME_REPLAY', responseJson: existing.responseJson };
      if (age < IDEMPOTENCY_STALE_CLAIM_MS) return { outcome: 'OUTCOME_IN_PROGRESS' };
      // The claimant never completed nor released (crashed): its claim is removed only if it is still
      // the one read, then whoever inserts first holds the key.
      this.logger.warn({ key: record.id }, 'stale idempotency claim taken over');
      await this.keys.removeClaim(existing);
    }
    return { outcome: 'OUTCOME_IN_PROGRESS' };
  }

  async complete(
    principal: Principal,
    input: { applicationId: string; key: string; responseJson: string },
  ): Promise<void> {
    assertGateway(principal);
    const id = idempotencyId(required(input.applicationId, 'application_id'), required(input.key, 'key'));
    if (!(await this.keys.complete(id, input.responseJson, this.clock())))
      throw DomainError.precondition(
        'This idempotency key is not claimed (any more): the write may have run twice',
        'idempotency.not_claimed',
      );
  }

  async release(principal: Principal, input: { applicationId: string; key: string }): Promise<void> {
    assertGateway(principal);
    await this.keys.release(
      idempotencyId(required(input.applicationId, 'application_id'), required(input.key, 'key')),
    );
  }

  private async sweepNowAndThen(now: Date): Promise<void> {
    if (now.getTime() - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now.getTime();
    const swept = await this.keys.sweep(new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS));
    if (swept > 0) this.logger.info({ swept }, 'old idempotency keys forgotten');
  }
}

function required(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed === '')
    throw DomainError.invalid(`${field} is required`, [{ field, message: 'is required', code: 'required' }]);
  return trimmed;
}

function checkClaim(input: ClaimInput): ClaimInput {
  return {
    applicationId: required(input.applicationId, 'application_id'),
    key: required(input.key, 'key'),
    method: required(input.method, 'method'),
    requestHash: required(input.requestHash, 'request_hash'),
  };
}

function assertGateway(principal: Principal): void {
  if (
    principal.kind !== 'service' ||
    principal.userId !== 'service:gateway' ||
    principalIssuer(principal) !== 'gateway'
  )
    throw DomainError.forbidden('Only the gateway keeps partner idempotency keys');
}
