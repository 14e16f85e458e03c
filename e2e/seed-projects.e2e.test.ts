import { serviceTestEnvironment, staff, testPrincipalSigner, uniqueName } from '@client-portal/testing';
import type { Principal, ServiceRuntime } from '@client-portal/kit';
import { createServiceClient, type ServiceClient } from '@client-portal/contracts';
import { loadCrmConfig, startCrm } from '@client-portal/crm';
import { DEMO_PROJECTS } from '../deploy/local/demo-agency.js';
import { dayFromNow, seedProjects } from '../deploy/local/seed-projects.js';

/** The demo seed's projects, run twice against a real crm: what the dashboards and screens will show. */
describe('the demo seed: projects', () => {
  const environment = serviceTestEnvironment('crm');
  let runtime: ServiceRuntime;
  let crm: ServiceClient<'crm'>;
  let projects: ServiceClient<'projects'>;
  const owner: Principal = { ...staff(uniqueName('tenant'), 'owner'), displayName: 'Olivia Owner' };
  const clientNames = [...new Set(DEMO_PROJECTS.map((project) => project.client))];
  const nora = { email: 'nora.north@northwind.test', name: 'Nora North' };

  beforeAll(async () => {
    runtime = await startCrm(loadCrmConfig(environment));
    const options = { signer: testPrincipalSigner };
    crm = createServiceClient('crm', `127.0.0.1:${runtime.grpcPort}`, options);
    projects = createServiceClient('projects', `127.0.0.1:${runtime.grpcPort}`, options);
    for (const name of clientNames) await crm.createClient({ name }, { principal: owner });
  });
  afterAll(async () => {
    crm.close();
    projects.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  it('adds projects in various statuses, late and this-week milestones, time entries and one rating; a second run adds nothing', async () => {
    const added: string[] = [];
    for (const name of clientNames)
      added.push(
        ...(await seedProjects(
          { crm, projects },
          name,
          owner,
          name === 'Northwind Traders' ? nora : undefined,
        )),
      );
    expect(added.filter((kind) => kind === 'project')).toHaveLength(DEMO_PROJECTS.length);
    expect(added.filter((kind) => kind === 'rating')).toHaveLength(1);

    const { projects: all } = await projects.listProjects({ page: { pageSize: 100 } }, { principal: owner });
    expect(new Set(all.map((project) => project.status))).toEqual(
      new Set(['planned', 'in-progress', 'on-hold', 'completed', 'cancelled']),
    );
    const today = dayFromNow(0);
    const inAWeek = dayFromNow(7);
    const milestones = all.flatMap((project) => project.milestones);
    expect(milestones.some((milestone) => !milestone.done && milestone.dueDate < today)).toBe(true);
    expect(
      milestones.some(
        (milestone) => !milestone.done && milestone.dueDate >= today && milestone.dueDate <= inAWeek,
      ),
    ).toBe(true);
    expect(all.reduce((sum, project) => sum + (project.time?.entries.length ?? 0), 0)).toBe(
      DEMO_PROJECTS.reduce((sum, project) => sum + project.timeEntries.length, 0),
    );
    const rated = all.find((project) => project.rating);
    expect(rated).toMatchObject({
      name: 'Brand refresh',
      status: 'completed',
      rating: { score: 5, ratedByName: 'Nora North' },
    });
    expect(rated?.completedAt).not.toBe('');
    expect(all.find((project) => project.name === 'E-commerce relaunch')?.costs?.labourCostMinor).toBe(
      String(Math.round(((240 + 180 + 90) * 6_500) / 60)),
    );

    const again: string[] = [];
    for (const name of clientNames) again.push(...(await seedProjects({ crm, projects }, name, owner, nora)));
    expect(again).toEqual([]);
  });
});
