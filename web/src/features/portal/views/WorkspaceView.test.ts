import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '../../../i18n';
import { json, serveGateway } from '../../../test-support/gateway';
import { useBillingLiveStore } from '../../billing/stores/billing-live.store';
import WorkspaceView from './WorkspaceView.vue';

const workspace = {
  id: 'w1',
  tenantId: 't1',
  clientId: 'c1',
  clientName: 'Globex',
  name: 'Globex',
  createdAt: '2026-11-29T09:00:00Z',
};

describe('the portal workspace', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'en';
  });

  it('shows the Billing tab as soon as a document of its client is issued, without a reload', async () => {
    let issued = false;
    const sent = serveGateway({
      'GET /api/workspaces/w1': () =>
        json({ workspace, documents: [], tabs: issued ? ['messages', 'billing'] : ['messages'] }),
    });
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/portal/workspaces/:workspaceId', name: 'workspace', component: WorkspaceView }],
    });
    await router.push('/portal/workspaces/w1');
    const view = mount(WorkspaceView, {
      props: { workspaceId: 'w1' },
      global: {
        plugins: [i18n, router],
        // The tabs' contents have their own tests; here only which tabs the workspace offers.
        stubs: { MessagesPanel: true, PortalBillingView: true },
      },
    });
    await flushPromises();
    expect(view.find('[data-testid="workspace-tab-messages"]').exists()).toBe(true);
    expect(view.find('[data-testid="workspace-tab-billing"]').exists()).toBe(false);
    const reads = () => sent.filter((request) => request.url.pathname === '/api/workspaces/w1').length;
    expect(reads()).toBe(1);

    // Another client's change: nothing to read again.
    useBillingLiveStore().receive({ clientId: 'c2', subject: 'd9', change: 'billing.document.issued' });
    await flushPromises();
    expect(reads()).toBe(1);

    issued = true;
    useBillingLiveStore().receive({ clientId: 'c1', subject: 'd1', change: 'billing.document.issued' });
    await flushPromises();
    expect(reads()).toBe(2);
    expect(view.find('[data-testid="workspace-tab-billing"]').exists()).toBe(true);
  });

  it('says so when nothing is shared with the user yet', async () => {
    serveGateway({ 'GET /api/workspaces/w1': () => json({ workspace, documents: [], tabs: [] }) });
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/portal/workspaces/:workspaceId', name: 'workspace', component: WorkspaceView }],
    });
    await router.push('/portal/workspaces/w1');
    const view = mount(WorkspaceView, { props: { workspaceId: 'w1' }, global: { plugins: [i18n, router] } });
    await flushPromises();
    expect(view.find('[data-testid="workspace-empty"]').text()).toContain('Nothing has been shared');
  });
});
