/** Exported documents' part of Settings (the school logo). Filled in by the workshops feature. */
export function DocumentSettingsSection() {
  return null;
}
