import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

/**
 * Must stay in step with the proto-loader-gen-types flags used for services/libs/contracts
 * (`--longs=String --enums=String --defaults --oneofs`): the generated types describe the objects
 * these options produce at runtime, so any drift makes the types lie.
 */
export const PROTO_LOADER_OPTIONS = {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
} as const satisfies protoLoader.Options;

export interface LoadedProtoPackage {
  packageDefinition: protoLoader.PackageDefinition;
  grpcObject: grpc.GrpcObject;
}

/**
 * Files are named relative to one of the include directories, which is also how imports between
 * protos resolve. Field names come out camel-cased, in the objects and in the descriptors that
 * reflection serves alike (`delayMs` for `delay_ms`); the wire format is unaffected.
 */
export function loadProtoPackage(files: string[], includeDirs: string[]): LoadedProtoPackage {
  const packageDefinition = protoLoader.loadSync(files, { ...PROTO_LOADER_OPTIONS, includeDirs });
  return { packageDefinition, grpcObject: grpc.loadPackageDefinition(packageDefinition) };
}

/**
 * The same protos with the field names they publish (`page_size`), for reflection only: a public API
 * describes itself as its .proto files read (createGrpcServer's `reflectionDefinitions`).
 */
export function loadPublishedDefinition(
  files: string[],
  includeDirs: string[],
): protoLoader.PackageDefinition {
  return protoLoader.loadSync(files, { ...PROTO_LOADER_OPTIONS, keepCase: true, includeDirs });
}

function isServiceClientConstructor(value: unknown): value is grpc.ServiceClientConstructor {
  return typeof value === 'function' && 'service' in value && 'serviceName' in value;
}

/** Finds a service's client constructor by its fully-qualified name, e.g. `grpc.health.v1.Health`. */
export function findServiceClient(
  grpcObject: grpc.GrpcObject,
  fullName: string,
): grpc.ServiceClientConstructor {
  let node: unknown = grpcObject;
  for (const part of fullName.split('.')) {
    if (node === null || (typeof node !== 'object' && typeof node !== 'function')) break;
    node = (node as Record<string, unknown>)[part];
  }
  if (!isServiceClientConstructor(node)) {
    throw new Error(`No gRPC service named ${fullName} in the loaded protos`);
  }
  return node;
}

/** `/kit.testing.v1.EchoService/Echo` → `kit.testing.v1.EchoService`. */
export function serviceNameOf(definition: grpc.ServiceDefinition): string {
  const firstMethod = Object.values(definition)[0];
  if (!firstMethod) throw new Error('A gRPC service definition without methods cannot be served');
  const match = /^\/([^/]+)\//.exec(firstMethod.path);
  if (!match?.[1]) throw new Error(`Unexpected gRPC method path ${firstMethod.path}`);
  return match[1];
}
