// Original file: proto/billing/v1/comments.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface CommentServiceClient extends grpc.Client {
}

export interface CommentServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface CommentServiceDefinition extends grpc.ServiceDefinition {
}
