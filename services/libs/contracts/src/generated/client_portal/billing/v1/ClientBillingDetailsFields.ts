// Original file: proto/billing/v1/profile.proto

import type { BillingAddress as _client_portal_billing_v1_BillingAddress, BillingAddress__Output as _client_portal_billing_v1_BillingAddress__Output } from '../../../client_portal/billing/v1/BillingAddress.js';
import type { BillingRecipientView as _client_portal_billing_v1_BillingRecipientView, BillingRecipientView__Output as _client_portal_billing_v1_BillingRecipientView__Output } from '../../../client_portal/billing/v1/BillingRecipientView.js';

export interface ClientBillingDetailsFields {
  'legalName'?: (string);
  'address'?: (_client_portal_billing_v1_BillingAddress | null);
  'taxId'?: (string);
  'recipients'?: (_client_portal_billing_v1_BillingRecipientView)[];
  /**
   * en, fr, es or pt.
   */
  'language'?: (string);
}

export interface ClientBillingDetailsFields__Output {
  'legalName': (string);
  'address': (_client_portal_billing_v1_BillingAddress__Output | null);
  'taxId': (string);
  'recipients': (_client_portal_billing_v1_BillingRecipientView__Output)[];
  /**
   * en, fr, es or pt.
   */
  'language': (string);
}
