import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http';
import { json, problem, serveGateway } from '../../../test-support/gateway';
import { useProjectsStore } from './projects.store';

function project(id: string, name: string, version = 1) {
  return {
    id,
    tenantId: 't1',
    clientId: 'c1',
    name,
    status: 'in-progress',
    progress: 10,
    startDate: '',
    dueDate: '',
    completedAt: '',
    contractValueMinor: '0',
    currency: 'EUR',
    milestones: [],
    rating: null,
    version,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    time: { entries: [], totalMinutes: 0 },
    costs: null,
  };
}

describe('useProjectsStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it("keeps the client's list and the open project in step with every write's answer", async () => {
    const sent = serveGateway({
      'GET /api/clients/c1/projects': () =>
        json({ projects: [project('p2', 'Website')], page: { nextPageToken: '', totalSize: 1 } }),
      'POST /api/clients/c1/projects': () => json(project('p1', 'App'), 201),
      'GET /api/projects/p1': () => json(project('p1', 'App')),
      'PATCH /api/projects/p1': () => json({ ...project('p1', 'App', 2), progress: 60 }),
      'DELETE /api/projects/p1': () => json({ projectId: 'p1' }),
    });
    const store = useProjectsStore();
    const list = store.forClient('c1');
    await list.load();
    await store.create('c1', { name: 'App', milestones: [] });
    // Sorted by name, as the server lists them.
    expect(list.data?.map((item) => item.name)).toEqual(['App', 'Website']);

    const opened = store.open('p1');
    await opened.load();
    await store.update('p1', { expectedVersion: 1, progress: 60 });
    expect(sent.find((request) => request.method === 'PATCH')?.body).toEqual({
      expectedVersion: 1,
      progress: 60,
    });
    expect(opened.data).toMatchObject({ version: 2, progress: 60 });
    expect(list.data?.find((item) => item.id === 'p1')?.progress).toBe(60);

    const current = opened.data;
    if (current) await store.remove(current);
    expect(sent.at(-1)?.url.searchParams.get('expectedVersion')).toBe('2');
    expect(list.data?.map((item) => item.id)).toEqual(['p2']);
  });

  it('passes on a refused change with its reason and keeps the shown project', async () => {
    serveGateway({
      'GET /api/projects/p1': () => json(project('p1', 'App')),
      'PATCH /api/projects/p1': () =>
        problem(409, { code: 'FAILED_PRECONDITION', reason: 'project.changed_meanwhile', detail: 'changed' }),
    });
    const store = useProjectsStore();
    const opened = store.open('p1');
    await opened.load();
    const error = await store
      .update('p1', { expectedVersion: 1, name: 'Other' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).reason).toBe('project.changed_meanwhile');
    expect(opened.data?.name).toBe('App');
  });
});
