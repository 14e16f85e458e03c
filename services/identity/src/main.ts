import { startIdentity } from './app.js';
import { loadIdentityConfig } from './config.js';

const runtime = await startIdentity(loadIdentityConfig());
runtime.lifecycle.installSignalHandlers();
