// Original file: proto/portal/v1/tasks.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface TaskServiceClient extends grpc.Client {
}

export interface TaskServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface TaskServiceDefinition extends grpc.ServiceDefinition {
}
