import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';
import type { AddContentEmbedRequest as _client_portal_portal_v1_AddContentEmbedRequest, AddContentEmbedRequest__Output as _client_portal_portal_v1_AddContentEmbedRequest__Output } from './client_portal/portal/v1/AddContentEmbedRequest.js';
import type { AddContentLinkRequest as _client_portal_portal_v1_AddContentLinkRequest, AddContentLinkRequest__Output as _client_portal_portal_v1_AddContentLinkRequest__Output } from './client_portal/portal/v1/AddContentLinkRequest.js';
import type { AddContentNoteRequest as _client_portal_portal_v1_AddContentNoteRequest, AddContentNoteRequest__Output as _client_portal_portal_v1_AddContentNoteRequest__Output } from './client_portal/portal/v1/AddContentNoteRequest.js';
import type { ContentEmbedList as _client_portal_portal_v1_ContentEmbedList, ContentEmbedList__Output as _client_portal_portal_v1_ContentEmbedList__Output } from './client_portal/portal/v1/ContentEmbedList.js';
import type { ContentEmbedView as _client_portal_portal_v1_ContentEmbedView, ContentEmbedView__Output as _client_portal_portal_v1_ContentEmbedView__Output } from './client_portal/portal/v1/ContentEmbedView.js';
import type { ContentLinkList as _client_portal_portal_v1_ContentLinkList, ContentLinkList__Output as _client_portal_portal_v1_ContentLinkList__Output } from './client_portal/portal/v1/ContentLinkList.js';
import type { ContentLinkView as _client_portal_portal_v1_ContentLinkView, ContentLinkView__Output as _client_portal_portal_v1_ContentLinkView__Output } from './client_portal/portal/v1/ContentLinkView.js';
import type { ContentListRequest as _client_portal_portal_v1_ContentListRequest, ContentListRequest__Output as _client_portal_portal_v1_ContentListRequest__Output } from './client_portal/portal/v1/ContentListRequest.js';
import type { ContentNoteList as _client_portal_portal_v1_ContentNoteList, ContentNoteList__Output as _client_portal_portal_v1_ContentNoteList__Output } from './client_portal/portal/v1/ContentNoteList.js';
import type { ContentNoteView as _client_portal_portal_v1_ContentNoteView, ContentNoteView__Output as _client_portal_portal_v1_ContentNoteView__Output } from './client_portal/portal/v1/ContentNoteView.js';
import type { ContentServiceClient as _client_portal_portal_v1_ContentServiceClient, ContentServiceDefinition as _client_portal_portal_v1_ContentServiceDefinition } from './client_portal/portal/v1/ContentService.js';
import type { DeleteContentRequest as _client_portal_portal_v1_DeleteContentRequest, DeleteContentRequest__Output as _client_portal_portal_v1_DeleteContentRequest__Output } from './client_portal/portal/v1/DeleteContentRequest.js';
import type { DeletedContent as _client_portal_portal_v1_DeletedContent, DeletedContent__Output as _client_portal_portal_v1_DeletedContent__Output } from './client_portal/portal/v1/DeletedContent.js';
import type { GetContentNoteRequest as _client_portal_portal_v1_GetContentNoteRequest, GetContentNoteRequest__Output as _client_portal_portal_v1_GetContentNoteRequest__Output } from './client_portal/portal/v1/GetContentNoteRequest.js';
import type { ListWorkspaceTimelineRequest as _client_portal_portal_v1_ListWorkspaceTimelineRequest, ListWorkspaceTimelineRequest__Output as _client_portal_portal_v1_ListWorkspaceTimelineRequest__Output } from './client_portal/portal/v1/ListWorkspaceTimelineRequest.js';
import type { ReorderContentLinksRequest as _client_portal_portal_v1_ReorderContentLinksRequest, ReorderContentLinksRequest__Output as _client_portal_portal_v1_ReorderContentLinksRequest__Output } from './client_portal/portal/v1/ReorderContentLinksRequest.js';
import type { UpdateContentEmbedRequest as _client_portal_portal_v1_UpdateContentEmbedRequest, UpdateContentEmbedRequest__Output as _client_portal_portal_v1_UpdateContentEmbedRequest__Output } from './client_portal/portal/v1/UpdateContentEmbedRequest.js';
import type { UpdateContentLinkRequest as _client_portal_portal_v1_UpdateContentLinkRequest, UpdateContentLinkRequest__Output as _client_portal_portal_v1_UpdateContentLinkRequest__Output } from './client_portal/portal/v1/UpdateContentLinkRequest.js';
import type { UpdateContentNoteRequest as _client_portal_portal_v1_UpdateContentNoteRequest, UpdateContentNoteRequest__Output as _client_portal_portal_v1_UpdateContentNoteRequest__Output } from './client_portal/portal/v1/UpdateContentNoteRequest.js';
import type { WorkspaceTimelineEntry as _client_portal_portal_v1_WorkspaceTimelineEntry, WorkspaceTimelineEntry__Output as _client_portal_portal_v1_WorkspaceTimelineEntry__Output } from './client_portal/portal/v1/WorkspaceTimelineEntry.js';
import type { WorkspaceTimelinePage as _client_portal_portal_v1_WorkspaceTimelinePage, WorkspaceTimelinePage__Output as _client_portal_portal_v1_WorkspaceTimelinePage__Output } from './client_portal/portal/v1/WorkspaceTimelinePage.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    common: {
      v1: {
        Money: MessageTypeDefinition<_client_portal_common_v1_Money, _client_portal_common_v1_Money__Output>
        PageInfo: MessageTypeDefinition<_client_portal_common_v1_PageInfo, _client_portal_common_v1_PageInfo__Output>
        PageRequest: MessageTypeDefinition<_client_portal_common_v1_PageRequest, _client_portal_common_v1_PageRequest__Output>
        Principal: MessageTypeDefinition<_client_portal_common_v1_Principal, _client_portal_common_v1_Principal__Output>
        WorkspaceAccess: MessageTypeDefinition<_client_portal_common_v1_WorkspaceAccess, _client_portal_common_v1_WorkspaceAccess__Output>
      }
    }
    portal: {
      v1: {
        AddContentEmbedRequest: MessageTypeDefinition<_client_portal_portal_v1_AddContentEmbedRequest, _client_portal_portal_v1_AddContentEmbedRequest__Output>
        AddContentLinkRequest: MessageTypeDefinition<_client_portal_portal_v1_AddContentLinkRequest, _client_portal_portal_v1_AddContentLinkRequest__Output>
        AddContentNoteRequest: MessageTypeDefinition<_client_portal_portal_v1_AddContentNoteRequest, _client_portal_portal_v1_AddContentNoteRequest__Output>
        ContentEmbedList: MessageTypeDefinition<_client_portal_portal_v1_ContentEmbedList, _client_portal_portal_v1_ContentEmbedList__Output>
        ContentEmbedView: MessageTypeDefinition<_client_portal_portal_v1_ContentEmbedView, _client_portal_portal_v1_ContentEmbedView__Output>
        ContentLinkList: MessageTypeDefinition<_client_portal_portal_v1_ContentLinkList, _client_portal_portal_v1_ContentLinkList__Output>
        ContentLinkView: MessageTypeDefinition<_client_portal_portal_v1_ContentLinkView, _client_portal_portal_v1_ContentLinkView__Output>
        ContentListRequest: MessageTypeDefinition<_client_portal_portal_v1_ContentListRequest, _client_portal_portal_v1_ContentListRequest__Output>
        ContentNoteList: MessageTypeDefinition<_client_portal_portal_v1_ContentNoteList, _client_portal_portal_v1_ContentNoteList__Output>
        ContentNoteView: MessageTypeDefinition<_client_portal_portal_v1_ContentNoteView, _client_portal_portal_v1_ContentNoteView__Output>
        /**
         * Staff (workspaces.share) add, change, reorder and delete; client users with the "view" right in the
         * workspace read links, allowed embeds and client-visible notes (module switched off: NOT_FOUND /
         * empty for them). An archived workspace refuses every change with FAILED_PRECONDITION.
         */
        ContentService: SubtypeConstructor<typeof grpc.Client, _client_portal_portal_v1_ContentServiceClient> & { service: _client_portal_portal_v1_ContentServiceDefinition }
        DeleteContentRequest: MessageTypeDefinition<_client_portal_portal_v1_DeleteContentRequest, _client_portal_portal_v1_DeleteContentRequest__Output>
        DeletedContent: MessageTypeDefinition<_client_portal_portal_v1_DeletedContent, _client_portal_portal_v1_DeletedContent__Output>
        GetContentNoteRequest: MessageTypeDefinition<_client_portal_portal_v1_GetContentNoteRequest, _client_portal_portal_v1_GetContentNoteRequest__Output>
        ListWorkspaceTimelineRequest: MessageTypeDefinition<_client_portal_portal_v1_ListWorkspaceTimelineRequest, _client_portal_portal_v1_ListWorkspaceTimelineRequest__Output>
        ReorderContentLinksRequest: MessageTypeDefinition<_client_portal_portal_v1_ReorderContentLinksRequest, _client_portal_portal_v1_ReorderContentLinksRequest__Output>
        UpdateContentEmbedRequest: MessageTypeDefinition<_client_portal_portal_v1_UpdateContentEmbedRequest, _client_portal_portal_v1_UpdateContentEmbedRequest__Output>
        UpdateContentLinkRequest: MessageTypeDefinition<_client_portal_portal_v1_UpdateContentLinkRequest, _client_portal_portal_v1_UpdateContentLinkRequest__Output>
        UpdateContentNoteRequest: MessageTypeDefinition<_client_portal_portal_v1_UpdateContentNoteRequest, _client_portal_portal_v1_UpdateContentNoteRequest__Output>
        WorkspaceTimelineEntry: MessageTypeDefinition<_client_portal_portal_v1_WorkspaceTimelineEntry, _client_portal_portal_v1_WorkspaceTimelineEntry__Output>
        WorkspaceTimelinePage: MessageTypeDefinition<_client_portal_portal_v1_WorkspaceTimelinePage, _client_portal_portal_v1_WorkspaceTimelinePage__Output>
      }
    }
  }
}

