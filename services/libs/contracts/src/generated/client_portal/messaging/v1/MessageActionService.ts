// Original file: proto/messaging/v1/message_actions.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { DeleteMessageRequest as _client_portal_messaging_v1_DeleteMessageRequest, DeleteMessageRequest__Output as _client_portal_messaging_v1_DeleteMessageRequest__Output } from '../../../client_portal/messaging/v1/DeleteMessageRequest.js';
import type { EditMessageRequest as _client_portal_messaging_v1_EditMessageRequest, EditMessageRequest__Output as _client_portal_messaging_v1_EditMessageRequest__Output } from '../../../client_portal/messaging/v1/EditMessageRequest.js';
import type { Message as _client_portal_messaging_v1_Message, Message__Output as _client_portal_messaging_v1_Message__Output } from '../../../client_portal/messaging/v1/Message.js';
import type { MessageAttachmentDownload as _client_portal_messaging_v1_MessageAttachmentDownload, MessageAttachmentDownload__Output as _client_portal_messaging_v1_MessageAttachmentDownload__Output } from '../../../client_portal/messaging/v1/MessageAttachmentDownload.js';
import type { MessageAttachmentDownloadRequest as _client_portal_messaging_v1_MessageAttachmentDownloadRequest, MessageAttachmentDownloadRequest__Output as _client_portal_messaging_v1_MessageAttachmentDownloadRequest__Output } from '../../../client_portal/messaging/v1/MessageAttachmentDownloadRequest.js';
import type { MessageAttachmentUpload as _client_portal_messaging_v1_MessageAttachmentUpload, MessageAttachmentUpload__Output as _client_portal_messaging_v1_MessageAttachmentUpload__Output } from '../../../client_portal/messaging/v1/MessageAttachmentUpload.js';
import type { MessageAttachmentUploadRequest as _client_portal_messaging_v1_MessageAttachmentUploadRequest, MessageAttachmentUploadRequest__Output as _client_portal_messaging_v1_MessageAttachmentUploadRequest__Output } from '../../../client_portal/messaging/v1/MessageAttachmentUploadRequest.js';
import type { MessageAudience as _client_portal_messaging_v1_MessageAudience, MessageAudience__Output as _client_portal_messaging_v1_MessageAudience__Output } from '../../../client_portal/messaging/v1/MessageAudience.js';
import type { MessageAudienceRequest as _client_portal_messaging_v1_MessageAudienceRequest, MessageAudienceRequest__Output as _client_portal_messaging_v1_MessageAudienceRequest__Output } from '../../../client_portal/messaging/v1/MessageAudienceRequest.js';
import type { MessageSeenBy as _client_portal_messaging_v1_MessageSeenBy, MessageSeenBy__Output as _client_portal_messaging_v1_MessageSeenBy__Output } from '../../../client_portal/messaging/v1/MessageSeenBy.js';
import type { MessageSeenByRequest as _client_portal_messaging_v1_MessageSeenByRequest, MessageSeenByRequest__Output as _client_portal_messaging_v1_MessageSeenByRequest__Output } from '../../../client_portal/messaging/v1/MessageSeenByRequest.js';

