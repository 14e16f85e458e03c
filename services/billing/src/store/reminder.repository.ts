import { Schema, type Connection, type Model } from 'mongoose';
import {
  insertWithEvents,
  MongoStore,
  outboxPlugin,
  type OutboxEntry,
  type Stored,
  insertUnique,
} from '@client-portal/kit';
import { defaultReminderSchedule, type ReminderSchedule } from '../domain/reminder-schedule.js';

type ScheduleRecord = Omit<ReminderSchedule, 'tenantId'> & { _id: string };

const scheduleSchema = new Schema<ScheduleRecord>(
  {
    _id: { type: String, required: true },
    enabled: { type: Boolean, required: true },
    stepsDays: { type: [Number], default: [] },
    version: { type: Number, required: true },
    updatedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
export const REMINDER_SCHEDULES_COLLECTION = 'reminder_schedules';

/**
 * One step of one invoice's reminders: `_id` is `<invoiceId>|<step>`. Inserting it IS the decision, and
 * a sent step carries its billing.invoice.reminded event in its own outbox, so the event exists exactly
 * when the claim does: never twice, whatever the replicas and restarts.
 */
export interface ReminderRun {
  id: string;
  tenantId: string;
  invoiceId: string;
  step: number;
  outcome: 'sent' | 'skipped';
  daysOverdue: number;
  createdAt: Date;
}
type RunRecord = Stored<ReminderRun>;

const runSchema = new Schema<RunRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    invoiceId: { type: String, required: true },
    step: { type: Number, required: true },
    outcome: { type: String, required: true },
    daysOverdue: { type: Number, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
runSchema.index({ invoiceId: 1 });
runSchema.plugin(outboxPlugin);
export const REMINDER_RUNS_COLLECTION = 'reminder_runs';

export const reminderRunId = (invoiceId: string, step: number): string => `${invoiceId}|${step}`;

/** The only code that touches the reminder schedules and the reminder steps done. */
export class ReminderRepository extends MongoStore<ScheduleRecord> {
  private readonly runs: Model<RunRecord>;

  constructor(connection: Connection) {
    super(connection, 'ReminderSchedule', scheduleSchema, REMINDER_SCHEDULES_COLLECTION);
    this.runs = this.secondaryModel('ReminderRun', runSchema, REMINDER_RUNS_COLLECTION);
  }

  /** The tenant's schedule, or the default one when it never saved its own. */
  async schedule(tenantId: string): Promise<ReminderSchedule> {
    const record = await this.model.findOne({ _id: tenantId }).lean<ScheduleRecord>();
    if (!record) return defaultReminderSchedule(tenantId);
    return {
      tenantId,
      enabled: record.enabled,
      stepsDays: [...record.stepsDays],
      version: record.version,
      updatedAt: record.updatedAt,
    };
  }

  /** Several tenants' schedules at once (the scheduler's batch). */
  async schedules(tenantIds: string[]): Promise<Map<string, ReminderSchedule>> {
    const records = await this.model.find({ _id: { $in: tenantIds } }).lean<ScheduleRecord[]>();
    const found = new Map(records.map((record) => [record._id, record]));
    return new Map(
      tenantIds.map((tenantId) => {
        const record = found.get(tenantId);
        return [
          tenantId,
          record
            ? {
                tenantId,
                enabled: record.enabled,
                stepsDays: [...record.stepsDays],
                version: record.version,
                updatedAt: record.updatedAt,
              }
            : defaultReminderSchedule(tenantId),
        ];
      }),
    );
  }

  /**
   * Saves the schedule if it is still at `expectedVersion` (0: never saved, so the first save inserts).
   * False: changed meanwhile.
   */
  async save(schedule: ReminderSchedule, expectedVersion: number): Promise<boolean> {
    const { tenantId, ...state } = schedule;
    if (expectedVersion === 0) return insertUnique(this.model, { _id: tenantId, ...state });
    const result = await this.model.updateOne({ _id: tenantId, version: expectedVersion }, { $set: state });
    return result.modifiedCount === 1;
  }

  // --- Steps done: claimed by insert --------------------------------------------------------------

  /** True if this call recorded the step (and, when sent, its event); false if it was done already. */
  async claimStep(run: ReminderRun, ...events: OutboxEntry[]): Promise<boolean> {
    return insertWithEvents(this.runs, run, events);
  }

  /** The steps done (sent or skipped) per invoice. */
  async stepsDone(invoiceIds: string[]): Promise<Map<string, Set<number>>> {
    const done = new Map<string, Set<number>>();
    if (invoiceIds.length === 0) return done;
    const records = await this.runs
      .find({ invoiceId: { $in: invoiceIds } }, { invoiceId: 1, step: 1 })
      .lean<Pick<RunRecord, 'invoiceId' | 'step'>[]>();
    for (const record of records) {
      const steps = done.get(record.invoiceId) ?? new Set<number>();
      steps.add(record.step);
      done.set(record.invoiceId, steps);
    }
    return done;
  }

  /** An invoice's reminder steps, oldest first (tests and the staff view). */
  async stepsOf(tenantId: string, invoiceId: string): Promise<ReminderRun[]> {
    const records = await this.runs.find({ tenantId, invoiceId }).sort({ step: 1 }).lean<RunRecord[]>();
    return records.map(({ _id, _outbox: _pending, ...rest }) => ({ id: _id, ...rest }));
  }
}
