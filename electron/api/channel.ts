/** The single IPC channel between the preload and the main process; shared so the two cannot drift apart. */
export const API_CHANNEL = 'api';
