#!/usr/bin/env node
// @ts-check
// `npm run stop`: the gateway and services first, then the infrastructure.
import { down as infraDown } from './infra.mjs';
import { down as platformDown } from './platform.mjs';

await platformDown();
await infraDown();
