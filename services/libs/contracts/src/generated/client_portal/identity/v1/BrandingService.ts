// Original file: proto/identity/v1/branding.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface BrandingServiceClient extends grpc.Client {
}

export interface BrandingServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface BrandingServiceDefinition extends grpc.ServiceDefinition {
}
