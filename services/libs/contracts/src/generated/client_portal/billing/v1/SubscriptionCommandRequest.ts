// Original file: proto/billing/v1/recurring.proto


export interface SubscriptionCommandRequest {
  'subscriptionId'?: (string);
  'expectedVersion'?: (number);
}

export interface SubscriptionCommandRequest__Output {
  'subscriptionId': (string);
  'expectedVersion': (number);
}
