import { DomainError } from '@client-portal/kit';
import {
  assertMayDecide,
  checkDecisionInput,
  checkDeliverableInput,
  newDeliverable,
  nextSlot,
  withDecision,
  withNewVersion,
  type DecisionSummary,
  type Deliverable,
} from './deliverable.js';
import { nameMatchesType, sniffContentType } from './content-type.js';

const now = new Date('2026-11-30T08:00:00Z');
const context = { tenantId: 't', workspaceId: 'w', clientId: 'c', createdBy: 'staff-1' };
const file = {
  fileName: 'a.pdf',
  contentType: 'application/pdf',
  sizeBytes: 10,
  sha256: 'abc',
  objectKey: 'k',
  uploadedAt: now,
  uploadedBy: 'staff-1',
  uploadedByName: 'Mia',
};
const ada = { contactId: 'ada', name: 'Ada' };
const bob = { contactId: 'bob', name: 'Bob' };

function decision(slot: string, kind: DecisionSummary['decision'] = 'approved'): DecisionSummary {
  return {
    decisionId: `d-${slot}`,
    slot,
    contactId: slot,
    userId: `u-${slot}`,
    approverName: slot,
    decision: kind,
    comment: kind === 'approved' ? '' : 'Change it',
    decidedAt: now,
    voidedAt: null,
    voidReason: '',
  };
}

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
  }
  throw new Error('not refused');
}

const withVersion = (deliverable: Deliverable): Deliverable =>
  withNewVersion(deliverable, file, now).deliverable;

describe('deliverable rules', () => {
  it('names every wrong field of a new deliverable', () => {
    const error = refusal(() =>
      checkDeliverableInput({ title: ' ', description: 'x'.repeat(5001), approvers: [ada, { ...ada }] }),
    );
    expect(error.violations.map((violation) => [violation.field, violation.code])).toEqual([
      ['title', 'required'],
      ['description', 'too_long'],
      ['approvers', 'invalid_value'],
    ]);
  });

  it('ordered approvers decide in turn, each once; the last approval approves the version', () => {
    let deliverable = withVersion(
      newDeliverable({ title: 'Logo', description: '', approvers: [ada, bob] }, context),
    );
    expect(nextSlot(deliverable)).toEqual(ada);
    expect(refusal(() => assertMayDecide(deliverable, 1, { contactId: 'bob' })).message).toBe(
      'Waiting for Ada to decide first',
    );
    expect(refusal(() => assertMayDecide(deliverable, 1, { contactId: 'eve' })).code).toBe(
      'PERMISSION_DENIED',
    );
    deliverable = withDecision(deliverable, decision('ada'), now);
    expect(deliverable.versions[0]?.status).toBe('awaiting_approval');
    expect(refusal(() => assertMayDecide(deliverable, 1, { contactId: 'ada' })).reason).toBe(
      'deliverable.already_decided',
    );
    expect(assertMayDecide(deliverable, 1, { contactId: 'bob' })).toEqual({ slot: 'bob' });
    deliverable = withDecision(deliverable, decision('bob'), now);
    expect(deliverable.versions[0]?.status).toBe('approved');
  });

  it('any approver: the first decision settles the version; changes requested stop it', () => {
    let deliverable = withVersion(newDeliverable({ title: 'Logo', description: '', approvers: [] }, context));
    expect(assertMayDecide(deliverable, 1, { contactId: '' })).toEqual({ slot: 'any' });
    deliverable = withDecision(deliverable, decision('any', 'changes_requested'), now);
    expect(deliverable.versions[0]?.status).toBe('changes_requested');
    expect(refusal(() => assertMayDecide(deliverable, 1, { contactId: '' })).reason).toBe(
      'deliverable.already_decided',
    );
  });

  it('a new version supersedes the old one, voids its approvals and refuses decisions on it', () => {
    let deliverable = withVersion(newDeliverable({ title: 'Logo', description: '', approvers: [] }, context));
    deliverable = withDecision(deliverable, decision('any'), now);
    const next = withNewVersion(deliverable, { ...file, sha256: 'def' }, now);
    expect(next.version.number).toBe(2);
    expect(next.voided).toHaveLength(1);
    expect(next.deliverable.versions[0]).toMatchObject({ status: 'superseded' });
    expect(next.deliverable.versions[0]?.decisions[0]).toMatchObject({
      voidReason: 'Version 2 was uploaded',
    });
    const stale = refusal(() => assertMayDecide(next.deliverable, 1, { contactId: '' }));
    expect(stale.message).toBe('Version 1 was superseded: the current version is 2');
  });

  it('requires a comment to request changes', () => {
    expect(
      refusal(() => checkDecisionInput({ decision: 'request_changes', comment: ' ' })).violations,
    ).toEqual([expect.objectContaining({ field: 'comment', code: 'required' })]);
    expect(checkDecisionInput({ decision: 'approve', comment: '' })).toEqual({
      decision: 'approved',
      comment: '',
    });
  });

  it('sniffs the bytes, not the name', () => {
    const png = sniffContentType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]));
    expect(png.mime).toBe('image/png');
    expect(nameMatchesType('photo.pdf', png)).toBe(false);
    expect(nameMatchesType('photo.PNG', png)).toBe(true);
    expect(sniffContentType(Buffer.from('%PDF-1.7 ...')).mime).toBe('application/pdf');
    expect(sniffContentType(Buffer.from('MZ\x90\x00')).mime).toBe('application/x-msdownload');
    expect(sniffContentType(Buffer.from('hello, world\nsecond line\n')).mime).toBe('text/plain');
  });
});
