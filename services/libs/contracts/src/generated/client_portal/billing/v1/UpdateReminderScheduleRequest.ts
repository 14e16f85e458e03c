// Original file: proto/billing/v1/recurring.proto


export interface UpdateReminderScheduleRequest {
  'enabled'?: (boolean);
  'stepsDays'?: (number)[];
  'expectedVersion'?: (number);
}

export interface UpdateReminderScheduleRequest__Output {
  'enabled': (boolean);
  'stepsDays': (number)[];
  'expectedVersion': (number);
}
