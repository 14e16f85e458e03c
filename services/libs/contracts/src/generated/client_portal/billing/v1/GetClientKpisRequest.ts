// Original file: proto/billing/v1/kpis.proto


export interface GetClientKpisRequest {
  'clientId'?: (string);
}

export interface GetClientKpisRequest__Output {
  'clientId': (string);
}
