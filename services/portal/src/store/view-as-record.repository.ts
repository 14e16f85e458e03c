import { Schema, type Connection } from 'mongoose';
import {
  MongoStore,
  outboxPlugin,
  type OutboxEntry,
  type WithOutbox,
  insertWithEvents,
} from '@client-portal/kit';

/** One "view as client" of one workspace: the row that carries its event in its outbox. */
export interface ViewAsRecord {
  id: string;
  tenantId: string;
  workspaceId: string;
  clientId: string;
  staffUserId: string;
  viewedAt: Date;
}

type ViewAsDocument = Omit<ViewAsRecord, 'id'> & { _id: string } & WithOutbox;

const viewAsSchema = new Schema<ViewAsDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    workspaceId: { type: String, required: true },
    clientId: { type: String, required: true },
    staffUserId: { type: String, required: true },
    viewedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
viewAsSchema.index({ tenantId: 1, workspaceId: 1, viewedAt: -1 });
viewAsSchema.plugin(outboxPlugin);

export const VIEW_AS_RECORDS_COLLECTION = 'view_as_records';

/** Written once per workspace each time staff start "view as client"; never updated. */
export class ViewAsRecordRepository extends MongoStore<ViewAsDocument> {
  constructor(connection: Connection) {
    super(connection, 'ViewAsRecord', viewAsSchema, VIEW_AS_RECORDS_COLLECTION);
  }

  async insert(record: ViewAsRecord, ...events: OutboxEntry[]): Promise<boolean> {
    return insertWithEvents(this.model, record, events);
  }
}
