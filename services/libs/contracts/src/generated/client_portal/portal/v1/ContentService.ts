// Original file: proto/portal/v1/content.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface ContentServiceClient extends grpc.Client {
}

export interface ContentServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface ContentServiceDefinition extends grpc.ServiceDefinition {
}
