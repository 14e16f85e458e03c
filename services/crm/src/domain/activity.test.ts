import {
  clientFigures,
  isLate,
  lastTwelveMonths,
  projectChanges,
  weekOf,
  type ProjectSummary,
} from './activity.js';

const project = (overrides: Partial<ProjectSummary>): ProjectSummary => ({
  id: 'p1',
  tenantId: 't',
  clientId: 'c',
  name: 'Site',
  status: 'planned',
  progress: 0,
  startDate: '',
  dueDate: '',
  completedAt: '',
  contractValueMinor: 0,
  currency: 'EUR',
  milestones: [],
  rating: null,
  deleted: false,
  updatedAt: new Date(0),
  ...overrides,
});

describe('project snapshots compared', () => {
  it('says what happened between two snapshots', () => {
    const first = project({ milestones: [{ milestoneId: 'm1', name: 'Design', dueDate: '', done: false }] });
    expect(projectChanges(undefined, first)).toEqual([
      { kind: 'project.created', params: { name: 'Site', status: 'planned' } },
    ]);
    expect(projectChanges(first, { ...first, progress: 20 })).toEqual([]);
    expect(projectChanges(first, { ...first, status: 'in-progress' })).toEqual([
      { kind: 'project.status_changed', params: { name: 'Site', from: 'planned', to: 'in-progress' } },
    ]);
    const done = {
      ...first,
      status: 'completed',
      milestones: [{ milestoneId: 'm1', name: 'Design', dueDate: '', done: true }],
      rating: { score: 4, comment: '' },
    };
    expect(projectChanges(first, done).map((change) => change.kind)).toEqual([
      'project.completed',
      'milestone.done',
      'project.rated',
    ]);
  });
});

describe('client figures', () => {
  it('sums values without cancelled projects and averages durations and ratings', () => {
    const figures = clientFigures(
      [
        project({
          status: 'completed',
          startDate: '2026-01-01',
          completedAt: '2026-01-11T00:00:00.000Z',
          contractValueMinor: 100,
          rating: { score: 3, comment: '' },
        }),
        project({
          status: 'completed',
          startDate: '2026-02-01',
          completedAt: '2026-02-06T00:00:00.000Z',
          contractValueMinor: 50,
          rating: { score: 4, comment: '' },
        }),
        project({ status: 'cancelled', contractValueMinor: 1_000 }),
        project({ status: 'completed', deleted: true, contractValueMinor: 7 }),
      ],
      [{ totalMinor: 30, currency: 'EUR' }],
    );
    expect(figures).toMatchObject({
      totalValueMinor: 150,
      projectCount: 3,
      completedProjects: 2,
      averageDurationDays: 7.5,
      satisfactionAverage: 3.5,
      satisfactionCount: 2,
      repeatProjects: 2,
      invoicedMinor: 30,
    });
    expect(clientFigures([], [])).toMatchObject({
      averageDurationDays: 0,
      repeatProjects: 0,
      currency: 'EUR',
    });
  });

  it('never adds euros to dollars: the main currency first, the others listed', () => {
    const figures = clientFigures(
      [project({ contractValueMinor: 100 }), project({ contractValueMinor: 900, currency: 'USD' })],
      [
        { totalMinor: 30, currency: 'EUR' },
        { totalMinor: 500, currency: 'USD' },
        { totalMinor: 7, currency: 'GBP' },
      ],
    );
    expect(figures).toMatchObject({
      currency: 'EUR',
      totalValueMinor: 100,
      invoicedMinor: 30,
      invoiceCount: 3,
    });
    expect(figures.byCurrency).toEqual([
      { currency: 'EUR', totalValueMinor: 100, invoicedMinor: 30, invoiceCount: 1 },
      { currency: 'USD', totalValueMinor: 900, invoicedMinor: 500, invoiceCount: 1 },
      { currency: 'GBP', totalValueMinor: 0, invoicedMinor: 7, invoiceCount: 1 },
    ]);
  });
});

describe('dates', () => {
  it('finds the ISO week, the last twelve months and late projects', () => {
    expect(weekOf('2026-11-30')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(weekOf('2026-12-06')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(lastTwelveMonths('2026-02-10')).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(isLate(project({ status: 'in-progress', dueDate: '2026-11-29' }), '2026-11-30')).toBe(true);
    expect(isLate(project({ status: 'completed', dueDate: '2026-11-29' }), '2026-11-30')).toBe(false);
    expect(isLate(project({ status: 'in-progress', dueDate: '2026-11-30' }), '2026-11-30')).toBe(false);
  });
});