export interface MessageActionServiceClient extends grpc.Client {
  /**
   * The author, within five minutes of posting: the body and attachments go, the message keeps its
   * place. Publishes messaging.message.deleted.
   */
  DeleteMessage(argument: _client_portal_messaging_v1_DeleteMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  DeleteMessage(argument: _client_portal_messaging_v1_DeleteMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  DeleteMessage(argument: _client_portal_messaging_v1_DeleteMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  DeleteMessage(argument: _client_portal_messaging_v1_DeleteMessageRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  /**
   * The author, within five minutes of posting: the body and attachments go, the message keeps its
   * place. Publishes messaging.message.deleted.
   */
  deleteMessage(argument: _client_portal_messaging_v1_DeleteMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  deleteMessage(argument: _client_portal_messaging_v1_DeleteMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  deleteMessage(argument: _client_portal_messaging_v1_DeleteMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  deleteMessage(argument: _client_portal_messaging_v1_DeleteMessageRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  
  /**
   * The author, within five minutes of posting. Publishes messaging.message.edited.
   */
  EditMessage(argument: _client_portal_messaging_v1_EditMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  EditMessage(argument: _client_portal_messaging_v1_EditMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  EditMessage(argument: _client_portal_messaging_v1_EditMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  EditMessage(argument: _client_portal_messaging_v1_EditMessageRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  /**
   * The author, within five minutes of posting. Publishes messaging.message.edited.
   */
  editMessage(argument: _client_portal_messaging_v1_EditMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  editMessage(argument: _client_portal_messaging_v1_EditMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  editMessage(argument: _client_portal_messaging_v1_EditMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  editMessage(argument: _client_portal_messaging_v1_EditMessageRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  
  /**
   * A short-lived URL downloading an attachment under its name: whoever may see the conversation.
   */
  GetAttachmentDownload(argument: _client_portal_messaging_v1_MessageAttachmentDownloadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentDownload__Output>): grpc.ClientUnaryCall;
  GetAttachmentDownload(argument: _client_portal_messaging_v1_MessageAttachmentDownloadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentDownload__Output>): grpc.ClientUnaryCall;
  GetAttachmentDownload(argument: _client_portal_messaging_v1_MessageAttachmentDownloadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentDownload__Output>): grpc.ClientUnaryCall;
  GetAttachmentDownload(argument: _client_portal_messaging_v1_MessageAttachmentDownloadRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentDownload__Output>): grpc.ClientUnaryCall;
  /**
   * A short-lived URL downloading an attachment under its name: whoever may see the conversation.
   */
  getAttachmentDownload(argument: _client_portal_messaging_v1_MessageAttachmentDownloadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentDownload__Output>): grpc.ClientUnaryCall;
  getAttachmentDownload(argument: _client_portal_messaging_v1_MessageAttachmentDownloadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentDownload__Output>): grpc.ClientUnaryCall;
  getAttachmentDownload(argument: _client_portal_messaging_v1_MessageAttachmentDownloadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentDownload__Output>): grpc.ClientUnaryCall;
  getAttachmentDownload(argument: _client_portal_messaging_v1_MessageAttachmentDownloadRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentDownload__Output>): grpc.ClientUnaryCall;
  
  /**
   * Who the conversation is for (the gateway lists the people who may be mentioned from it).
   */
  GetMessageAudience(argument: _client_portal_messaging_v1_MessageAudienceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAudience__Output>): grpc.ClientUnaryCall;
  GetMessageAudience(argument: _client_portal_messaging_v1_MessageAudienceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAudience__Output>): grpc.ClientUnaryCall;
  GetMessageAudience(argument: _client_portal_messaging_v1_MessageAudienceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAudience__Output>): grpc.ClientUnaryCall;
  GetMessageAudience(argument: _client_portal_messaging_v1_MessageAudienceRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAudience__Output>): grpc.ClientUnaryCall;
  /**
   * Who the conversation is for (the gateway lists the people who may be mentioned from it).
   */
  getMessageAudience(argument: _client_portal_messaging_v1_MessageAudienceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAudience__Output>): grpc.ClientUnaryCall;
  getMessageAudience(argument: _client_portal_messaging_v1_MessageAudienceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAudience__Output>): grpc.ClientUnaryCall;
  getMessageAudience(argument: _client_portal_messaging_v1_MessageAudienceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAudience__Output>): grpc.ClientUnaryCall;
  getMessageAudience(argument: _client_portal_messaging_v1_MessageAudienceRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAudience__Output>): grpc.ClientUnaryCall;
  
  /**
   * The last message of the conversation and the ids of the people (not its author) whose read marker
   * is at or past it.
   */
  GetSeenBy(argument: _client_portal_messaging_v1_MessageSeenByRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageSeenBy__Output>): grpc.ClientUnaryCall;
  GetSeenBy(argument: _client_portal_messaging_v1_MessageSeenByRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageSeenBy__Output>): grpc.ClientUnaryCall;
  GetSeenBy(argument: _client_portal_messaging_v1_MessageSeenByRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageSeenBy__Output>): grpc.ClientUnaryCall;
  GetSeenBy(argument: _client_portal_messaging_v1_MessageSeenByRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageSeenBy__Output>): grpc.ClientUnaryCall;
  /**
   * The last message of the conversation and the ids of the people (not its author) whose read marker
   * is at or past it.
   */
  getSeenBy(argument: _client_portal_messaging_v1_MessageSeenByRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageSeenBy__Output>): grpc.ClientUnaryCall;
  getSeenBy(argument: _client_portal_messaging_v1_MessageSeenByRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageSeenBy__Output>): grpc.ClientUnaryCall;
  getSeenBy(argument: _client_portal_messaging_v1_MessageSeenByRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageSeenBy__Output>): grpc.ClientUnaryCall;
  getSeenBy(argument: _client_portal_messaging_v1_MessageSeenByRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageSeenBy__Output>): grpc.ClientUnaryCall;
  
  /**
   * A pending attachment and the presigned URL to PUT its bytes to (Content-Type:
   * application/octet-stream). Whoever may post in the conversation; refused over the size limit.
   */
  RequestAttachmentUpload(argument: _client_portal_messaging_v1_MessageAttachmentUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentUpload__Output>): grpc.ClientUnaryCall;
  RequestAttachmentUpload(argument: _client_portal_messaging_v1_MessageAttachmentUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentUpload__Output>): grpc.ClientUnaryCall;
  RequestAttachmentUpload(argument: _client_portal_messaging_v1_MessageAttachmentUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentUpload__Output>): grpc.ClientUnaryCall;
  RequestAttachmentUpload(argument: _client_portal_messaging_v1_MessageAttachmentUploadRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentUpload__Output>): grpc.ClientUnaryCall;
  /**
   * A pending attachment and the presigned URL to PUT its bytes to (Content-Type:
   * application/octet-stream). Whoever may post in the conversation; refused over the size limit.
   */
  requestAttachmentUpload(argument: _client_portal_messaging_v1_MessageAttachmentUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentUpload__Output>): grpc.ClientUnaryCall;
  requestAttachmentUpload(argument: _client_portal_messaging_v1_MessageAttachmentUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentUpload__Output>): grpc.ClientUnaryCall;
  requestAttachmentUpload(argument: _client_portal_messaging_v1_MessageAttachmentUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentUpload__Output>): grpc.ClientUnaryCall;
  requestAttachmentUpload(argument: _client_portal_messaging_v1_MessageAttachmentUploadRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_MessageAttachmentUpload__Output>): grpc.ClientUnaryCall;
  
}

export interface MessageActionServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * The author, within five minutes of posting: the body and attachments go, the message keeps its
   * place. Publishes messaging.message.deleted.
   */
  DeleteMessage: grpc.handleUnaryCall<_client_portal_messaging_v1_DeleteMessageRequest__Output, _client_portal_messaging_v1_Message>;
  
  /**
   * The author, within five minutes of posting. Publishes messaging.message.edited.
   */
  EditMessage: grpc.handleUnaryCall<_client_portal_messaging_v1_EditMessageRequest__Output, _client_portal_messaging_v1_Message>;
  
  /**
   * A short-lived URL downloading an attachment under its name: whoever may see the conversation.
   */
  GetAttachmentDownload: grpc.handleUnaryCall<_client_portal_messaging_v1_MessageAttachmentDownloadRequest__Output, _client_portal_messaging_v1_MessageAttachmentDownload>;
  
  /**
   * Who the conversation is for (the gateway lists the people who may be mentioned from it).
   */
  GetMessageAudience: grpc.handleUnaryCall<_client_portal_messaging_v1_MessageAudienceRequest__Output, _client_portal_messaging_v1_MessageAudience>;
  
  /**
   * The last message of the conversation and the ids of the people (not its author) whose read marker
   * is at or past it.
   */
  GetSeenBy: grpc.handleUnaryCall<_client_portal_messaging_v1_MessageSeenByRequest__Output, _client_portal_messaging_v1_MessageSeenBy>;
  
  /**
   * A pending attachment and the presigned URL to PUT its bytes to (Content-Type:
   * application/octet-stream). Whoever may post in the conversation; refused over the size limit.
   */
  RequestAttachmentUpload: grpc.handleUnaryCall<_client_portal_messaging_v1_MessageAttachmentUploadRequest__Output, _client_portal_messaging_v1_MessageAttachmentUpload>;
  
}

export interface MessageActionServiceDefinition extends grpc.ServiceDefinition {
  DeleteMessage: MethodDefinition<_client_portal_messaging_v1_DeleteMessageRequest, _client_portal_messaging_v1_Message, _client_portal_messaging_v1_DeleteMessageRequest__Output, _client_portal_messaging_v1_Message__Output>
  EditMessage: MethodDefinition<_client_portal_messaging_v1_EditMessageRequest, _client_portal_messaging_v1_Message, _client_portal_messaging_v1_EditMessageRequest__Output, _client_portal_messaging_v1_Message__Output>
  GetAttachmentDownload: MethodDefinition<_client_portal_messaging_v1_MessageAttachmentDownloadRequest, _client_portal_messaging_v1_MessageAttachmentDownload, _client_portal_messaging_v1_MessageAttachmentDownloadRequest__Output, _client_portal_messaging_v1_MessageAttachmentDownload__Output>
  GetMessageAudience: MethodDefinition<_client_portal_messaging_v1_MessageAudienceRequest, _client_portal_messaging_v1_MessageAudience, _client_portal_messaging_v1_MessageAudienceRequest__Output, _client_portal_messaging_v1_MessageAudience__Output>
  GetSeenBy: MethodDefinition<_client_portal_messaging_v1_MessageSeenByRequest, _client_portal_messaging_v1_MessageSeenBy, _client_portal_messaging_v1_MessageSeenByRequest__Output, _client_portal_messaging_v1_MessageSeenBy__Output>
  RequestAttachmentUpload: MethodDefinition<_client_portal_messaging_v1_MessageAttachmentUploadRequest, _client_portal_messaging_v1_MessageAttachmentUpload, _client_portal_messaging_v1_MessageAttachmentUploadRequest__Output, _client_portal_messaging_v1_MessageAttachmentUpload__Output>
}
