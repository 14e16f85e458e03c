/**
 * A billing document as the portal shows it, kept from billing's events (portal never asks billing).
 * It belongs to a client, so it appears in every workspace of that client.
 */
export const SHARED_DOCUMENT_KINDS = [
  'quote',
  'proforma',
  'invoice',
  'credit_note',
  'delivery_note',
] as const;
export type SharedDocumentKind = (typeof SHARED_DOCUMENT_KINDS)[number];

export interface SharedDocument {
  /** The billing document's own id. */
  id: string;
  tenantId: string;
  clientId: string;
  kind: SharedDocumentKind;
  number: string;
  totalMinor: number;
  currency: string;
  status: string;
  issuedAt: Date;
  /** YYYY-MM-DD. */
  dueDate: string;
}
