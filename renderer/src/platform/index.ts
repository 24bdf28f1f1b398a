import { PLATFORM_GLOBAL, type PlatformApi } from '@shared/platform';
import { createBrowserPlatform } from './browser';

/** The shell's implementation when running in Electron, the browser's otherwise. */
export function detectPlatform(): PlatformApi {
  const exposed = (globalThis as Record<string, unknown>)[PLATFORM_GLOBAL] as PlatformApi | undefined;
  return exposed ?? createBrowserPlatform();
}

export const platform: PlatformApi = detectPlatform();
