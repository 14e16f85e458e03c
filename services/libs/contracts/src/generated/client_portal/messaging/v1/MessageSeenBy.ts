// Original file: proto/messaging/v1/message_actions.proto


export interface MessageSeenBy {
  /**
   * '' when the conversation has no message yet.
   */
  'messageId'?: (string);
  'userIds'?: (string)[];
}

export interface MessageSeenBy__Output {
  /**
   * '' when the conversation has no message yet.
   */
  'messageId': (string);
  'userIds': (string)[];
}
