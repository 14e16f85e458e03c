// Original file: proto/billing/v1/documents.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface DocumentServiceClient extends grpc.Client {
}

export interface DocumentServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface DocumentServiceDefinition extends grpc.ServiceDefinition {
}
