import { ApiError, getJson, postJson, request } from './http';
import type { Schemas } from './schema';
import type { Message } from './messaging';

export type MessageAttachment = Schemas['MessageAttachment'];
export type MessageMention = Schemas['MessageMention'];
export type MentionCandidate = Schemas['MessageMention'];
export type SeenBy = Schemas['MessageSeenBy'];

/** 25 MiB, as messaging enforces it: checked here first so nothing is sent in vain. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

const id = (value: string) => encodeURIComponent(value);

/** PUTs the bytes to the presigned URL, reporting progress (fetch cannot report an upload's progress). */
function putWithProgress(url: string, file: Blob, onProgress: (ratio: number) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve();
      else
        reject(
          new ApiError({
            status: xhr.status,
            code: `HTTP_${xhr.status}`,
            title: 'Upload failed',
            detail: '',
          }),
        );
    };
    xhr.onerror = () => {
      reject(
        new ApiError({ status: 0, code: 'NETWORK', title: 'Network error', detail: 'The upload failed' }),
      );
    };
    xhr.send(file);
  });
}

/** Attaches a file to the message being written: a pending upload, then its bytes straight to the store. */
export async function uploadAttachment(
  conversationId: string,
  file: File,
  onProgress: (ratio: number) => void,
): Promise<MessageAttachment> {
  const body: Schemas['NewMessageAttachment'] = { name: file.name, size: file.size, contentType: file.type };
  const started = await postJson<Schemas['MessageAttachmentUpload']>(
    `/api/conversations/${id(conversationId)}/attachments`,
    body,
  );
  await putWithProgress(started.uploadUrl, file, onProgress);
  onProgress(1);
  return started.attachment;
}

/** Downloads an attachment under its name (the URL answers Content-Disposition: attachment). */
export async function downloadAttachment(messageId: string, attachmentId: string): Promise<void> {
  const { url } = await getJson<Schemas['MessageAttachmentDownload']>(
    `/api/messages/${id(messageId)}/attachments/${id(attachmentId)}/download-url`,
  );
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener';
  link.click();
}

export function editMessage(messageId: string, body: string): Promise<Message> {
  const input: Schemas['MessageEdit'] = { body };
  return request<Message>(`/api/messages/${id(messageId)}`, { method: 'PATCH', body: input });
}

export function deleteMessage(messageId: string): Promise<Message> {
  return request<Message>(`/api/messages/${id(messageId)}`, { method: 'DELETE' });
}

export async function mentionCandidates(conversationId: string): Promise<MentionCandidate[]> {
  return (
    await getJson<Schemas['MentionCandidates']>(`/api/conversations/${id(conversationId)}/mention-candidates`)
  ).people;
}

export function seenBy(conversationId: string): Promise<SeenBy> {
  return getJson<SeenBy>(`/api/conversations/${id(conversationId)}/seen-by`);
}
