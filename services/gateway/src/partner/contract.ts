import type * as grpc from '@grpc/grpc-js';
import { findServiceClient, loadProtoPackage, loadPublishedDefinition } from '@client-portal/kit';
import { PARTNER_PACKAGE, protoRoot, type PartnerServiceName } from '@client-portal/contracts';

export {
  PARTNER_PACKAGE,
  PARTNER_SCOPES,
  PARTNER_SERVICES,
  type PartnerScope,
  type PartnerServiceName,
} from '@client-portal/contracts';

/**
 * The public partner API (issue 13): proto/partner/v1, package client_portal.partner.v1. Its protos are
 * self-contained (plus google/rpc for error details) so a partner needs that folder only.
 */
export const PARTNER_PROTO_FILES = [
  'partner/v1/common.proto',
  'partner/v1/clients.proto',
  'partner/v1/projects.proto',
  'partner/v1/workspaces.proto',
  'partner/v1/documents.proto',
  'partner/v1/payments.proto',
  'partner/v1/messages.proto',
  'partner/v1/files.proto',
  'google/rpc/status.proto',
  'google/rpc/error_details.proto',
] as const;

let loaded: ReturnType<typeof loadProtoPackage> | undefined;

export function partnerContract(): ReturnType<typeof loadProtoPackage> {
  loaded ??= loadProtoPackage(
    PARTNER_PROTO_FILES.map((file) => `${protoRoot()}/${file}`),
    [protoRoot()],
  );
  return loaded;
}

let published: ReturnType<typeof loadPublishedDefinition> | undefined;

/**
 * The same protos with their field names as published (`page_size`, `updated_since`): what reflection
 * serves, so `grpcurl describe` matches docs/partner-api-reference.md and grpcurl's JSON takes the
 * proto's names. The runtime objects stay camel-cased (the kit's loader options); the wire is the same.
 */
export function partnerReflectionDefinition(): ReturnType<typeof loadPublishedDefinition> {
  published ??= loadPublishedDefinition(
    PARTNER_PROTO_FILES.map((file) => `${protoRoot()}/${file}`),
    [protoRoot()],
  );
  return published;
}

export function partnerServiceDefinition(name: PartnerServiceName): grpc.ServiceDefinition {
  return findServiceClient(partnerContract().grpcObject, `${PARTNER_PACKAGE}.${name}`).service;
}
