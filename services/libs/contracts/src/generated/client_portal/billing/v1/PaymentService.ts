// Original file: proto/billing/v1/payments.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface PaymentServiceClient extends grpc.Client {
}

export interface PaymentServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface PaymentServiceDefinition extends grpc.ServiceDefinition {
}
