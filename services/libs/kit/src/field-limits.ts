import type { FieldViolation } from './errors.js';

/**
 * The length limits of every free-text field and the size limits of every list a caller sends, one
 * table per service. The service's domain validation enforces them (DomainError.invalid naming the
 * field, code `too_long` / `too_big`) and the gateway declares the same numbers in its zod schemas
 * (`.max()`), so the OpenAPI document states them and both sides cannot drift. docs/limits.md lists
 * every entry (a unit test keeps it in step with this file).
 *
 * Text limits count UTF-16 code units (String#length), as browsers' `maxlength` does.
 */
export const FIELD_LIMITS = {
  /** What every service takes for what is not free text: ids, codes (rights, modules, scopes), lists of them. */
  common: {
    id: 200,
    code: 64,
    /** Items: ids or codes in one list (rights, modules, scopes, links to reorder). */
    idList: 200,
  },
  identity: {
    /** RFC 5321's practical maximum for an address. */
    email: 254,
    /** Keycloak hashes whatever it is given: a bound keeps a request from being a hashing workload. */
    password: 256,
    staffDisplayName: 200,
    invitationDisplayName: 200,
    joinDisplayName: 120,
    portalRoleName: 60,
    portalGroupName: 80,
    portalName: 100,
    senderName: 100,
    replyTo: 254,
    subdomain: 63,
    accessReason: 500,
    partnerAppName: 100,
    partnerAppDescription: 500,
    /** Items: tenant-defined portal roles, members of one group, addresses in one bulk invitation. */
    tenantRoles: 50,
    groupMembers: 500,
    bulkInvitationLines: 50,
  },
  crm: {
    clientName: 200,
    industry: 100,
    phone: 40,
    website: 200,
    addressLine: 200,
    clientNotes: 5000,
    personName: 100,
    email: 254,
    /** Items: contacts given when creating a client (after the primary one). */
    moreContacts: 50,
    projectName: 200,
    milestoneName: 200,
    /** Items: milestones of one project. */
    milestones: 100,
    timeEntryNote: 2000,
    ratingComment: 2000,
    timelineNote: 5000,
    /** Characters of a search text in a list's filter. */
    search: 200,
  },
  portal: {
    workspaceName: 200,
    fileName: 255,
    taskTitle: 200,
    taskDescription: 5000,
    taskComment: 5000,
    deliverableTitle: 200,
    deliverableDescription: 5000,
    deliverableComment: 5000,
    deliverableFileName: 255,
    /** Items: approvers of one deliverable. */
    approvers: 10,
    contentTitle: 200,
    contentUrl: 2000,
    contentDescription: 1000,
    contentNote: 20_000,
    callToActionLabel: 40,
    /** Items: buttons on the portal home, hosts allowed in embeds. */
    callsToAction: 8,
    embedHosts: 50,
  },
  billing: {
    lineDescription: 500,
    lineUnit: 20,
    documentNotes: 4000,
    documentTerms: 4000,
    /** Items: lines of one quote, invoice, credit note or delivery note. */
    documentLines: 500,
    voidReason: 500,
    sendMessage: 4000,
    recipientName: 200,
    /** Items: recipients a document is sent to at once. */
    sendRecipients: 20,
    documentComment: 4000,
    signerName: 200,
    answerComment: 2000,
    productName: 200,
    productDescription: 2000,
    productReference: 64,
    orderNote: 2000,
    /** Items: lines of one catalogue order. */
    orderLines: 100,
    subscriptionLineDescription: 500,
    subscriptionNotes: 2000,
    /** Items: lines of one subscription. */
    subscriptionLines: 100,
    paymentReference: 200,
    refundReason: 500,
    /** Items: invoices one payment settles. */
    paymentAllocations: 50,
    profileName: 200,
    street: 200,
    postalCode: 20,
    city: 100,
    country: 100,
    taxId: 50,
    email: 254,
    phone: 40,
    website: 200,
    bankName: 100,
    /** IBAN or BIC as typed (spaces allowed; the service checks the format). */
    bankCode: 64,
    paymentText: 1000,
    profileNotes: 2000,
    footer: 500,
    taxRateLabel: 40,
    /** Items: tax rates of a profile, billing recipients of a client. */
    taxRates: 20,
    billingRecipients: 10,
  },
  messaging: {
    messageBody: 5000,
    conversationSubject: 120,
    attachmentName: 255,
    /** Items: files attached to one message, people mentioned in one message. */
    attachments: 10,
    mentions: 20,
  },
  notification: {
    webhookUrl: 2000,
    webhookDescription: 200,
  },
} as const;

export type FieldLimitService = keyof typeof FIELD_LIMITS;

/** Pushes `too_long` naming the field when the text is longer than its limit. */
export function checkMaxLength(
  violations: FieldViolation[],
  field: string,
  value: string,
  max: number,
  label = 'This field',
): void {
  if (value.length > max)
    violations.push({ field, message: `${label} is at most ${max} characters`, code: 'too_long' });
}

/** Pushes `too_big` naming the list when it holds more items than its limit. */
export function checkMaxItems(
  violations: FieldViolation[],
  field: string,
  items: readonly unknown[],
  max: number,
  what = 'items',
): void {
  if (items.length > max) violations.push({ field, message: `At most ${max} ${what}`, code: 'too_big' });
}
