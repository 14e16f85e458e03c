// Original file: proto/crm/v1/crm.proto

import type { ClientImportItem as _client_portal_crm_v1_ClientImportItem, ClientImportItem__Output as _client_portal_crm_v1_ClientImportItem__Output } from '../../../client_portal/crm/v1/ClientImportItem.js';
import type { ClientImportError as _client_portal_crm_v1_ClientImportError, ClientImportError__Output as _client_portal_crm_v1_ClientImportError__Output } from '../../../client_portal/crm/v1/ClientImportError.js';

export interface PreviewClientImportResponse {
  /**
   * What the import would create; nothing is written by a preview.
   */
  'clients'?: (_client_portal_crm_v1_ClientImportItem)[];
  'errors'?: (_client_portal_crm_v1_ClientImportError)[];
  'rowCount'?: (number);
  'contactCount'?: (number);
}

export interface PreviewClientImportResponse__Output {
  /**
   * What the import would create; nothing is written by a preview.
   */
  'clients': (_client_portal_crm_v1_ClientImportItem__Output)[];
  'errors': (_client_portal_crm_v1_ClientImportError__Output)[];
  'rowCount': (number);
  'contactCount': (number);
}
