// Original file: proto/portal/v1/files.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface FileServiceClient extends grpc.Client {
}

export interface FileServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface FileServiceDefinition extends grpc.ServiceDefinition {
}
