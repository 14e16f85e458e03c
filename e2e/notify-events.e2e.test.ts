import { servicePrincipal } from '@client-portal/kit';
import { createServiceClient, type ServiceClient } from '@client-portal/contracts';
import {
  as as signedAs,
  asService,
  infrastructure,
  passwordToken,
  staff,
  uniqueName,
  waitForMail,
} from '@client-portal/testing';
import { Api } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many e-mails Mailpit holds for an address (optionally whose subject contains a text). */
async function mailCount(to: string, subject = ''): Promise<number> {
  const query = encodeURIComponent(`to:"${to}"${subject ? ` subject:"${subject}"` : ''}`);
  const response = await fetch(`${infrastructure().mailpitUrl}/api/v1/search?query=${query}`);
  return ((await response.json()) as { messages: unknown[] }).messages.length;
}

/** Whoever is not meant to hear of an event: checked once the ones who are have their e-mail. */
async function expectNoMail(people: Person[], subject: string): Promise<void> {
  await pause(1_500);
  for (const person of people) expect(await mailCount(person.email, subject)).toBe(0);
}

const pdf = (text: string): Buffer => Buffer.from(`%PDF-1.7\n% ${text}\n%%EOF\n`);

/**
 * The events that notify (issue 12, notify-events), on the real platform: what people do over REST
 * becomes e-mails to the right people, read back from Mailpit — the followers of a client for what the
 * client does, the client users who may see it for what staff share, never the one who acted, never a
 * user of another client or outside the workspace. And identity's recipient directory answers the
 * notification service only.
 */
