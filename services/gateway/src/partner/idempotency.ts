import { createHash } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { DomainError, servicePrincipal } from '@client-portal/kit';
import { on, type Backends } from '../http/backends.js';
import type { PartnerApplication } from './call.js';
import { PartnerError } from './errors.js';

const KEY_PATTERN = /^[\x21-\x7e]{1,128}$/;

/**
 * Writes through the partner API run once per idempotency key: identity stores the key (claimed by an
 * insert, so two replicas cannot both run it) with a hash of the request and, once done, the answer.
 */
export class PartnerIdempotency {
  constructor(private readonly backends: Backends) {}

  async run<Response>(
    application: PartnerApplication,
    method: string,
    request: { idempotencyKey?: string },
    write: () => Promise<Response>,
  ): Promise<Response> {
    const key = request.idempotencyKey ?? '';
    if (!KEY_PATTERN.test(key))
      throw DomainError.invalid('Every write needs an idempotency key', [
        { field: 'idempotency_key', message: 'required: 1 to 128 printable characters, unique per write' },
      ]);
    const { idempotencyKey: _ignored, ...rest } = request;
    const requestHash = createHash('sha256').update(JSON.stringify(rest)).digest('hex');
    const as = on(servicePrincipal('gateway', application.tenantId));
    const claim = await this.backends.partnerIdempotency.claimIdempotencyKey(
      { applicationId: application.applicationId, key, method, requestHash },
      as,
    );
    switch (claim.outcome) {
      case 'OUTCOME_REPLAY':
        return JSON.parse(claim.responseJson) as Response;
      case 'OUTCOME_IN_PROGRESS':
        throw new PartnerError(
          grpc.status.ABORTED,
          'A write with this idempotency key is still running; retry shortly',
          'IDEMPOTENCY_KEY_IN_USE',
          1000,
        );
      case 'OUTCOME_MISMATCH':
        throw DomainError.invalid(
          'This idempotency key was used for another request',
          [{ field: 'idempotency_key', message: 'already used with another method or other values' }],
          'IDEMPOTENCY_KEY_REUSED',
        );
      case 'OUTCOME_CLAIMED':
        break;
      case 'OUTCOME_UNSPECIFIED':
        throw new Error('identity answered no idempotency outcome');
    }
    let response: Response;
    try {
      response = await write();
    } catch (error) {
      // The write did not happen: free the key so the partner's retry runs it.
      await this.backends.partnerIdempotency
        .releaseIdempotencyKey({ applicationId: application.applicationId, key }, as)
        .catch(() => undefined);
      throw error;
    }
    await this.backends.partnerIdempotency.completeIdempotencyKey(
      { applicationId: application.applicationId, key, responseJson: JSON.stringify(response) },
      as,
    );
    return response;
  }
}
