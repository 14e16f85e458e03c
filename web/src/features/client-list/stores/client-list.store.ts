import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';
import { useAsyncList } from '../../../composables/use-resource';
import {
  listClientRows,
  listFilters,
  type ClientListFilters,
  type ClientListQuery,
  type ClientListRow,
  type ClientListSort,
} from '../api/client-list.api';

const PAGE_SIZE = 25;

/** The staff client list: filters, order, the rows loaded so far ("load more" appends a keyset page). */
export const useClientListStore = defineStore('clientList', () => {
  const query = reactive<ClientListQuery>({
    search: '',
    status: '',
    ownerUserId: '',
    industry: '',
    includeArchived: false,
    sort: 'name',
    direction: 'asc',
  });
  const filters = ref<ClientListFilters>({ industries: [], owners: [] });

  const list = useAsyncList<ClientListRow>(
    async ({ pageToken, signal }) => {
      const answer = await listClientRows(query, { pageSize: PAGE_SIZE, pageToken }, signal);
      return {
        items: answer.rows,
        nextPageToken: answer.page.nextPageToken,
        totalSize: answer.page.totalSize,
      };
    },
    { key: (row) => row.clientId },
  );

  async function loadFilters(): Promise<void> {
    filters.value = await listFilters();
  }

  /** A header click: the same column flips the direction, another column starts ascending. */
  function sortBy(sort: ClientListSort): Promise<void> {
    if (query.sort === sort) query.direction = query.direction === 'asc' ? 'desc' : 'asc';
    else {
      query.sort = sort;
      query.direction = 'asc';
    }
    return list.load();
  }

  function applyFilters(): Promise<void> {
    return list.load();
  }

  return { query, filters, list, loadFilters, sortBy, applyFilters };
});
