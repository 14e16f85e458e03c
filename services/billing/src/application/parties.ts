import type { DocumentLanguage, PartySnapshot, PostalAddress } from '../domain/document.js';

/** Someone a document is sent to (invoice recipients, receipts, reminders), in their language. */
export interface Recipient {
  email: string;
  name: string;
  language: DocumentLanguage;
}

/** The client as a document prints it, and who hears about its documents. */
export interface BuyerDetails {
  party: PartySnapshot;
  language: DocumentLanguage;
  recipients: Recipient[];
}

/**
 * Where issuing finds both parties of a document: the tenant's billing profile (the seller) and the
 * client's billing details (the buyer). The names come from the caller (the gateway reads them from
 * identity and crm) and fill in whatever the profile or the details leave empty.
 */
export interface PartyDirectory {
  seller(tenantId: string, tenantName: string): Promise<PartySnapshot>;
  /** `clientAddress`: crm's address of the client, printed when the billing details have none. */
  buyer(
    tenantId: string,
    clientId: string,
    clientName: string,
    clientAddress?: PostalAddress,
  ): Promise<BuyerDetails>;
}

export const EMPTY_PARTY: PartySnapshot = {
  name: '',
  legalName: '',
  address: { street: '', postalCode: '', city: '', country: '' },
  taxId: '',
  email: '',
  phone: '',
};

/**
 * The parties by name only. billing's app wires the profile- and details-backed directory
 * (`ProfilePartyDirectory` in billing-profile.service.ts); this one stays for unit tests that need
 * parties without a database.
 */
export class NamesOnlyParties implements PartyDirectory {
  seller(_tenantId: string, tenantName: string): Promise<PartySnapshot> {
    return Promise.resolve({ ...EMPTY_PARTY, name: tenantName, legalName: tenantName });
  }

  buyer(_tenantId: string, _clientId: string, clientName: string): Promise<BuyerDetails> {
    return Promise.resolve({
      party: { ...EMPTY_PARTY, name: clientName, legalName: clientName },
      language: 'en',
      recipients: [],
    });
  }
}
