import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKeyError, MongoStore } from '@client-portal/kit';
import type { PendingAttachment } from '../domain/message-actions.js';

type PendingAttachmentDocument = Omit<PendingAttachment, 'id'> & { _id: string };

const pendingAttachmentSchema = new Schema<PendingAttachmentDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    workspaceId: { type: String, required: true },
    conversationId: { type: String, required: true },
    uploadedBy: { type: String, required: true },
    name: { type: String, required: true },
    size: { type: Number, required: true },
    contentType: { type: String, required: true },
    objectKey: { type: String, required: true },
    requestedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/** `_id` is the attachment id: inserting it is how one message, and only one, takes an upload. */
interface AttachmentClaimDocument {
  _id: string;
  tenantId: string;
  messageId: string;
  claimedAt: Date;
}

const attachmentClaimSchema = new Schema<AttachmentClaimDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    messageId: { type: String, required: true },
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const MESSAGE_ATTACHMENTS_COLLECTION = 'message_attachments';
export const ATTACHMENT_CLAIMS_COLLECTION = 'message_attachment_claims';

function toPending(document: PendingAttachmentDocument): PendingAttachment {
  const { _id, ...rest } = document;
  return { id: _id, ...rest };
}

/** Uploads requested for messages, and which message took each. */
export class MessageAttachmentRepository extends MongoStore<PendingAttachmentDocument> {
  private readonly claims: Model<AttachmentClaimDocument>;

  constructor(connection: Connection) {
    super(connection, 'MessageAttachment', pendingAttachmentSchema, MESSAGE_ATTACHMENTS_COLLECTION);
    this.claims = this.secondaryModel(
      'MessageAttachmentClaim',
      attachmentClaimSchema,
      ATTACHMENT_CLAIMS_COLLECTION,
    );
  }

  async insert(attachment: PendingAttachment): Promise<void> {
    const { id, ...rest } = attachment;
    await this.model.create({ _id: id, ...rest });
  }

  async find(tenantId: string, id: string): Promise<PendingAttachment | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<PendingAttachmentDocument>();
    return document ? toPending(document) : undefined;
  }

  /** True when this message took the upload; false when another one already had. */
  async claim(tenantId: string, attachmentId: string, messageId: string): Promise<boolean> {
    try {
      await this.claims.create({ _id: attachmentId, tenantId, messageId, claimedAt: new Date() });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        const held = await this.claims.findOne({ _id: attachmentId }).lean<AttachmentClaimDocument>();
        return held?.messageId === messageId;
      }
      throw error;
    }
  }

  /** Gives claims back when the message they were for could not be written. */
  async release(tenantId: string, attachmentIds: string[], messageId: string): Promise<void> {
    await this.claims.deleteMany({ _id: { $in: attachmentIds }, tenantId, messageId });
  }
}
