// Original file: proto/portal/v1/portal.proto


export interface EnablePortalRequest {
  'clientId'?: (string);
  'clientName'?: (string);
  /**
   * Defaults to the client's name.
   */
  'workspaceName'?: (string);
}

export interface EnablePortalRequest__Output {
  'clientId': (string);
  'clientName': (string);
  /**
   * Defaults to the client's name.
   */
  'workspaceName': (string);
}
