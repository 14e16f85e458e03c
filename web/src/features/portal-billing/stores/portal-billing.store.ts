import { defineStore } from 'pinia';
import { reactive, ref, shallowReactive } from 'vue';
import {
  getClientDocument,
  listClientDocuments,
  type ClientDocument,
  type ClientDocumentKind,
} from '../../../api/quote-answers';
import { useAsyncList, useResource, type Resource } from '../../../composables/use-resource';

const PAGE_SIZE = 25;

/**
 * The portal's billing: the client's issued documents filtered by kind (one tab per kind the client
 * has), year and quarter, and the documents opened. The live stream's billing.changed reloads both.
 */
export const usePortalBillingStore = defineStore('portalBilling', () => {
  const filter = reactive<{ clientId: string; kind: ClientDocumentKind | ''; year: number; quarter: number }>(
    {
      // Empty for a client user (their own client); staff previewing a workspace name its client.
      clientId: '',
      kind: '',
      year: 0,
      quarter: 0,
    },
  );
  const kinds = ref<ClientDocumentKind[]>([]);
  const years = ref<number[]>([]);

  const list = useAsyncList<ClientDocument>(
    async ({ pageToken }) => {
      const answer = await listClientDocuments(
        {
          clientId: filter.clientId || undefined,
          kind: filter.kind || undefined,
          year: filter.year,
          quarter: filter.year ? filter.quarter : 0,
        },
        { pageSize: PAGE_SIZE, pageToken },
      );
      kinds.value = answer.kinds;
      years.value = answer.years;
      return { items: answer.documents, nextPageToken: answer.page.nextPageToken };
    },
    { key: (document) => document.id },
  );

  const opened = shallowReactive<Record<string, Resource<ClientDocument>>>({});
  function document(documentId: string): Resource<ClientDocument> {
    opened[documentId] ??= useResource(() => getClientDocument(documentId));
    return opened[documentId];
  }

  /** Something changed on a document of the client: the list and that document read again. */
  function onChange(subject: string): void {
    if (list.loaded) void list.refresh();
    const resource = opened[subject];
    if (resource?.loaded) void resource.refresh();
  }

  return { filter, kinds, years, list, document, onChange };
});
