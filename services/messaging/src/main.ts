import { startMessaging } from './app.js';
import { loadMessagingConfig } from './config.js';

const runtime = await startMessaging(loadMessagingConfig());
runtime.lifecycle.installSignalHandlers();
