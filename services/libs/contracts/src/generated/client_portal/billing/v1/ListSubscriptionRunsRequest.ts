// Original file: proto/billing/v1/recurring.proto


export interface ListSubscriptionRunsRequest {
  'subscriptionId'?: (string);
}

export interface ListSubscriptionRunsRequest__Output {
  'subscriptionId': (string);
}
