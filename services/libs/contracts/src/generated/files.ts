import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { FileServiceClient as _client_portal_portal_v1_FileServiceClient, FileServiceDefinition as _client_portal_portal_v1_FileServiceDefinition } from './client_portal/portal/v1/FileService.js';
import type { FileSummary as _client_portal_portal_v1_FileSummary, FileSummary__Output as _client_portal_portal_v1_FileSummary__Output } from './client_portal/portal/v1/FileSummary.js';
import type { FileSummaryList as _client_portal_portal_v1_FileSummaryList, FileSummaryList__Output as _client_portal_portal_v1_FileSummaryList__Output } from './client_portal/portal/v1/FileSummaryList.js';
import type { ListRecentlySharedRequest as _client_portal_portal_v1_ListRecentlySharedRequest, ListRecentlySharedRequest__Output as _client_portal_portal_v1_ListRecentlySharedRequest__Output } from './client_portal/portal/v1/ListRecentlySharedRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    portal: {
      v1: {
        FileService: SubtypeConstructor<typeof grpc.Client, _client_portal_portal_v1_FileServiceClient> & { service: _client_portal_portal_v1_FileServiceDefinition }
        FileSummary: MessageTypeDefinition<_client_portal_portal_v1_FileSummary, _client_portal_portal_v1_FileSummary__Output>
        FileSummaryList: MessageTypeDefinition<_client_portal_portal_v1_FileSummaryList, _client_portal_portal_v1_FileSummaryList__Output>
        ListRecentlySharedRequest: MessageTypeDefinition<_client_portal_portal_v1_ListRecentlySharedRequest, _client_portal_portal_v1_ListRecentlySharedRequest__Output>
      }
    }
  }
}

