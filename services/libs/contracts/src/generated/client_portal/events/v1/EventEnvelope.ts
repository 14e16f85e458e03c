// Original file: proto/events/v1/envelope.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../../google/protobuf/Struct.js';

export interface EventEnvelope {
  /**
   * UUID, unique per event; consumers skip ids they already processed.
   */
  'id'?: (string);
  /**
   * <service>.<entity>.<past-tense verb>, e.g. billing.invoice.issued.
   */
  'type'?: (string);
  /**
   * Schema version of `data`; a breaking change to a payload is a new version.
   */
  'version'?: (number);
  'tenantId'?: (string);
  /**
   * RFC 3339 UTC instant.
   */
  'occurredAt'?: (string);
  /**
   * The producing service, e.g. billing (the design's `source`).
   */
  'producer'?: (string);
  /**
   * The aggregate id; also the Kafka message key, so one entity's events stay ordered.
   */
  'subject'?: (string);
  /**
   * Carries a request's id across services and into every log line.
   */
  'correlationId'?: (string);
  'data'?: (_google_protobuf_Struct | null);
}

export interface EventEnvelope__Output {
  /**
   * UUID, unique per event; consumers skip ids they already processed.
   */
  'id': (string);
  /**
   * <service>.<entity>.<past-tense verb>, e.g. billing.invoice.issued.
   */
  'type': (string);
  /**
   * Schema version of `data`; a breaking change to a payload is a new version.
   */
  'version': (number);
  'tenantId': (string);
  /**
   * RFC 3339 UTC instant.
   */
  'occurredAt': (string);
  /**
   * The producing service, e.g. billing (the design's `source`).
   */
  'producer': (string);
  /**
   * The aggregate id; also the Kafka message key, so one entity's events stay ordered.
   */
  'subject': (string);
  /**
   * Carries a request's id across services and into every log line.
   */
  'correlationId': (string);
  'data': (_google_protobuf_Struct__Output | null);
}