describe('events that notify real people', () => {
  let platform: Platform;
  let tenantId = '';
  let workspaceId = '';
  let clientId = '';
  let contactId = '';
  const people = {} as Record<
    'owner' | 'admin' | 'member' | 'grace' | 'olive' | 'elsewhere' | 'otherClient',
    Person
  >;
  const api = {} as Record<'owner' | 'member' | 'grace', Api>;
  let directory: ServiceClient<'recipientDirectory'>;

  beforeAll(async () => {
    platform = await Platform.start();
    const http = new Api(platform.url);
    const agency = await createTenant(platform, { name: 'Notify Agency' });
    tenantId = agency.tenantId;
    people.owner = agency.owner;
    people.admin = await addStaff(platform, tenantId, 'admin', 'Adam Admin');
    people.member = await addStaff(platform, tenantId, 'member', 'Mel Member');
    api.owner = http.as(await passwordToken(people.owner.email, people.owner.password));
    api.member = http.as(await passwordToken(people.member.email, people.member.password));
    const newClient = async (name: string) => {
      const created = await api.owner.post<{ id: string; contacts: { id: string }[] }>('/clients', {
        name,
        primaryContact: { firstName: name, lastName: 'Contact', email: `${uniqueName('c')}@client.test` },
      });
      const enabled = await api.owner.post<{ workspace: { id: string } }>(
        `/clients/${created.body.id}/portal`,
      );
      return {
        clientId: created.body.id,
        contactId: created.body.contacts[0]?.id ?? '',
        workspaceId: enabled.body.workspace.id,
      };
    };
    const globex = await newClient('Globex');
    const hooli = await newClient('Hooli');
    ({ clientId, workspaceId, contactId } = globex);
    people.grace = await addClientUser(platform, tenantId, clientId, 'Grace Globex', {
      role: 'decision-maker',
      contactId,
      workspaceIds: [workspaceId],
    });
    people.olive = await addClientUser(platform, tenantId, clientId, 'Olive Observer', {
      role: 'observer',
      workspaceIds: [workspaceId],
    });
    people.elsewhere = await addClientUser(platform, tenantId, clientId, 'Nell Elsewhere', {
      workspaceIds: [],
    });
    people.otherClient = await addClientUser(platform, tenantId, hooli.clientId, 'Hank Hooli', {
      workspaceIds: [hooli.workspaceId],
    });
    api.grace = http.as(await passwordToken(people.grace.email, people.grace.password));
    directory = createServiceClient(
      'recipientDirectory',
      `127.0.0.1:${platform.runtimes.get('identity')?.grpcPort ?? 0}`,
    );
  }, 240_000);

  afterAll(async () => {
    directory.close();
    await platform.stop();
  });

  it('answers the notification service only, with the people a query names', async () => {
    const query = { userIds: [], staffRoles: [], clientId, workspaceId, right: 'approve', contactIds: [] };
    const answer = await directory.listRecipients(query, asService('notification', tenantId));
    expect(answer.recipients.map((person) => [person.email, person.kind, person.language])).toEqual([
      [people.grace.email, 'client', 'en'],
    ]);
    const staffAnswer = await directory.listRecipients(
      { ...query, clientId: '', workspaceId: '', right: '', staffRoles: ['owner', 'admin'] },
      asService('notification', tenantId),
    );
    expect(staffAnswer.recipients.map((person) => [person.email, person.staffRole]).sort()).toEqual(
      [
        [people.owner.email, 'owner'],
        [people.admin.email, 'admin'],
      ].sort(),
    );
    // Anyone else is refused: a staff member, and a principal that only claims to be notification
    // (signed by another issuer, as the gateway or a compromised service would).
    for (const caller of [
      signedAs(staff(tenantId, 'owner', people.owner.userId)),
      signedAs(servicePrincipal('notification', tenantId)),
    ])
      await expect(directory.listRecipients(query, caller)).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
      });
    await expect(
      directory.listRecipients({ ...query, right: 'fly' }, asService('notification', tenantId)),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('a client’s message reaches the owners and admins; a staff message reaches the workspace’s client users', async () => {
    expect(
      (await api.grace.post(`/workspaces/${workspaceId}/messages`, { body: 'Is the logo ready?' })).status,
    ).toBe(201);
    for (const person of [people.owner, people.admin]) {
      const mail = await waitForMail(person.email, { subject: 'New message from Grace Globex' });
      expect(mail.Text).toContain('Is the logo ready?');
      expect(mail.Text).toContain(`/app/clients/${clientId}`);
    }
    await expectNoMail([people.member, people.grace, people.olive, people.otherClient], 'Grace Globex');

    expect(
      (await api.member.post(`/workspaces/${workspaceId}/messages`, { body: 'Tomorrow, promised.' })).status,
    ).toBe(201);
    for (const person of [people.grace, people.olive]) {
      const mail = await waitForMail(person.email, { subject: 'New message from Mel Member' });
      expect(mail.Text).toContain('Tomorrow, promised.');
      expect(mail.Text).toContain(`/portal/workspaces/${workspaceId}`);
    }
    await expectNoMail(
      [people.member, people.owner, people.admin, people.elsewhere, people.otherClient],
      'Mel Member',
    );
  });

  it('a file shared with the client reaches its users who may view; an internal file nobody', async () => {
    const share = async (name: string, clientVisible: boolean) => {
      const bytes = pdf(name);
      const started = await api.member.post<{ file: { id: string }; uploadUrl: string }>(
        `/workspaces/${workspaceId}/files/uploads`,
        { name, sizeBytes: bytes.length, clientVisible },
      );
      expect(started.status).toBe(201);
      const put = await fetch(started.body.uploadUrl, {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream' },
        body: bytes,
      });
      expect(put.status).toBe(200);
      const done = await api.member.post(
        `/workspaces/${workspaceId}/files/${started.body.file.id}/complete`,
        {},
      );
      expect(done.status).toBe(200);
    };
    await share('internal-budget.pdf', false);
    await share('brand-book.pdf', true);
    for (const person of [people.grace, people.olive]) {
      const mail = await waitForMail(person.email, { subject: 'brand-book.pdf' });
      expect(mail.Subject).toContain('New file in');
      expect(mail.Text).toContain('Mel Member shared the file "brand-book.pdf"');
    }
    await expectNoMail([people.member, people.owner, people.elsewhere, people.otherClient], 'brand-book.pdf');
    for (const person of [people.grace, people.olive, people.owner, people.admin])
      expect(await mailCount(person.email, 'internal-budget.pdf')).toBe(0);
  });

  it('a deliverable awaiting approval reaches who may approve; the decision reaches the owners and admins', async () => {
    const created = await api.member.post<{ id: string }>(`/workspaces/${workspaceId}/deliverables`, {
      title: 'Homepage mock-up',
    });
    expect(created.status).toBe(201);
    const bytes = pdf('homepage');
    const ticket = await api.member.post<{ uploadId: string; uploadUrl: string; contentType: string }>(
      `/deliverables/${created.body.id}/uploads`,
      { fileName: 'homepage.pdf', contentType: 'application/pdf', sizeBytes: bytes.length },
    );
    await fetch(ticket.body.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': ticket.body.contentType },
      body: bytes,
    });
    expect(
      (await api.member.post(`/deliverables/${created.body.id}/uploads/${ticket.body.uploadId}/complete`, {}))
        .status,
    ).toBe(200);
    const awaiting = await waitForMail(people.grace.email, {
      subject: 'Awaiting your approval: Homepage mock-up',
    });
    expect(awaiting.Text).toContain('Notify Agency submitted version 1 of "Homepage mock-up"');
    // The observer may view but not approve.
    await expectNoMail([people.olive, people.otherClient, people.owner], 'Awaiting your approval');

    expect(
      (
        await api.grace.post(`/deliverables/${created.body.id}/decisions`, {
          version: 1,
          decision: 'approve',
        })
      ).status,
    ).toBe(201);
    for (const person of [people.owner, people.admin]) {
      const mail = await waitForMail(person.email, { subject: 'approved Homepage mock-up (version 1)' });
      expect(mail.Text).toContain('Grace Globex approved version 1 of "Homepage mock-up"');
    }
    await expectNoMail([people.grace, people.olive, people.member], 'approved Homepage');
  });

  it('a task reaches its assignee, staff or contact, when it is given to them', async () => {
    const forMember = await api.owner.post<{ id: string; version: number }>(
      `/workspaces/${workspaceId}/tasks`,
      {
        title: 'Prepare the launch checklist',
        dueDate: '2026-12-15',
        assignee: { kind: 'staff', id: people.member.userId },
      },
    );
    expect(forMember.status).toBe(201);
    const mail = await waitForMail(people.member.email, {
      subject: 'Task for you: Prepare the launch checklist',
    });
    expect(mail.Text).toContain('It is due on 2026-12-15.');

    // Handed to the client's contact (Grace's login) by an edit: she hears of it; an edit of the title does not repeat it.
    const handed = await api.owner.request<{ task: { version: number } }>(
      'PATCH',
      `/tasks/${forMember.body.id}`,
      {
        expectedVersion: forMember.body.version,
        assignee: { kind: 'contact', id: contactId },
      },
    );
    expect(handed.status).toBe(200);
    await waitForMail(people.grace.email, { subject: 'Task for you: Prepare the launch checklist' });
    expect(
      (
        await api.owner.request('PATCH', `/tasks/${forMember.body.id}`, {
          expectedVersion: forMember.body.version + 1,
          title: 'Prepare the launch checklist',
          description: 'Now with details',
        })
      ).status,
    ).toBe(200);
    await pause(1_500);
    expect(await mailCount(people.grace.email, 'Task for you')).toBe(1);
    expect(await mailCount(people.olive.email, 'Task for you')).toBe(0);
  });

  it('a task due today reminds its assignee once, however many scans pass', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const created = await api.owner.post<{ id: string }>(`/workspaces/${workspaceId}/tasks`, {
      title: 'Send the press kit',
      dueDate: today,
      assignee: { kind: 'staff', id: people.member.userId },
    });
    expect(created.status).toBe(201);
    const mail = await waitForMail(people.member.email, { subject: 'Due today: Send the press kit' });
    expect(mail.Text).toContain('The task "Send the press kit"');
    // The scan runs every second in this platform: three more scans, still one reminder.
    await pause(3_000);
    expect(await mailCount(people.member.email, 'Due today: Send the press kit')).toBe(1);
    // A done task is not reminded: completed before its day comes, it leaves the scan.
    const done = await api.owner.post<{ id: string; version: number }>(`/workspaces/${workspaceId}/tasks`, {
      title: 'Already finished',
      status: 'done',
      dueDate: today,
      assignee: { kind: 'staff', id: people.member.userId },
    });
    expect(done.status).toBe(201);
    await pause(2_500);
    expect(await mailCount(people.member.email, 'Due today: Already finished')).toBe(0);
  });
});
