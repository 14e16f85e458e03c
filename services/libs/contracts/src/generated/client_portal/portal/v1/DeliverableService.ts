// Original file: proto/portal/v1/deliverables.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface DeliverableServiceClient extends grpc.Client {
}

export interface DeliverableServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface DeliverableServiceDefinition extends grpc.ServiceDefinition {
}
