import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import {
  browseCatalog,
  listMyOrders,
  type PortalCatalogOrder,
  type PortalCatalogProduct,
} from '../../../api/catalog';
import { useResource } from '../../../composables/use-resource';
import { lineAmounts } from '../../../lib/money';
import { isNotFound } from '../../../lib/errors';

export interface CartLine {
  product: PortalCatalogProduct;
  /** Thousandths of a unit. */
  quantityMilli: bigint;
}

/**
 * The client user's catalog: the products, a cart kept in memory (never stored: an order is placed
 * whole), and their orders. `available` is false when the agency's catalog is switched off (404).
 */
export const usePortalCatalogStore = defineStore('portalCatalog', () => {
  const products = useResource(async (signal) => (await browseCatalog({}, { signal })).products);
  const orders = useResource(async (signal) => (await listMyOrders({ signal })).orders);
  const available = computed<boolean | null>(() => {
    if (products.loaded) return true;
    if (isNotFound(products.error)) return false;
    return null;
  });

  const cart = ref<CartLine[]>([]);
  function add(product: PortalCatalogProduct, quantityMilli: bigint): void {
    const existing = cart.value.find((line) => line.product.id === product.id);
    if (existing) existing.quantityMilli += quantityMilli;
    else cart.value = [...cart.value, { product, quantityMilli }];
  }
  function remove(productId: string): void {
    cart.value = cart.value.filter((line) => line.product.id !== productId);
  }
  function clear(): void {
    cart.value = [];
  }
  /** The same rules as billing's (half-up rounding per line); the order's own figures come back from it. */
  const totals = computed(() => {
    const currencies = [...new Set(cart.value.map((line) => line.product.currency))];
    let net = 0n;
    let tax = 0n;
    for (const line of cart.value) {
      const amounts = lineAmounts(
        line.quantityMilli,
        BigInt(line.product.unitPriceMinor),
        BigInt(line.product.taxRateBasisPoints),
      );
      net += amounts.netMinor;
      tax += amounts.taxMinor;
    }
    return { currency: currencies[0] ?? '', mixed: currencies.length > 1, net, tax, total: net + tax };
  });

  function recordPlaced(order: PortalCatalogOrder): void {
    orders.set([order, ...(orders.data ?? []).filter((known) => known.id !== order.id)]);
  }

  return { products, orders, available, cart, add, remove, clear, totals, recordPlaced };
});
