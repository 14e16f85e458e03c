// Original file: proto/crm/v1/projects.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface ProjectServiceClient extends grpc.Client {
}

export interface ProjectServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface ProjectServiceDefinition extends grpc.ServiceDefinition {
}
