// Original file: proto/portal/v1/settings.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface PortalSettingsServiceClient extends grpc.Client {
}

export interface PortalSettingsServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface PortalSettingsServiceDefinition extends grpc.ServiceDefinition {
}
