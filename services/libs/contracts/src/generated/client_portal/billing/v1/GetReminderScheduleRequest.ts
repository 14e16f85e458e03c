// Original file: proto/billing/v1/recurring.proto


export interface GetReminderScheduleRequest {
}

export interface GetReminderScheduleRequest__Output {
}
