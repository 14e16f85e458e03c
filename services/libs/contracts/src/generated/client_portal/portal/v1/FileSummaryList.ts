// Original file: proto/portal/v1/files.proto

import type { FileSummary as _client_portal_portal_v1_FileSummary, FileSummary__Output as _client_portal_portal_v1_FileSummary__Output } from '../../../client_portal/portal/v1/FileSummary.js';

export interface FileSummaryList {
  'files'?: (_client_portal_portal_v1_FileSummary)[];
}

export interface FileSummaryList__Output {
  'files': (_client_portal_portal_v1_FileSummary__Output)[];
}
