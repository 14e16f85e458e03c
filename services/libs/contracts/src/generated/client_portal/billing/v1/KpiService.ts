// Original file: proto/billing/v1/kpis.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface KpiServiceClient extends grpc.Client {
}

export interface KpiServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface KpiServiceDefinition extends grpc.ServiceDefinition {
}
