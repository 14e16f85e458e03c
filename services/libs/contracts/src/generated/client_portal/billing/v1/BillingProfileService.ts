// Original file: proto/billing/v1/profile.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface BillingProfileServiceClient extends grpc.Client {
}

export interface BillingProfileServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface BillingProfileServiceDefinition extends grpc.ServiceDefinition {
}
