// Original file: proto/identity/v1/access.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface WorkspaceAccessServiceClient extends grpc.Client {
}

export interface WorkspaceAccessServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface WorkspaceAccessServiceDefinition extends grpc.ServiceDefinition {
}
