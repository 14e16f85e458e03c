import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  getCatalogSettings,
  listOrders,
  listProducts,
  type CatalogOrder,
  type CatalogProduct,
  type OrderStatus,
} from '../../../api/catalog';
import { useAsyncList, useResource } from '../../../composables/use-resource';

const byName = (left: CatalogProduct, right: CatalogProduct) =>
  left.name.localeCompare(right.name) || left.id.localeCompare(right.id);
const newestFirst = (left: CatalogOrder, right: CatalogOrder) =>
  right.placedAt.localeCompare(left.placedAt) || right.id.localeCompare(left.id);

/** The staff side of the catalog: products (search, archived), the portal switch, orders. */
export const useCatalogStore = defineStore('catalog', () => {
  const search = ref('');
  const includeArchived = ref(false);
  const products = useAsyncList(
    async ({ pageToken, signal }) => {
      const page = await listProducts(
        { search: search.value, includeArchived: includeArchived.value, pageToken },
        { signal },
      );
      return { items: page.products, nextPageToken: page.page.nextPageToken };
    },
    { key: (product) => product.id, compare: byName },
  );

  const settings = useResource((signal) => getCatalogSettings({ signal }));

  const orderStatus = ref<OrderStatus | ''>('');
  const orders = useAsyncList(
    async ({ pageToken, signal }) => {
      const page = await listOrders({ status: orderStatus.value, pageToken }, { signal });
      return { items: page.orders, nextPageToken: page.page.nextPageToken };
    },
    { key: (order) => order.id, compare: newestFirst },
  );

  return { search, includeArchived, products, settings, orderStatus, orders };
});
