// @ts-check
export default async function globalTeardown() {
  const stop = /** @type {{ stopContainers?: () => Promise<void> }} */ (globalThis).stopContainers;
  if (stop) await stop();
}
