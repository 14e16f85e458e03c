import { startNotification } from './app.js';
import { loadNotificationConfig } from './config.js';

const runtime = await startNotification(loadNotificationConfig());
runtime.lifecycle.installSignalHandlers();
