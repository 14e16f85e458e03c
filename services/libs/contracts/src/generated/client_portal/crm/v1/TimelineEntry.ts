// Original file: proto/crm/v1/activity.proto

import type { TimelineParam as _client_portal_crm_v1_TimelineParam, TimelineParam__Output as _client_portal_crm_v1_TimelineParam__Output } from '../../../client_portal/crm/v1/TimelineParam.js';

export interface TimelineEntry {
  'id'?: (string);
  'clientId'?: (string);
  /**
   * The client's name as it is now (filled on cross-client lists such as the dashboard's).
   */
  'clientName'?: (string);
  /**
   * What happened: client.created, client.status_changed, project.created, milestone.done, note, ...
   */
  'kind'?: (string);
  /**
   * The filter group of the kind: client, contact, project, invoice, message, portal, note.
   */
  'category'?: (string);
  /**
   * The values the title is written with (translated by the web app), e.g. from/to, name, number.
   */
  'params'?: (_client_portal_crm_v1_TimelineParam)[];
  'actorId'?: (string);
  'actorName'?: (string);
  'occurredAt'?: (string);
  /**
   * What the entry points to: project, invoice, workspace, contact or empty.
   */
  'linkType'?: (string);
  'linkId'?: (string);
  /**
   * Notes only: the text, when it was last edited (empty if never), and whether the caller wrote it.
   */
  'body'?: (string);
  'editedAt'?: (string);
  'own'?: (boolean);
}

export interface TimelineEntry__Output {
  'id': (string);
  'clientId': (string);
  /**
   * The client's name as it is now (filled on cross-client lists such as the dashboard's).
   */
  'clientName': (string);
  /**
   * What happened: client.created, client.status_changed, project.created, milestone.done, note, ...
   */
  'kind': (string);
  /**
   * The filter group of the kind: client, contact, project, invoice, message, portal, note.
   */
  'category': (string);
  /**
   * The values the title is written with (translated by the web app), e.g. from/to, name, number.
   */
  'params': (_client_portal_crm_v1_TimelineParam__Output)[];
  'actorId': (string);
  'actorName': (string);
  'occurredAt': (string);
  /**
   * What the entry points to: project, invoice, workspace, contact or empty.
   */
  'linkType': (string);
  'linkId': (string);
  /**
   * Notes only: the text, when it was last edited (empty if never), and whether the caller wrote it.
   */
  'body': (string);
  'editedAt': (string);
  'own': (boolean);
}
