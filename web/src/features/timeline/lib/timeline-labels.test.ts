import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../api/content';
import { timelineKeys, timelineText } from './timeline-labels';

const entry = (type: string, title = 'Kick-off', actorName = 'Mia'): TimelineEntry => ({
  id: 'e1',
  type,
  subjectId: 's1',
  title,
  actorName,
  occurredAt: '2026-11-30T08:00:00.000Z',
  clientVisible: true,
});

/** A translator over a flat dictionary: interpolates {name} like vue-i18n does. */
function translator(messages: Record<string, string>) {
  return {
    te: (key: string) => key in messages,
    t: (key: string, named: Record<string, unknown> = {}) =>
      (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = named[name];
        return typeof value === 'string' ? value : '';
      }),
  };
}

describe('timeline labels', () => {
  it('maps each slice’s event types to its i18n block, most specific key first', () => {
    expect(timelineKeys('portal.task.created')).toEqual([
      'tasks.timeline.task.created',
      'tasks.timeline.created',
    ]);
    expect(timelineKeys('portal.deliverable.decided')[1]).toBe('deliverables.timeline.decided');
    expect(timelineKeys('portal.folder.created')[0]).toBe('files.timeline.folder.created');
    expect(timelineKeys('portal.note.created')[0]).toBe('content.timeline.note.created');
    expect(timelineKeys('portal.member.added')[1]).toBe('workspaces.timeline.added');
    expect(timelineKeys('portal.workspace.created')).toContain('content.timeline.workspace.created');
    expect(timelineKeys('billing.invoice.paid')).toEqual(['content.timeline.billing.invoice_paid']);
    expect(timelineKeys('messaging.message.posted')).toEqual(['content.timeline.messaging.message_posted']);
  });

  it('uses the first wording that exists, and a readable fallback for a type nobody worded yet', () => {
    const t = translator({
      'tasks.timeline.created': '{actor} added the task “{title}”',
      'content.timeline.fallback': '{actor}: {type} “{title}”',
      'content.timeline.fallbackNoTitle': '{actor}: {type}',
      'content.timeline.someone': 'Someone',
    });
    expect(timelineText(entry('portal.task.created'), t)).toBe('Mia added the task “Kick-off”');
    expect(timelineText(entry('portal.file.uploaded', 'plan.pdf', ''), t)).toBe(
      'Someone: portal.file.uploaded “plan.pdf”',
    );
    expect(timelineText(entry('portal.thing.happened', ''), t)).toBe('Mia: portal.thing.happened');
  });
});
