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

/** A billing document of another kind (or a draft), keyed like invoices by its first line. */
export interface DemoDocument extends DemoInvoice {
  kind: 'quote' | 'proforma' | 'invoice' | 'credit_note' | 'delivery_note';
  /** Issued (numbered) or left a draft. */
  issue: boolean;
  /** A credit note: the first line's description of the invoice it credits. */
  creditOf: string;
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
  /** documents slice: quotes, proformas, delivery notes and credit notes besides the invoices. */
  documents?: DemoDocument[];
  /** Portal enabled, with this conversation (the staff owner and the client user, in turn). */
  portal?: { messages: { from: 'agency' | 'client'; body: string }[] };
  // --- client record (clients slice): website, address, the statuses the client went through ---
  website?: string;
  address?: { street: string; postalCode: string; city: string; country: string };
  /** Statuses before the current one, oldest first: the seed creates the client in the first and moves it on. */
  earlierStatuses?: ClientStatus[];
}

/**
 * The client record's extra fields per demo client (clients slice), merged into DEMO_CLIENTS below: kept
 * apart so that other slices' additions to the list do not collide with these.
 */
const CLIENT_RECORDS: Record<string, Pick<DemoClient, 'website' | 'address' | 'earlierStatuses'>> = {
  'Northwind Traders': {
    website: 'https://northwind.test',
    address: {
      street: '18 rue du Faubourg Saint-Honoré',
      postalCode: '75008',
      city: 'Paris',
      country: 'France',
    },
    earlierStatuses: ['prospect'],
  },
  'Globex Retail': {
    website: 'https://globex.test',
    address: { street: '221 Baker Street', postalCode: 'NW1 6XE', city: 'London', country: 'United Kingdom' },
    earlierStatuses: ['prospect'],
  },
  'Initech Consulting': {
    website: 'https://initech.test',
    address: { street: '4120 Freidrich Lane', postalCode: '78744', city: 'Austin', country: 'United States' },
  },
  'Umbrella Health': {
    website: 'https://umbrella.test',
    address: { street: 'Friedrichstraße 43', postalCode: '10117', city: 'Berlin', country: 'Germany' },
    earlierStatuses: ['prospect'],
  },
  'Stark Studio': {
    website: 'https://stark.test',
    address: { street: '9 quai Saint-Antoine', postalCode: '69002', city: 'Lyon', country: 'France' },
  },
  'Hooli Cloud': {
    website: 'https://hooli.test',
    address: { street: '1 Hooli Way', postalCode: '94043', city: 'Mountain View', country: 'United States' },
    earlierStatuses: ['prospect', 'active'],
  },
  'Cyberdyne Robotics': {
    website: 'https://cyberdyne.test',
    address: { street: 'Leopoldstraße 120', postalCode: '80802', city: 'München', country: 'Germany' },
    earlierStatuses: ['active'],
  },
  'Vandelay Imports': {
    website: 'https://vandelay.test',
    address: {
      street: '129 West 81st Street',
      postalCode: '10024',
      city: 'New York',
      country: 'United States',
    },
    earlierStatuses: ['active'],
  },
  'Duff Beverages': {
    website: 'https://duff.test',
    address: {
      street: '12 cours du Chapeau-Rouge',
      postalCode: '33000',
      city: 'Bordeaux',
      country: 'France',
    },
    earlierStatuses: ['prospect', 'active'],
  },
  'Tyrell Architecture': {
    website: 'https://tyrell.test',
    address: { street: 'Calle de Alcalá 50', postalCode: '28014', city: 'Madrid', country: 'Spain' },
    earlierStatuses: ['prospect'],
  },
};

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
    documents: [
      {
        ...invoice('E-commerce relaunch, phase 2', 15, 85_000, 30),
        kind: 'quote',
        issue: true,
        creditOf: '',
      },
      { ...invoice('Mobile app prototype', 6, 90_000, 30), kind: 'quote', issue: false, creditOf: '' },
      {
        ...invoice('Hosting and support, quarter 2', 1, 240_000, 15),
        kind: 'proforma',
        issue: true,
        creditOf: '',
      },
      {
        ...invoice('Workshop material delivered', 1, 0, 0),
        kind: 'delivery_note',
        issue: true,
        creditOf: '',
      },
      {
        ...invoice('Discovery workshop, one day not held', 1, 95_000, 0),
        kind: 'credit_note',
        issue: true,
        creditOf: 'Discovery workshop',
      },
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

// ---- Projects (projects slice) -------------------------------------------------------------------
// Projects of several demo clients, keyed by client and project name. Dates are days from the day the
// seed runs, so "late" and "due this week" stay true whenever it runs: some milestones are past due and
// not done (late), some fall within the next seven days. Amounts are minor units of the currency.

export type ProjectStatus = 'planned' | 'in-progress' | 'on-hold' | 'completed' | 'cancelled';

export interface DemoProject {
  client: string;
  name: string;
  status: ProjectStatus;
  progress: number;
  startInDays: number;
  dueInDays: number;
  contractValueMinor: number;
  currency: string;
  /** Internal: never shown to the client. */
  estimatedCostMinor: number;
  defaultHourlyRateMinor: number;
  milestones: { name: string; dueInDays: number; done: boolean }[];
  /** Internal: logged by the demo agency's owner. */
  timeEntries: { daysAgo: number; minutes: number; note: string }[];
  /** Given by the client's portal user (completed projects only). */
  rating?: { score: number; comment: string };
}

export const DEMO_PROJECTS: DemoProject[] = [
  {
    client: 'Northwind Traders',
    name: 'E-commerce relaunch',
    status: 'in-progress',
    progress: 60,
    startInDays: -60,
    dueInDays: 30,
    contractValueMinor: 4_800_000,
    currency: 'EUR',
    estimatedCostMinor: 2_600_000,
    defaultHourlyRateMinor: 6_500,
    milestones: [
      { name: 'Discovery workshop', dueInDays: -50, done: true },
      { name: 'Designs approved', dueInDays: -20, done: true },
      { name: 'Catalogue migrated', dueInDays: -3, done: false },
      { name: 'Checkout go-live', dueInDays: 4, done: false },
      { name: 'Public launch', dueInDays: 30, done: false },
    ],
    timeEntries: [
      { daysAgo: 12, minutes: 240, note: 'Catalogue import scripts' },
      { daysAgo: 5, minutes: 180, note: 'Checkout integration with the payment provider' },
      { daysAgo: 1, minutes: 90, note: 'Review call with Nora' },
    ],
  },
  {
    client: 'Northwind Traders',
    name: 'Brand refresh',
    status: 'completed',
    progress: 100,
    startInDays: -150,
    dueInDays: -90,
    contractValueMinor: 1_200_000,
    currency: 'EUR',
    estimatedCostMinor: 700_000,
    defaultHourlyRateMinor: 6_500,
    milestones: [
      { name: 'Mood boards', dueInDays: -140, done: true },
      { name: 'Logo and palette', dueInDays: -110, done: true },
      { name: 'Brand book delivered', dueInDays: -92, done: true },
    ],
    timeEntries: [{ daysAgo: 95, minutes: 300, note: 'Brand book layout' }],
    rating: { score: 5, comment: 'Great collaboration: our customers love the new identity.' },
  },
  {
    client: 'Globex Retail',
    name: 'Loyalty app',
    status: 'in-progress',
    progress: 35,
    startInDays: -40,
    dueInDays: 60,
    contractValueMinor: 3_600_000,
    currency: 'GBP',
    estimatedCostMinor: 2_100_000,
    defaultHourlyRateMinor: 5_500,
    milestones: [
      { name: 'Specifications signed', dueInDays: -30, done: true },
      { name: 'Beta to store staff', dueInDays: 2, done: false },
      { name: 'App store listing', dueInDays: 25, done: false },
    ],
    timeEntries: [
      { daysAgo: 8, minutes: 360, note: 'Points engine' },
      { daysAgo: 2, minutes: 120, note: 'Beta build and release notes' },
    ],
  },
  {
    client: 'Initech Consulting',
    name: 'Intranet redesign',
    status: 'on-hold',
    progress: 20,
    startInDays: -45,
    dueInDays: -5,
    contractValueMinor: 2_500_000,
    currency: 'USD',
    estimatedCostMinor: 1_500_000,
    defaultHourlyRateMinor: 7_000,
    milestones: [
      { name: 'Audit report', dueInDays: -15, done: true },
      { name: 'Wireframes', dueInDays: -2, done: false },
    ],
    timeEntries: [{ daysAgo: 16, minutes: 420, note: 'Audit interviews' }],
  },
  {
    client: 'Umbrella Health',
    name: 'Accessibility review',
    status: 'planned',
    progress: 0,
    startInDays: 7,
    dueInDays: 45,
    contractValueMinor: 900_000,
    currency: 'EUR',
    estimatedCostMinor: 450_000,
    defaultHourlyRateMinor: 6_000,
    milestones: [
      { name: 'Kick-off call', dueInDays: 5, done: false },
      { name: 'Audit findings', dueInDays: 30, done: false },
    ],
    timeEntries: [],
  },
  {
    client: 'Stark Studio',
    name: 'Showroom microsite',
    status: 'cancelled',
    progress: 10,
    startInDays: -70,
    dueInDays: -20,
    contractValueMinor: 600_000,
    currency: 'EUR',
    estimatedCostMinor: 300_000,
    defaultHourlyRateMinor: 6_000,
    milestones: [{ name: 'Concept', dueInDays: -60, done: true }],
    timeEntries: [{ daysAgo: 65, minutes: 150, note: 'Concept sketches' }],
  },
];
// ---- end of projects -----------------------------------------------------------------------------
for (const client of DEMO_CLIENTS) Object.assign(client, CLIENT_RECORDS[client.name] ?? {});
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

// --- Billing profile (issue 9, profile slice): the agency's legal details and two clients' ------
// billing details; the logo is drawn in code (demo-logo.ts).

export const DEMO_BILLING_PROFILE = {
  tradingName: 'Acme Agency',
  legalName: 'Acme Agency SAS',
  address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'France' },
  taxId: 'FR40303265045',
  email: 'billing@acme.test',
  phone: '+33 1 23 45 67 89',
  website: 'https://acme.test',
  payment: {
    bankName: 'BNP Paribas',
    iban: 'FR7630006000011234567890189',
    bic: 'BNPAFRPP',
    text: 'Pay by card from your portal, or by bank transfer quoting the document number.',
  },
  paymentTermDays: 30,
  defaultNotes: 'Thank you for your trust.',
  defaultTerms: 'Payment within 30 days. Late payments bear interest at three times the legal rate.',
  footer: 'Acme Agency SAS — share capital €10,000 — RCS Paris 123 456 789',
  taxRates: [
    { basisPoints: 0, label: '0 %' },
    { basisPoints: 550, label: '5.5 %' },
    { basisPoints: 1000, label: '10 %' },
    { basisPoints: 2000, label: '20 %' },
  ],
};

