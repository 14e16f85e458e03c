// Original file: proto/billing/v1/recurring.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface RecurringServiceClient extends grpc.Client {
}

export interface RecurringServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface RecurringServiceDefinition extends grpc.ServiceDefinition {
}
