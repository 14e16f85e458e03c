import { ApiError, getJson, postJson, request } from './http';
import type { Schemas } from './schema';

export type Deliverable = Schemas['Deliverable'];
export type DeliverableVersion = Schemas['DeliverableVersion'];
export type DeliverableDecision = Schemas['DeliverableDecision'];
export type DeliverableDecisionResult = Schemas['DeliverableDecisionResult'];
export type PublicDeliverableDecision = Schemas['PublicDeliverableDecision'];
export type DeliverableDecisionInput = Schemas['DeliverableDecisionInput'];

const id = encodeURIComponent;

export async function listDeliverables(workspaceId: string, signal?: AbortSignal): Promise<Deliverable[]> {
  const answer = await getJson<Schemas['DeliverableList']>(
    `/api/workspaces/${id(workspaceId)}/deliverables`,
    {
      signal,
    },
  );
  return answer.deliverables;
}

export function createDeliverable(
  workspaceId: string,
  input: { title: string; description: string; approverContactIds: string[] },
): Promise<Deliverable> {
  return postJson<Deliverable>(`/api/workspaces/${id(workspaceId)}/deliverables`, input);
}

export function decideDeliverable(
  deliverableId: string,
  input: DeliverableDecisionInput,
): Promise<DeliverableDecisionResult> {
  return postJson<DeliverableDecisionResult>(`/api/deliverables/${id(deliverableId)}/decisions`, input);
}

export function versionDownload(
  deliverableId: string,
  version: number,
): Promise<Schemas['DeliverableDownload']> {
  return getJson(`/api/deliverables/${id(deliverableId)}/versions/${version}/download`);
}

/** Public: no token. */
export function getPublicDeliverableDecision(decisionId: string): Promise<PublicDeliverableDecision> {
  return request<PublicDeliverableDecision>(`/api/public/deliverable-decisions/${id(decisionId)}`, {
    authenticated: false,
  });
}

/** The path of the public verification page (the web app's, not the API's). */
export function deliverableVerificationPath(decisionId: string): string {
  return `/verify/deliverable/${id(decisionId)}`;
}

/** PUTs the bytes to the presigned URL, reporting progress (fetch cannot report an upload's progress). */
function putWithProgress(url: string, file: Blob, contentType: string, onProgress: (ratio: number) => void) {
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('Content-Type', contentType);
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

/**
 * Uploads the next version: a presigned URL from the gateway, the bytes straight to the object store,
 * then "complete" (portal checks the size and the type, hashes the bytes and makes the version current).
 */
export async function uploadVersion(
  deliverableId: string,
  file: File,
  onProgress: (ratio: number) => void,
): Promise<Deliverable> {
  const ticket = await postJson<Schemas['DeliverableUploadTicket']>(
    `/api/deliverables/${id(deliverableId)}/uploads`,
    {
      fileName: file.name,
      contentType: file.type || 'application/octet-stream',
      sizeBytes: file.size,
    },
  );
  await putWithProgress(ticket.uploadUrl, file, ticket.contentType, onProgress);
  return postJson<Deliverable>(
    `/api/deliverables/${id(deliverableId)}/uploads/${id(ticket.uploadId)}/complete`,
    {},
  );
}
