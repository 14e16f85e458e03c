// Original file: proto/billing/v1/recurring.proto


export interface GetSubscriptionRequest {
  'subscriptionId'?: (string);
}

export interface GetSubscriptionRequest__Output {
  'subscriptionId': (string);
}
