import { FIELD_LIMITS } from '@client-portal/kit';
import { violationsOf } from '@client-portal/testing';
import { newClient, type ContactInput, type NewClientInput } from './client.js';
import { newProject } from './project.js';

const actor = { userId: 'staff-1', displayName: 'Olivia Owner' };
const contact = (email: string): ContactInput => ({
  firstName: 'Pat',
  lastName: 'Primary',
  email,
  phone: '',
  mobile: '',
  role: '',
});
const client = (changes: Partial<NewClientInput>): NewClientInput => ({
  name: 'Acme',
  industry: '',
  phone: '',
  website: '',
  address: { street: '', postalCode: '', city: '', country: '' },
  notes: '',
  status: '',
  primaryContact: contact('pat@acme.test'),
  ownerUserId: '',
  ...changes,
});

describe("crm's length and size limits", () => {
  it('refuses a contact e-mail over its limit and takes one at it', () => {
    const local = 'a'.repeat(FIELD_LIMITS.crm.email - '@acme.test'.length);
    expect(() =>
      newClient(client({ primaryContact: contact(`${local}@acme.test`) }), 't', 'u', actor),
    ).not.toThrow();
    expect(
      violationsOf(() =>
        newClient(client({ primaryContact: contact(`${local}b@acme.test`) }), 't', 'u', actor),
      ),
    ).toEqual([{ field: 'primaryContact.email', code: 'too_long' }]);
  });

  it('refuses more further contacts than the limit, naming the list', () => {
    const more = (count: number) =>
      Array.from({ length: count }, (_, index) => contact(`person${index}@acme.test`));
    expect(() =>
      newClient(client({ moreContacts: more(FIELD_LIMITS.crm.moreContacts) }), 't', 'u', actor),
    ).not.toThrow();
    expect(
      violationsOf(() =>
        newClient(client({ moreContacts: more(FIELD_LIMITS.crm.moreContacts + 1) }), 't', 'u', actor),
      ),
    ).toEqual([{ field: 'moreContacts', code: 'too_big' }]);
  });

  it('refuses a project with more milestones than the limit, and a milestone name over its limit', () => {
    const project = (milestones: { name: string; dueDate: string; done: boolean }[]) =>
      newProject(
        {
          clientId: 'c',
          name: 'Website',
          status: '',
          progress: 0,
          startDate: '',
          dueDate: '',
          contractValueMinor: 0,
          currency: '',
          estimatedCostMinor: 0,
          defaultHourlyRateMinor: 0,
          milestones,
        },
        't',
        'u',
      );
    const milestone = (name: string) => ({ name, dueDate: '', done: false });
    expect(() =>
      project(Array.from({ length: FIELD_LIMITS.crm.milestones }, () => milestone('M'))),
    ).not.toThrow();
    expect(
      violationsOf(() =>
        project(Array.from({ length: FIELD_LIMITS.crm.milestones + 1 }, () => milestone('M'))),
      ),
    ).toEqual([{ field: 'milestones', code: 'too_big' }]);
    expect(violationsOf(() => project([milestone('m'.repeat(FIELD_LIMITS.crm.milestoneName + 1))]))).toEqual([
      { field: 'milestones.0.name', code: 'too_long' },
    ]);
  });
});
