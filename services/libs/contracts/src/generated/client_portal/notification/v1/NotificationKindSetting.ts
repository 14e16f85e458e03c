// Original file: proto/notification/v1/preferences.proto


export interface NotificationKindSetting {
  /**
   * new-message, mention, invoice-issued, ... (the NotificationKind list).
   */
  'kind'?: (string);
  'inApp'?: (boolean);
  /**
   * now, hourly, daily or off.
   */
  'email'?: (string);
  'sms'?: (boolean);
  /**
   * Access to the account itself: the e-mail cannot be switched off.
   */
  'essential'?: (boolean);
  /**
   * False while the kind follows the defaults of the person's role.
   */
  'customised'?: (boolean);
}

export interface NotificationKindSetting__Output {
  /**
   * new-message, mention, invoice-issued, ... (the NotificationKind list).
   */
  'kind': (string);
  'inApp': (boolean);
  /**
   * now, hourly, daily or off.
   */
  'email': (string);
  'sms': (boolean);
  /**
   * Access to the account itself: the e-mail cannot be switched off.
   */
  'essential': (boolean);
  /**
   * False while the kind follows the defaults of the person's role.
   */
  'customised': (boolean);
}
