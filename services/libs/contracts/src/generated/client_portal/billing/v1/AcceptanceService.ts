// Original file: proto/billing/v1/acceptance.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface AcceptanceServiceClient extends grpc.Client {
}

export interface AcceptanceServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface AcceptanceServiceDefinition extends grpc.ServiceDefinition {
}
