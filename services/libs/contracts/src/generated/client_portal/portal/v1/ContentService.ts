// Original file: proto/portal/v1/content.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddContentEmbedRequest as _client_portal_portal_v1_AddContentEmbedRequest, AddContentEmbedRequest__Output as _client_portal_portal_v1_AddContentEmbedRequest__Output } from '../../../client_portal/portal/v1/AddContentEmbedRequest.js';
import type { AddContentLinkRequest as _client_portal_portal_v1_AddContentLinkRequest, AddContentLinkRequest__Output as _client_portal_portal_v1_AddContentLinkRequest__Output } from '../../../client_portal/portal/v1/AddContentLinkRequest.js';
import type { AddContentNoteRequest as _client_portal_portal_v1_AddContentNoteRequest, AddContentNoteRequest__Output as _client_portal_portal_v1_AddContentNoteRequest__Output } from '../../../client_portal/portal/v1/AddContentNoteRequest.js';
import type { ContentEmbedList as _client_portal_portal_v1_ContentEmbedList, ContentEmbedList__Output as _client_portal_portal_v1_ContentEmbedList__Output } from '../../../client_portal/portal/v1/ContentEmbedList.js';
import type { ContentEmbedView as _client_portal_portal_v1_ContentEmbedView, ContentEmbedView__Output as _client_portal_portal_v1_ContentEmbedView__Output } from '../../../client_portal/portal/v1/ContentEmbedView.js';
import type { ContentLinkList as _client_portal_portal_v1_ContentLinkList, ContentLinkList__Output as _client_portal_portal_v1_ContentLinkList__Output } from '../../../client_portal/portal/v1/ContentLinkList.js';
import type { ContentLinkView as _client_portal_portal_v1_ContentLinkView, ContentLinkView__Output as _client_portal_portal_v1_ContentLinkView__Output } from '../../../client_portal/portal/v1/ContentLinkView.js';
import type { ContentListRequest as _client_portal_portal_v1_ContentListRequest, ContentListRequest__Output as _client_portal_portal_v1_ContentListRequest__Output } from '../../../client_portal/portal/v1/ContentListRequest.js';
import type { ContentNoteList as _client_portal_portal_v1_ContentNoteList, ContentNoteList__Output as _client_portal_portal_v1_ContentNoteList__Output } from '../../../client_portal/portal/v1/ContentNoteList.js';
import type { ContentNoteView as _client_portal_portal_v1_ContentNoteView, ContentNoteView__Output as _client_portal_portal_v1_ContentNoteView__Output } from '../../../client_portal/portal/v1/ContentNoteView.js';
import type { DeleteContentRequest as _client_portal_portal_v1_DeleteContentRequest, DeleteContentRequest__Output as _client_portal_portal_v1_DeleteContentRequest__Output } from '../../../client_portal/portal/v1/DeleteContentRequest.js';
import type { DeletedContent as _client_portal_portal_v1_DeletedContent, DeletedContent__Output as _client_portal_portal_v1_DeletedContent__Output } from '../../../client_portal/portal/v1/DeletedContent.js';
import type { GetContentNoteRequest as _client_portal_portal_v1_GetContentNoteRequest, GetContentNoteRequest__Output as _client_portal_portal_v1_GetContentNoteRequest__Output } from '../../../client_portal/portal/v1/GetContentNoteRequest.js';
import type { ListWorkspaceTimelineRequest as _client_portal_portal_v1_ListWorkspaceTimelineRequest, ListWorkspaceTimelineRequest__Output as _client_portal_portal_v1_ListWorkspaceTimelineRequest__Output } from '../../../client_portal/portal/v1/ListWorkspaceTimelineRequest.js';
import type { ReorderContentLinksRequest as _client_portal_portal_v1_ReorderContentLinksRequest, ReorderContentLinksRequest__Output as _client_portal_portal_v1_ReorderContentLinksRequest__Output } from '../../../client_portal/portal/v1/ReorderContentLinksRequest.js';
import type { UpdateContentEmbedRequest as _client_portal_portal_v1_UpdateContentEmbedRequest, UpdateContentEmbedRequest__Output as _client_portal_portal_v1_UpdateContentEmbedRequest__Output } from '../../../client_portal/portal/v1/UpdateContentEmbedRequest.js';
import type { UpdateContentLinkRequest as _client_portal_portal_v1_UpdateContentLinkRequest, UpdateContentLinkRequest__Output as _client_portal_portal_v1_UpdateContentLinkRequest__Output } from '../../../client_portal/portal/v1/UpdateContentLinkRequest.js';
import type { UpdateContentNoteRequest as _client_portal_portal_v1_UpdateContentNoteRequest, UpdateContentNoteRequest__Output as _client_portal_portal_v1_UpdateContentNoteRequest__Output } from '../../../client_portal/portal/v1/UpdateContentNoteRequest.js';
import type { WorkspaceTimelinePage as _client_portal_portal_v1_WorkspaceTimelinePage, WorkspaceTimelinePage__Output as _client_portal_portal_v1_WorkspaceTimelinePage__Output } from '../../../client_portal/portal/v1/WorkspaceTimelinePage.js';

