import { Schema, type Connection } from 'mongoose';
import { MongoStore } from '@client-portal/kit';

/**
 * One small record per project as the client list counts it (its client and contract value), so that
 * a changed project replaces its value instead of adding it again, and a project moved to another
 * client or deleted leaves the right totals behind. Kept by the list's consumer from crm.project.*.
 */
interface ProjectTallyDocument {
  _id: string;
  tenantId: string;
  clientId: string;
  contractValueMinor: number;
  /** Records written before currencies were kept read as EUR. */
  currency?: string;
  /** The event the record reflects: an older event arriving late never overwrites a newer one. */
  occurredAt: Date;
}

const projectTallySchema = new Schema<ProjectTallyDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    contractValueMinor: { type: Number, required: true },
    currency: { type: String, default: 'EUR' },
    occurredAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// The recount reads one client's projects.
projectTallySchema.index({ tenantId: 1, clientId: 1 });

export const PROJECT_TALLY_COLLECTION = 'client_list_projects';

export class ClientProjectTallyRepository extends MongoStore<ProjectTallyDocument> {
  constructor(connection: Connection) {
    super(connection, 'ClientListProject', projectTallySchema, PROJECT_TALLY_COLLECTION);
  }

  /** The client the project was counted for until now, if any. */
  async clientOf(tenantId: string, projectId: string): Promise<string | undefined> {
    const document = await this.model.findOne({ _id: projectId, tenantId }).lean<ProjectTallyDocument>();
    return document?.clientId;
  }

  /** Records the project's current client and value, unless a newer event already did. */
  async put(
    tenantId: string,
    project: {
      projectId: string;
      clientId: string;
      contractValueMinor: number;
      currency: string;
      occurredAt: Date;
    },
  ): Promise<void> {
    const existing = await this.model
      .findOne({ _id: project.projectId, tenantId })
      .lean<ProjectTallyDocument>();
    if (existing && existing.occurredAt > project.occurredAt) return;
    await this.model.updateOne(
      { _id: project.projectId, tenantId },
      {
        $set: {
          clientId: project.clientId,
          contractValueMinor: project.contractValueMinor,
          currency: project.currency,
          occurredAt: project.occurredAt,
        },
      },
      { upsert: true },
    );
  }

  async remove(tenantId: string, projectId: string): Promise<void> {
    await this.model.deleteOne({ _id: projectId, tenantId });
  }

  /** The client's project count and total contract value, recounted from the records. */
  async totals(
    tenantId: string,
    clientId: string,
  ): Promise<{
    projectCount: number;
    projectValueMinor: number;
    valueByCurrency: { currency: string; amountMinor: number }[];
  }> {
    const documents = await this.model
      .find({ tenantId, clientId })
      .select({ contractValueMinor: 1, currency: 1 })
      .lean<Pick<ProjectTallyDocument, 'contractValueMinor' | 'currency'>[]>();
    const byCurrency = new Map<string, number>();
    for (const document of documents) {
      const currency = document.currency || 'EUR';
      byCurrency.set(currency, (byCurrency.get(currency) ?? 0) + document.contractValueMinor);
    }
    return {
      projectCount: documents.length,
      projectValueMinor: documents.reduce((sum, document) => sum + document.contractValueMinor, 0),
      valueByCurrency: [...byCurrency]
        .filter(([, amountMinor]) => amountMinor !== 0)
        .sort(([left], [right]) => left.localeCompare(right))
        .map(([currency, amountMinor]) => ({ currency, amountMinor })),
    };
  }
}
