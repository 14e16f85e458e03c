import { randomUUID } from 'node:crypto';
import { passwordToken, uniqueName } from '@client-portal/testing';
import { Api } from './support/http.js';
import { Platform } from './support/platform.js';
import { addClientUser, addStaff, createTenant } from './support/people.js';

interface Row {
  clientId: string;
  name: string;
  status: string;
  mainContactName: string;
  projectCount: number;
}
interface ListPage {
  rows: Row[];
  page: { nextPageToken: string; totalSize: number };
}
interface Preview {
  clients: { name: string; contacts: { email: string; primary: boolean }[] }[];
  errors: { row: number; column: string; code: string; message: string }[];
}

const ROLES = ['owner', 'admin', 'manager', 'member', 'client'] as const;
type Role = (typeof ROLES)[number];
const HEADER = 'company,industry,status,contact_first_name,contact_last_name,contact_email';

/** The client list's REST routes on the real platform: the permission matrix, then what they answer. */
describe('the staff client list over REST', () => {
  let platform: Platform;
  const people = {} as Record<Role, Api>;
  const tenant = {
    slug: uniqueName('list').replaceAll('_', '-'),
    email: `${uniqueName('owner')}@clientlist.test`,
    password: 'List-Owner-2026',
  };

  beforeAll(async () => {
    platform = await Platform.start();
    const api = new Api(platform.url);
    const { tenantId } = await createTenant(platform, {
      name: 'List Agency',
      slug: tenant.slug,
      email: tenant.email,
      password: tenant.password,
    });
    people.owner = api.as(await passwordToken(tenant.email, tenant.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, tenantId, role);
      people[role] = api.as(await passwordToken(person.email, person.password));
    }
    const client = await addClientUser(platform, tenantId, randomUUID());
    people.client = api.as(await passwordToken(client.email, client.password));
    for (const [name, status, first] of [
      ['Globex', 'active', 'Grace'],
      ['Initech', 'prospect', 'Peter'],
      ['Umbrella', 'suspended', 'Alice'],
    ] as const)
      expect(
        (
          await people.owner.post('/clients', {
            name,
            status,
            industry: 'Software',
            primaryContact: {
              firstName: first,
              lastName: 'Doe',
              email: `${first.toLowerCase()}@${name}.test`,
            },
          })
        ).status,
      ).toBe(201);
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
  });

  const csvFor = (role: Role) => `${HEADER}\n${role} Imports,Media,,Ann,Lee,ann@${role}.test\n`;
  const matrix: {
    route: string;
    call: (api: Api, role: Role) => Promise<{ status: number; body: unknown }>;
    allowed: Role[];
    ok: number;
  }[] = [
    {
      route: 'GET /client-list',
      call: (api) => api.get('/client-list'),
      allowed: ['owner', 'admin', 'manager', 'member'],
      ok: 200,
    },
    {
      route: 'GET /client-list/filters',
      call: (api) => api.get('/client-list/filters'),
      allowed: ['owner', 'admin', 'manager', 'member'],
      ok: 200,
    },
    {
      route: 'GET /client-list/export',
      call: (api) => api.get('/client-list/export'),
      allowed: ['owner', 'admin', 'manager', 'member'],
      ok: 200,
    },
    {
      route: 'POST /client-imports/preview',
      call: (api, role) => api.post('/client-imports/preview', { csv: csvFor(role) }),
      allowed: ['owner', 'admin', 'manager'],
      ok: 200,
    },
    {
      route: 'POST /client-imports',
      call: (api, role) => api.post('/client-imports', { csv: csvFor(role) }),
      allowed: ['owner', 'admin', 'manager'],
      ok: 201,
    },
  ];
  it.each(matrix.flatMap((entry) => ROLES.map((role) => [entry.route, role, entry] as const)))(
    '%s as %s follows the permission matrix',
    async (_route, role, entry) => {
      const response = await entry.call(people[role], role);
      if (entry.allowed.includes(role)) expect(response.status).toBe(entry.ok);
      else {
        expect(response.status).toBe(403);
        expect((response.body as { detail: string }).detail).toMatch(/clients|agency team|role/i);
      }
    },
  );

  it('filters, searches and sorts; pages carry on with the token', async () => {
    const active = await people.member.get<ListPage>('/client-list?status=active&industry=Software');
    expect(active.body.rows.map((row) => row.name)).toEqual(['Globex']);
    const search = await people.member.get<ListPage>('/client-list?search=alice');
    expect(search.body.rows.map((row) => [row.name, row.mainContactName])).toEqual([
      ['Umbrella', 'Alice Doe'],
    ]);
    const desc = await people.member.get<ListPage>(
      '/client-list?industry=Software&sort=name&direction=desc&pageSize=2',
    );
    expect(desc.body.rows.map((row) => row.name)).toEqual(['Umbrella', 'Initech']);
    expect(desc.body.page.totalSize).toBe(3);
    const next = await people.member.get<ListPage>(
      `/client-list?industry=Software&sort=name&direction=desc&pageSize=2&pageToken=${desc.body.page.nextPageToken}`,
    );
    expect(next.body.rows.map((row) => row.name)).toEqual(['Globex']);
    const bad = await people.member.get('/client-list?sort=notes');
    expect(bad.status).toBe(400);
    const filters = await people.member.get<{ industries: string[]; owners: { displayName: string }[] }>(
      '/client-list/filters',
    );
    expect(filters.body.industries).toEqual(expect.arrayContaining(['Software', 'Media']));
    expect(filters.body.owners.map((owner) => owner.displayName)).toContain('Olivia Owner');
  });

  it('exports the filtered, sorted list as a CSV attachment', async () => {
    const response = await people.member.get<Buffer>('/client-list/export?industry=Software&sort=status');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="clients-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = response.body.toString('utf8').trim().split('\n');
    expect(lines[0]?.startsWith('company,main_contact,')).toBe(true);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['Globex', 'Initech', 'Umbrella']);
  });

  it('previews a CSV with a bad row, refuses to import it, and imports it once fixed', async () => {
    const bad = `${HEADER}\nWayne Corp,Security,,Bruce,Wayne,bruce@wayne.test\nWayne Corp,,,Alfred,,not-an-email\n`;
    const preview = await people.manager.post<Preview>('/client-imports/preview', { csv: bad });
    expect(preview.status).toBe(200);
    expect(preview.body.errors.map((error) => `${error.row}:${error.column}`).sort()).toEqual([
      '3:contact_email',
      '3:contact_last_name',
    ]);
    const refused = await people.manager.post('/client-imports', { csv: bad });
    expect(refused.status).toBe(400);
    expect((await people.member.get<ListPage>('/client-list?search=wayne')).body.rows).toHaveLength(0);
    const fixed = bad.replace('Alfred,,not-an-email', 'Alfred,Pennyworth,alfred@wayne.test');
    const imported = await people.manager.post<{ clientCount: number; contactCount: number }>(
      '/client-imports',
      {
        csv: fixed,
      },
    );
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ clientCount: 1, contactCount: 2 });
    const listed = await people.member.get<ListPage>('/client-list?search=wayne');
    expect(listed.body.rows.map((row) => [row.name, row.mainContactName])).toEqual([
      ['Wayne Corp', 'Bruce Wayne'],
    ]);
  });

  it('names the expected columns when the CSV has the wrong ones', async () => {
    const response = await people.manager.post<{ detail: string; violations: { field: string }[] }>(
      '/client-imports/preview',
      { csv: 'name,email\nX,x@y.test\n' },
    );
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('Expected columns: company, industry, phone, status');
    expect(response.body.violations).toEqual([expect.objectContaining({ field: 'csv' })]);
  });
});
