// The demo agency's book of business, written by deploy/local/seed.ts through the services' APIs: a dozen
// clients in every status, contacts of every role, invoices, portal workspaces with conversations. Names,
// e-mails and invoice descriptions are the seed's keys: what already exists under them is kept.

export type ClientStatus = 'active' | 'prospect' | 'inactive' | 'suspended';
export type ContactRole = 'decision-maker' | 'technical' | 'billing' | 'observer';

export interface DemoContact {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  role: ContactRole;
}

export interface DemoInvoice {
  /** The first line's description, unique per client: the seed's key for the invoice. */
  description: string;
  quantityMilli: number;
  unitPriceMinor: number;
  taxRateBasisPoints: number;
  currency: string;
  /** Due this many days after the seed runs (the billing service refuses past due dates). */
  dueInDays: number;
}

export interface DemoClient {
  name: string;
  industry: string;
  phone: string;
  notes: string;
  status: ClientStatus;
  /** The first is the primary contact, invited when the portal is enabled. */
  contacts: DemoContact[];
  invoices: DemoInvoice[];
  /** Portal enabled, with this conversation (the staff owner and the client user, in turn). */
  portal?: { messages: { from: 'agency' | 'client'; body: string }[] };
}

const contact = (
  firstName: string,
  lastName: string,
  domain: string,
  role: ContactRole,
  phone = '',
): DemoContact => ({
  firstName,
  lastName,
  email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@${domain}`,
  phone,
  role,
});

const invoice = (
  description: string,
  days: number,
  unitPriceMinor: number,
  dueInDays: number,
  currency = 'EUR',
): DemoInvoice => ({
  description,
  quantityMilli: days * 1000,
  unitPriceMinor,
  taxRateBasisPoints: 2000,
  currency,
  dueInDays,
});

export const DEMO_AGENCY_SLUG = 'acme';

export const DEMO_CLIENTS: DemoClient[] = [
  {
    name: 'Northwind Traders',
    industry: 'Wholesale',
    phone: '+33 1 42 00 10 01',
    notes: 'Flagship account: e-commerce relaunch in two phases.',
    status: 'active',
    contacts: [
      contact('Nora', 'North', 'northwind.test', 'decision-maker', '+33 6 10 00 00 01'),
      contact('Tom', 'Tech', 'northwind.test', 'technical'),
      contact('Bill', 'Ledger', 'northwind.test', 'billing'),
      contact('Olga', 'Watcher', 'northwind.test', 'observer'),
    ],
    invoices: [
      invoice('Discovery workshop', 3, 95_000, 14),
      invoice('E-commerce relaunch, phase 1', 12, 85_000, 30),
      invoice('Hosting and support, quarter 1', 1, 240_000, 45),
    ],
    portal: {
      messages: [
        { from: 'agency', body: 'Welcome to your portal, Nora! Phase 1 designs are ready for review.' },
        { from: 'client', body: 'Thanks, they look great. Can we move the launch to the 15th?' },
        { from: 'agency', body: 'The 15th works for us. I have updated the plan.' },
      ],
    },
  },
  {
    name: 'Globex Retail',
    industry: 'Retail',
    phone: '+44 20 7946 0102',
    notes: 'Loyalty app; monthly retainer.',
    status: 'active',
    contacts: [
      contact('Gary', 'Globe', 'globex.test', 'decision-maker'),
      contact('Fiona', 'Finance', 'globex.test', 'billing'),
      contact('Ivan', 'Infra', 'globex.test', 'technical'),
    ],
    invoices: [
      invoice('Loyalty app retainer, month 1', 8, 90_000, 20, 'GBP'),
      invoice('Loyalty app retainer, month 2', 8, 90_000, 50, 'GBP'),
    ],
    portal: {
      messages: [
        { from: 'client', body: 'Hi team, the November invoice is approved on our side.' },
        { from: 'agency', body: 'Thank you Gary, the December sprint starts on Monday.' },
      ],
    },
  },
  {
    name: 'Initech Consulting',
    industry: 'Consulting',
    phone: '+1 512 555 0103',
    notes: 'Intranet redesign; portal enabled, invitation pending.',
    status: 'active',
    contacts: [
      contact('Peter', 'Gibbons', 'initech.test', 'decision-maker'),
      contact('Milton', 'Waddams', 'initech.test', 'observer'),
    ],
    invoices: [invoice('Intranet audit', 4, 80_000, 25, 'USD')],
    portal: { messages: [{ from: 'agency', body: 'Your audit report is attached to the invoice.' }] },
  },
  {
    name: 'Umbrella Health',
    industry: 'Healthcare',
    phone: '+49 30 1234 0104',
    notes: 'Patient portal accessibility review.',
    status: 'active',
    contacts: [
      contact('Alice', 'Able', 'umbrella.test', 'decision-maker'),
      contact('Ben', 'Byte', 'umbrella.test', 'technical'),
      contact('Carla', 'Cash', 'umbrella.test', 'billing'),
    ],
    invoices: [invoice('Accessibility review', 5, 88_000, 10), invoice('Remediation sprint', 10, 82_000, 40)],
  },
  {
    name: 'Stark Studio',
    industry: 'Design',
    phone: '+33 4 72 00 01 05',
    notes: 'Brand refresh proposal sent; waiting for the go.',
    status: 'prospect',
    contacts: [contact('Tony', 'Forge', 'stark.test', 'decision-maker')],
    invoices: [],
  },
  {
    name: 'Wayne Logistics',
    industry: 'Logistics',
    phone: '+1 312 555 0106',
    notes: 'Met at the trade fair; tracking dashboard idea.',
    status: 'prospect',
    contacts: [
      contact('Bruce', 'Freight', 'wayne.test', 'decision-maker'),
      contact('Alfred', 'Ops', 'wayne.test', 'technical'),
    ],
    invoices: [],
  },
  {
    name: 'Soylent Foods',
    industry: 'Food & beverage',
    phone: '+31 20 555 0107',
    notes: 'Asked for a quote for a recipe site.',
    status: 'prospect',
    contacts: [contact('Sol', 'Green', 'soylent.test', 'decision-maker')],
    invoices: [],
  },
  {
    name: 'Hooli Cloud',
    industry: 'Software',
    phone: '+1 650 555 0108',
    notes: 'Developer portal shipped; maintenance ended in spring.',
    status: 'inactive',
    contacts: [
      contact('Gavin', 'Belson', 'hooli.test', 'decision-maker'),
      contact('Denise', 'Dev', 'hooli.test', 'technical'),
    ],
    invoices: [invoice('Developer portal, final milestone', 6, 100_000, 7, 'USD')],
  },
  {
    name: 'Cyberdyne Robotics',
    industry: 'Manufacturing',
    phone: '+49 89 555 0109',
    notes: 'Product catalogue; project paused by the client.',
    status: 'inactive',
    contacts: [contact('Miles', 'Dyson', 'cyberdyne.test', 'decision-maker')],
    invoices: [],
  },
  {
    name: 'Vandelay Imports',
    industry: 'Import/export',
    phone: '+1 212 555 0110',
    notes: 'Suspended: two reminders without answer.',
    status: 'suspended',
    contacts: [
      contact('Art', 'Vandelay', 'vandelay.test', 'decision-maker'),
      contact('Kel', 'Varnsen', 'vandelay.test', 'billing'),
    ],
    invoices: [invoice('Catalogue photography', 2, 120_000, 5, 'USD')],
  },
  {
    name: 'Duff Beverages',
    industry: 'Food & beverage',
    phone: '+33 5 56 00 01 11',
    notes: 'Suspended while their legal team reviews the contract.',
    status: 'suspended',
    contacts: [contact('Duffman', 'Brew', 'duff.test', 'decision-maker')],
    invoices: [],
  },
  {
    name: 'Tyrell Architecture',
    industry: 'Architecture',
    phone: '+34 91 555 0112',
    notes: 'Portfolio site; content arriving next week.',
    status: 'active',
    contacts: [
      contact('Rachael', 'Tyrell', 'tyrell.test', 'decision-maker'),
      contact('Eldon', 'Owl', 'tyrell.test', 'observer'),
      contact('Hannah', 'Ledger', 'tyrell.test', 'billing'),
    ],
    invoices: [invoice('Portfolio site, design', 5, 78_000, 21)],
    portal: { messages: [{ from: 'agency', body: 'Hello Rachael, please upload the project photos here.' }] },
  },
];

// --- activity slice: internal notes (staff only) on demo clients, written by the owner. ---------------
// The text is the seed's key: a note already on the client's timeline is not written again.
export const DEMO_INTERNAL_NOTES: { client: string; notes: string[] }[] = [
  {
    client: DEMO_CLIENTS[0]?.name ?? '',
    notes: [
      'Decision-maker prefers a call on Monday mornings; e-mails go unread on Fridays.',
      'Phase 2 budget to be confirmed at the quarterly review.',
    ],
  },
  {
    client: DEMO_CLIENTS[1]?.name ?? '',
    notes: ['Renewal of the retainer due in three months: prepare figures.'],
  },
  {
    client: DEMO_CLIENTS[4]?.name ?? '',
    notes: ['Proposal follow-up scheduled; competitor quoted 15% lower.'],
  },
  {
    client: DEMO_CLIENTS[9]?.name ?? '',
    notes: ['Do not start new work before the two overdue invoices are paid.'],
  },
];
