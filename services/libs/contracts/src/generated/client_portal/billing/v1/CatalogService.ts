// Original file: proto/billing/v1/catalog.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface CatalogServiceClient extends grpc.Client {
}

export interface CatalogServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface CatalogServiceDefinition extends grpc.ServiceDefinition {
}