export const DEMO_BILLING_DETAILS: {
  client: string;
  legalName: string;
  address: { street: string; postalCode: string; city: string; country: string };
  taxId: string;
  recipients: { email: string; name: string }[];
  language: 'en' | 'fr' | 'es' | 'pt';
}[] = [
  {
    client: 'Northwind Traders',
    legalName: 'Northwind Traders Łódź Sp. z o.o.',
    address: { street: 'ul. Piotrkowska 104', postalCode: '90-926', city: 'Łódź', country: 'Polska' },
    taxId: 'PL7251234567',
    recipients: [{ email: 'faktury@northwind.test', name: 'Księgowość Northwind' }],
    language: 'en',
  },
  {
    client: 'Globex Retail',
    legalName: 'Globex Retail SAS',
    address: { street: '8 avenue des Ternes', postalCode: '75017', city: 'Paris', country: 'France' },
    taxId: 'FR83404833048',
    recipients: [{ email: 'compta@globex.test', name: 'Comptabilité Globex' }],
    language: 'fr',
  },
];

// --- end of the billing profile block ------------------------------------------------------------
// --- Recurring slice: the demo subscriptions (seeded by deploy/local/seed-subscriptions.ts) ----------

export interface DemoSubscription {
  client: string;
  description: string;
  unit: string;
  quantityMilli: number;
  unitPriceMinor: number;
  taxRateBasisPoints: number;
  currency: string;
  frequency: 'monthly' | 'quarterly' | 'yearly';
  /** The first period: this many whole months before the current month's first day (0: this month). */
  startMonthsAgo: number;
  paymentTermDays: number;
  notes: string;
}

