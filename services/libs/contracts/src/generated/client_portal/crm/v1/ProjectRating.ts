// Original file: proto/crm/v1/projects.proto


export interface ProjectRating {
  /**
   * 1 to 5.
   */
  'score'?: (number);
  'comment'?: (string);
  'ratedAt'?: (string);
  /**
   * The client user who rated, by display name (never an id).
   */
  'ratedByName'?: (string);
}

export interface ProjectRating__Output {
  /**
   * 1 to 5.
   */
  'score': (number);
  'comment': (string);
  'ratedAt': (string);
  /**
   * The client user who rated, by display name (never an id).
   */
  'ratedByName': (string);
}