/**
 * Staff (workspaces.share) add, change, reorder and delete; client users with the "view" right in the
 * workspace read links, allowed embeds and client-visible notes (module switched off: NOT_FOUND /
 * empty for them). An archived workspace refuses every change with FAILED_PRECONDITION.
 */
export interface ContentServiceClient extends grpc.Client {
  /**
   * https only, host on the tenant's embed allow-list. Publishes portal.embed.created.
   */
  AddEmbed(argument: _client_portal_portal_v1_AddContentEmbedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  AddEmbed(argument: _client_portal_portal_v1_AddContentEmbedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  AddEmbed(argument: _client_portal_portal_v1_AddContentEmbedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  AddEmbed(argument: _client_portal_portal_v1_AddContentEmbedRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  /**
   * https only, host on the tenant's embed allow-list. Publishes portal.embed.created.
   */
  addEmbed(argument: _client_portal_portal_v1_AddContentEmbedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  addEmbed(argument: _client_portal_portal_v1_AddContentEmbedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  addEmbed(argument: _client_portal_portal_v1_AddContentEmbedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  addEmbed(argument: _client_portal_portal_v1_AddContentEmbedRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Title (≤ 200) and an http(s) URL; other schemes (javascript:, data:, …) are refused naming the
   * rule. Publishes portal.link.created.
   */
  AddLink(argument: _client_portal_portal_v1_AddContentLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  AddLink(argument: _client_portal_portal_v1_AddContentLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  AddLink(argument: _client_portal_portal_v1_AddContentLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  AddLink(argument: _client_portal_portal_v1_AddContentLinkRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  /**
   * Title (≤ 200) and an http(s) URL; other schemes (javascript:, data:, …) are refused naming the
   * rule. Publishes portal.link.created.
   */
  addLink(argument: _client_portal_portal_v1_AddContentLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  addLink(argument: _client_portal_portal_v1_AddContentLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  addLink(argument: _client_portal_portal_v1_AddContentLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  addLink(argument: _client_portal_portal_v1_AddContentLinkRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  
  AddNote(argument: _client_portal_portal_v1_AddContentNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  AddNote(argument: _client_portal_portal_v1_AddContentNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  AddNote(argument: _client_portal_portal_v1_AddContentNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  AddNote(argument: _client_portal_portal_v1_AddContentNoteRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  addNote(argument: _client_portal_portal_v1_AddContentNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  addNote(argument: _client_portal_portal_v1_AddContentNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  addNote(argument: _client_portal_portal_v1_AddContentNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  addNote(argument: _client_portal_portal_v1_AddContentNoteRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  
  DeleteEmbed(argument: _client_portal_portal_v1_DeleteContentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  DeleteEmbed(argument: _client_portal_portal_v1_DeleteContentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  DeleteEmbed(argument: _client_portal_portal_v1_DeleteContentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  DeleteEmbed(argument: _client_portal_portal_v1_DeleteContentRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  deleteEmbed(argument: _client_portal_portal_v1_DeleteContentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  deleteEmbed(argument: _client_portal_portal_v1_DeleteContentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  deleteEmbed(argument: _client_portal_portal_v1_DeleteContentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  deleteEmbed(argument: _client_portal_portal_v1_DeleteContentRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  
  DeleteLink(argument: _client_portal_portal_v1_DeleteContentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  DeleteLink(argument: _client_portal_portal_v1_DeleteContentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  DeleteLink(argument: _client_portal_portal_v1_DeleteContentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  DeleteLink(argument: _client_portal_portal_v1_DeleteContentRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  deleteLink(argument: _client_portal_portal_v1_DeleteContentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  deleteLink(argument: _client_portal_portal_v1_DeleteContentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  deleteLink(argument: _client_portal_portal_v1_DeleteContentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  deleteLink(argument: _client_portal_portal_v1_DeleteContentRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  
  DeleteNote(argument: _client_portal_portal_v1_DeleteContentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  DeleteNote(argument: _client_portal_portal_v1_DeleteContentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  DeleteNote(argument: _client_portal_portal_v1_DeleteContentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  DeleteNote(argument: _client_portal_portal_v1_DeleteContentRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  deleteNote(argument: _client_portal_portal_v1_DeleteContentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  deleteNote(argument: _client_portal_portal_v1_DeleteContentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  deleteNote(argument: _client_portal_portal_v1_DeleteContentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  deleteNote(argument: _client_portal_portal_v1_DeleteContentRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeletedContent__Output>): grpc.ClientUnaryCall;
  
  /**
   * An internal note is NOT_FOUND for a client user.
   */
  GetNote(argument: _client_portal_portal_v1_GetContentNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  GetNote(argument: _client_portal_portal_v1_GetContentNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  GetNote(argument: _client_portal_portal_v1_GetContentNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  GetNote(argument: _client_portal_portal_v1_GetContentNoteRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  /**
   * An internal note is NOT_FOUND for a client user.
   */
  getNote(argument: _client_portal_portal_v1_GetContentNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  getNote(argument: _client_portal_portal_v1_GetContentNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  getNote(argument: _client_portal_portal_v1_GetContentNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  getNote(argument: _client_portal_portal_v1_GetContentNoteRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Embeds in their order. Staff see every embed, with `blocked` when its host left the allow-list;
   * client users only the embeds whose host is still allowed.
   */
  ListEmbeds(argument: _client_portal_portal_v1_ContentListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedList__Output>): grpc.ClientUnaryCall;
  ListEmbeds(argument: _client_portal_portal_v1_ContentListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedList__Output>): grpc.ClientUnaryCall;
  ListEmbeds(argument: _client_portal_portal_v1_ContentListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedList__Output>): grpc.ClientUnaryCall;
  ListEmbeds(argument: _client_portal_portal_v1_ContentListRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedList__Output>): grpc.ClientUnaryCall;
  /**
   * Embeds in their order. Staff see every embed, with `blocked` when its host left the allow-list;
   * client users only the embeds whose host is still allowed.
   */
  listEmbeds(argument: _client_portal_portal_v1_ContentListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedList__Output>): grpc.ClientUnaryCall;
  listEmbeds(argument: _client_portal_portal_v1_ContentListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedList__Output>): grpc.ClientUnaryCall;
  listEmbeds(argument: _client_portal_portal_v1_ContentListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedList__Output>): grpc.ClientUnaryCall;
  listEmbeds(argument: _client_portal_portal_v1_ContentListRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedList__Output>): grpc.ClientUnaryCall;
  
  /**
   * Links in their order. Publishes nothing.
   */
  ListLinks(argument: _client_portal_portal_v1_ContentListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  ListLinks(argument: _client_portal_portal_v1_ContentListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  ListLinks(argument: _client_portal_portal_v1_ContentListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  ListLinks(argument: _client_portal_portal_v1_ContentListRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  /**
   * Links in their order. Publishes nothing.
   */
  listLinks(argument: _client_portal_portal_v1_ContentListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  listLinks(argument: _client_portal_portal_v1_ContentListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  listLinks(argument: _client_portal_portal_v1_ContentListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  listLinks(argument: _client_portal_portal_v1_ContentListRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  
  /**
   * Notes, last changed first. Client users: client-visible notes only.
   */
  ListNotes(argument: _client_portal_portal_v1_ContentListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteList__Output>): grpc.ClientUnaryCall;
  ListNotes(argument: _client_portal_portal_v1_ContentListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteList__Output>): grpc.ClientUnaryCall;
  ListNotes(argument: _client_portal_portal_v1_ContentListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteList__Output>): grpc.ClientUnaryCall;
  ListNotes(argument: _client_portal_portal_v1_ContentListRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteList__Output>): grpc.ClientUnaryCall;
  /**
   * Notes, last changed first. Client users: client-visible notes only.
   */
  listNotes(argument: _client_portal_portal_v1_ContentListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteList__Output>): grpc.ClientUnaryCall;
  listNotes(argument: _client_portal_portal_v1_ContentListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteList__Output>): grpc.ClientUnaryCall;
  listNotes(argument: _client_portal_portal_v1_ContentListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteList__Output>): grpc.ClientUnaryCall;
  listNotes(argument: _client_portal_portal_v1_ContentListRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteList__Output>): grpc.ClientUnaryCall;
  
  /**
   * What happened in the workspace, newest first (keyset pages). Client users: client-visible entries
   * of modules switched on only.
   */
  ListTimeline(argument: _client_portal_portal_v1_ListWorkspaceTimelineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceTimelinePage__Output>): grpc.ClientUnaryCall;
  ListTimeline(argument: _client_portal_portal_v1_ListWorkspaceTimelineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceTimelinePage__Output>): grpc.ClientUnaryCall;
  ListTimeline(argument: _client_portal_portal_v1_ListWorkspaceTimelineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceTimelinePage__Output>): grpc.ClientUnaryCall;
  ListTimeline(argument: _client_portal_portal_v1_ListWorkspaceTimelineRequest, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceTimelinePage__Output>): grpc.ClientUnaryCall;
  /**
   * What happened in the workspace, newest first (keyset pages). Client users: client-visible entries
   * of modules switched on only.
   */
  listTimeline(argument: _client_portal_portal_v1_ListWorkspaceTimelineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceTimelinePage__Output>): grpc.ClientUnaryCall;
  listTimeline(argument: _client_portal_portal_v1_ListWorkspaceTimelineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceTimelinePage__Output>): grpc.ClientUnaryCall;
  listTimeline(argument: _client_portal_portal_v1_ListWorkspaceTimelineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceTimelinePage__Output>): grpc.ClientUnaryCall;
  listTimeline(argument: _client_portal_portal_v1_ListWorkspaceTimelineRequest, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceTimelinePage__Output>): grpc.ClientUnaryCall;
  
  /**
   * The workspace's links in the given order (every link named once). Publishes portal.link.reordered.
   */
  ReorderLinks(argument: _client_portal_portal_v1_ReorderContentLinksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  ReorderLinks(argument: _client_portal_portal_v1_ReorderContentLinksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  ReorderLinks(argument: _client_portal_portal_v1_ReorderContentLinksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  ReorderLinks(argument: _client_portal_portal_v1_ReorderContentLinksRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  /**
   * The workspace's links in the given order (every link named once). Publishes portal.link.reordered.
   */
  reorderLinks(argument: _client_portal_portal_v1_ReorderContentLinksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  reorderLinks(argument: _client_portal_portal_v1_ReorderContentLinksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  reorderLinks(argument: _client_portal_portal_v1_ReorderContentLinksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  reorderLinks(argument: _client_portal_portal_v1_ReorderContentLinksRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkList__Output>): grpc.ClientUnaryCall;
  
  UpdateEmbed(argument: _client_portal_portal_v1_UpdateContentEmbedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  UpdateEmbed(argument: _client_portal_portal_v1_UpdateContentEmbedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  UpdateEmbed(argument: _client_portal_portal_v1_UpdateContentEmbedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  UpdateEmbed(argument: _client_portal_portal_v1_UpdateContentEmbedRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  updateEmbed(argument: _client_portal_portal_v1_UpdateContentEmbedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  updateEmbed(argument: _client_portal_portal_v1_UpdateContentEmbedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  updateEmbed(argument: _client_portal_portal_v1_UpdateContentEmbedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  updateEmbed(argument: _client_portal_portal_v1_UpdateContentEmbedRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentEmbedView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Publishes portal.link.updated. FAILED_PRECONDITION "changed meanwhile" when expected_version is stale.
   */
  UpdateLink(argument: _client_portal_portal_v1_UpdateContentLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  UpdateLink(argument: _client_portal_portal_v1_UpdateContentLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  UpdateLink(argument: _client_portal_portal_v1_UpdateContentLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  UpdateLink(argument: _client_portal_portal_v1_UpdateContentLinkRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  /**
   * Publishes portal.link.updated. FAILED_PRECONDITION "changed meanwhile" when expected_version is stale.
   */
  updateLink(argument: _client_portal_portal_v1_UpdateContentLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  updateLink(argument: _client_portal_portal_v1_UpdateContentLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  updateLink(argument: _client_portal_portal_v1_UpdateContentLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  updateLink(argument: _client_portal_portal_v1_UpdateContentLinkRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentLinkView__Output>): grpc.ClientUnaryCall;
  
  UpdateNote(argument: _client_portal_portal_v1_UpdateContentNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  UpdateNote(argument: _client_portal_portal_v1_UpdateContentNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  UpdateNote(argument: _client_portal_portal_v1_UpdateContentNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  UpdateNote(argument: _client_portal_portal_v1_UpdateContentNoteRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  updateNote(argument: _client_portal_portal_v1_UpdateContentNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  updateNote(argument: _client_portal_portal_v1_UpdateContentNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  updateNote(argument: _client_portal_portal_v1_UpdateContentNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  updateNote(argument: _client_portal_portal_v1_UpdateContentNoteRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ContentNoteView__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Staff (workspaces.share) add, change, reorder and delete; client users with the "view" right in the
 * workspace read links, allowed embeds and client-visible notes (module switched off: NOT_FOUND /
 * empty for them). An archived workspace refuses every change with FAILED_PRECONDITION.
 */
export interface ContentServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * https only, host on the tenant's embed allow-list. Publishes portal.embed.created.
   */
  AddEmbed: grpc.handleUnaryCall<_client_portal_portal_v1_AddContentEmbedRequest__Output, _client_portal_portal_v1_ContentEmbedView>;
  
  /**
   * Title (≤ 200) and an http(s) URL; other schemes (javascript:, data:, …) are refused naming the
   * rule. Publishes portal.link.created.
   */
  AddLink: grpc.handleUnaryCall<_client_portal_portal_v1_AddContentLinkRequest__Output, _client_portal_portal_v1_ContentLinkView>;
  
  AddNote: grpc.handleUnaryCall<_client_portal_portal_v1_AddContentNoteRequest__Output, _client_portal_portal_v1_ContentNoteView>;
  
  DeleteEmbed: grpc.handleUnaryCall<_client_portal_portal_v1_DeleteContentRequest__Output, _client_portal_portal_v1_DeletedContent>;
  
  DeleteLink: grpc.handleUnaryCall<_client_portal_portal_v1_DeleteContentRequest__Output, _client_portal_portal_v1_DeletedContent>;
  
  DeleteNote: grpc.handleUnaryCall<_client_portal_portal_v1_DeleteContentRequest__Output, _client_portal_portal_v1_DeletedContent>;
  
  /**
   * An internal note is NOT_FOUND for a client user.
   */
  GetNote: grpc.handleUnaryCall<_client_portal_portal_v1_GetContentNoteRequest__Output, _client_portal_portal_v1_ContentNoteView>;
  
  /**
   * Embeds in their order. Staff see every embed, with `blocked` when its host left the allow-list;
   * client users only the embeds whose host is still allowed.
   */
  ListEmbeds: grpc.handleUnaryCall<_client_portal_portal_v1_ContentListRequest__Output, _client_portal_portal_v1_ContentEmbedList>;
  
  /**
   * Links in their order. Publishes nothing.
   */
  ListLinks: grpc.handleUnaryCall<_client_portal_portal_v1_ContentListRequest__Output, _client_portal_portal_v1_ContentLinkList>;
  
  /**
   * Notes, last changed first. Client users: client-visible notes only.
   */
  ListNotes: grpc.handleUnaryCall<_client_portal_portal_v1_ContentListRequest__Output, _client_portal_portal_v1_ContentNoteList>;
  
  /**
   * What happened in the workspace, newest first (keyset pages). Client users: client-visible entries
   * of modules switched on only.
   */
  ListTimeline: grpc.handleUnaryCall<_client_portal_portal_v1_ListWorkspaceTimelineRequest__Output, _client_portal_portal_v1_WorkspaceTimelinePage>;
  
  /**
   * The workspace's links in the given order (every link named once). Publishes portal.link.reordered.
   */
  ReorderLinks: grpc.handleUnaryCall<_client_portal_portal_v1_ReorderContentLinksRequest__Output, _client_portal_portal_v1_ContentLinkList>;
  
  UpdateEmbed: grpc.handleUnaryCall<_client_portal_portal_v1_UpdateContentEmbedRequest__Output, _client_portal_portal_v1_ContentEmbedView>;
  
  /**
   * Publishes portal.link.updated. FAILED_PRECONDITION "changed meanwhile" when expected_version is stale.
   */
  UpdateLink: grpc.handleUnaryCall<_client_portal_portal_v1_UpdateContentLinkRequest__Output, _client_portal_portal_v1_ContentLinkView>;
  
  UpdateNote: grpc.handleUnaryCall<_client_portal_portal_v1_UpdateContentNoteRequest__Output, _client_portal_portal_v1_ContentNoteView>;
  
}

export interface ContentServiceDefinition extends grpc.ServiceDefinition {
  AddEmbed: MethodDefinition<_client_portal_portal_v1_AddContentEmbedRequest, _client_portal_portal_v1_ContentEmbedView, _client_portal_portal_v1_AddContentEmbedRequest__Output, _client_portal_portal_v1_ContentEmbedView__Output>
  AddLink: MethodDefinition<_client_portal_portal_v1_AddContentLinkRequest, _client_portal_portal_v1_ContentLinkView, _client_portal_portal_v1_AddContentLinkRequest__Output, _client_portal_portal_v1_ContentLinkView__Output>
  AddNote: MethodDefinition<_client_portal_portal_v1_AddContentNoteRequest, _client_portal_portal_v1_ContentNoteView, _client_portal_portal_v1_AddContentNoteRequest__Output, _client_portal_portal_v1_ContentNoteView__Output>
  DeleteEmbed: MethodDefinition<_client_portal_portal_v1_DeleteContentRequest, _client_portal_portal_v1_DeletedContent, _client_portal_portal_v1_DeleteContentRequest__Output, _client_portal_portal_v1_DeletedContent__Output>
  DeleteLink: MethodDefinition<_client_portal_portal_v1_DeleteContentRequest, _client_portal_portal_v1_DeletedContent, _client_portal_portal_v1_DeleteContentRequest__Output, _client_portal_portal_v1_DeletedContent__Output>
  DeleteNote: MethodDefinition<_client_portal_portal_v1_DeleteContentRequest, _client_portal_portal_v1_DeletedContent, _client_portal_portal_v1_DeleteContentRequest__Output, _client_portal_portal_v1_DeletedContent__Output>
  GetNote: MethodDefinition<_client_portal_portal_v1_GetContentNoteRequest, _client_portal_portal_v1_ContentNoteView, _client_portal_portal_v1_GetContentNoteRequest__Output, _client_portal_portal_v1_ContentNoteView__Output>
  ListEmbeds: MethodDefinition<_client_portal_portal_v1_ContentListRequest, _client_portal_portal_v1_ContentEmbedList, _client_portal_portal_v1_ContentListRequest__Output, _client_portal_portal_v1_ContentEmbedList__Output>
  ListLinks: MethodDefinition<_client_portal_portal_v1_ContentListRequest, _client_portal_portal_v1_ContentLinkList, _client_portal_portal_v1_ContentListRequest__Output, _client_portal_portal_v1_ContentLinkList__Output>
  ListNotes: MethodDefinition<_client_portal_portal_v1_ContentListRequest, _client_portal_portal_v1_ContentNoteList, _client_portal_portal_v1_ContentListRequest__Output, _client_portal_portal_v1_ContentNoteList__Output>
  ListTimeline: MethodDefinition<_client_portal_portal_v1_ListWorkspaceTimelineRequest, _client_portal_portal_v1_WorkspaceTimelinePage, _client_portal_portal_v1_ListWorkspaceTimelineRequest__Output, _client_portal_portal_v1_WorkspaceTimelinePage__Output>
  ReorderLinks: MethodDefinition<_client_portal_portal_v1_ReorderContentLinksRequest, _client_portal_portal_v1_ContentLinkList, _client_portal_portal_v1_ReorderContentLinksRequest__Output, _client_portal_portal_v1_ContentLinkList__Output>
  UpdateEmbed: MethodDefinition<_client_portal_portal_v1_UpdateContentEmbedRequest, _client_portal_portal_v1_ContentEmbedView, _client_portal_portal_v1_UpdateContentEmbedRequest__Output, _client_portal_portal_v1_ContentEmbedView__Output>
  UpdateLink: MethodDefinition<_client_portal_portal_v1_UpdateContentLinkRequest, _client_portal_portal_v1_ContentLinkView, _client_portal_portal_v1_UpdateContentLinkRequest__Output, _client_portal_portal_v1_ContentLinkView__Output>
  UpdateNote: MethodDefinition<_client_portal_portal_v1_UpdateContentNoteRequest, _client_portal_portal_v1_ContentNoteView, _client_portal_portal_v1_UpdateContentNoteRequest__Output, _client_portal_portal_v1_ContentNoteView__Output>
}
