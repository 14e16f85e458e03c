// Original file: proto/billing/v1/recurring.proto


export interface ReminderScheduleView {
  'enabled'?: (boolean);
  /**
   * Days after the due date, ascending.
   */
  'stepsDays'?: (number)[];
  'version'?: (number);
  'updatedAt'?: (string);
}

export interface ReminderScheduleView__Output {
  'enabled': (boolean);
  /**
   * Days after the due date, ascending.
   */
  'stepsDays': (number)[];
  'version': (number);
  'updatedAt': (string);
}
