// Original file: proto/portal/v1/deliverables.proto


export interface VersionUploadTicket {
  'uploadId'?: (string);
  /**
   * PUT the bytes here with the same Content-Type.
   */
  'uploadUrl'?: (string);
  'contentType'?: (string);
  'expiresAt'?: (string);
}

export interface VersionUploadTicket__Output {
  'uploadId': (string);
  /**
   * PUT the bytes here with the same Content-Type.
   */
  'uploadUrl': (string);
  'contentType': (string);
  'expiresAt': (string);
}