export const DEMO_SUBSCRIPTIONS: DemoSubscription[] = [
  {
    client: 'Northwind Traders',
    description: 'Hosting, monitoring and maintenance',
    unit: 'month',
    quantityMilli: 1000,
    unitPriceMinor: 49_000,
    taxRateBasisPoints: 2000,
    currency: 'EUR',
    frequency: 'monthly',
    startMonthsAgo: 2,
    paymentTermDays: 15,
    notes: 'Includes up to four hours of changes a month.',
  },
];
// --- catalog slice: Acme's catalog (switched on for the portal) and one order from a demo client. ----
// The reference is the seed's key: a product already in the catalog is kept as it is.
export interface DemoProduct {
  reference: string;
  name: string;
  description: string;
  kind: 'product' | 'service';
  unit: string;
  unitPriceMinor: number;
  currency: string;
  taxRateBasisPoints: number;
}
export const DEMO_CATALOG: DemoProduct[] = [
  {
    reference: 'DES-DAY',
    name: 'Design day',
    description: 'A day of a senior designer, on site or remote.',
    kind: 'service',
    unit: 'day',
    unitPriceMinor: 65_000,
    currency: 'EUR',
    taxRateBasisPoints: 2000,
  },
  {
    reference: 'DEV-HOUR',
    name: 'Development hour',
    description: 'Front-end or back-end development, billed by the hour.',
    kind: 'service',
    unit: 'h',
    unitPriceMinor: 9_500,
    currency: 'EUR',
    taxRateBasisPoints: 2000,
  },
  {
    reference: 'SEO-AUDIT',
    name: 'SEO audit',
    description: 'A written audit of one website with a prioritised action list.',
    kind: 'service',
    unit: 'unit',
    unitPriceMinor: 120_000,
    currency: 'EUR',
    taxRateBasisPoints: 2000,
  },
  {
    reference: 'HOSTING-M',
    name: 'Managed hosting',
    description: 'Hosting, backups and updates of one website.',
    kind: 'service',
    unit: 'month',
    unitPriceMinor: 4_900,
    currency: 'EUR',
    taxRateBasisPoints: 2000,
  },
  {
    reference: 'FONT-LIC',
    name: 'Font licence',
    description: 'A desktop and web licence for one typeface family.',
    kind: 'product',
    unit: 'unit',
    unitPriceMinor: 1_999,
    currency: 'EUR',
    taxRateBasisPoints: 550,
  },
];
/** The demo order, placed by the first demo client user (once: kept when that client has any order). */
export const DEMO_ORDER = {
  lines: [
    { reference: 'SEO-AUDIT', quantityMilli: 1000 },
    { reference: 'DEV-HOUR', quantityMilli: 6000 },
  ],
  note: 'Could the audit be done before our spring campaign?',
};
// ---- end of catalog -------------------------------------------------------------------------------
