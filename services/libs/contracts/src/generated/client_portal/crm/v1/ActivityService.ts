// Original file: proto/crm/v1/activity.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface ActivityServiceClient extends grpc.Client {
}

export interface ActivityServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface ActivityServiceDefinition extends grpc.ServiceDefinition {
}
