import { assertSeesBilling } from './client-rights.js';
import { assertPermission, canSeeClient, DomainError, type Principal } from '@client-portal/kit';
import { computeKpis, type ClientKpis } from '../domain/kpis.js';
import type { KpiRepository } from '../store/kpi.repository.js';

/** The client KPIs: who may read them, and keeping the stored figures current. */
export class KpiService {
  constructor(private readonly kpis: KpiRepository) {}

  /** Recomputes one client's figures from all of its fact rows and stores them (after each event). */
  async recompute(tenantId: string, clientId: string, now = new Date()): Promise<ClientKpis> {
    const kpis = computeKpis(tenantId, clientId, await this.kpis.factsOf(tenantId, clientId), now);
    await this.kpis.saveKpis(kpis);
    return kpis;
  }

  /**
   * Staff with billing.view; a client user their own client (another client's: NOT_FOUND). Figures
   * stored on an earlier day are recomputed first: "this year" and a quote's expiry move with the date
   * even when no event arrives.
   */
  async forClient(principal: Principal, clientId: string, now = new Date()): Promise<ClientKpis> {
    if (principal.kind === 'client') {
      if (!canSeeClient(principal, clientId)) throw DomainError.notFound('Client', clientId);
      assertSeesBilling(principal);
    } else assertPermission(principal, 'billing.view');
    const stored = await this.kpis.kpisOf(principal.tenantId, clientId);
    if (stored && stored.day === now.toISOString().slice(0, 10)) return stored;
    return this.recompute(principal.tenantId, clientId, now);
  }
}
