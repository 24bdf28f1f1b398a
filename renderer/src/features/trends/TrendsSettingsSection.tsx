/** Trends' part of Settings (the school's own drop-in topics). Filled in by the trends feature. */
export function TrendsSettingsSection() {
  return null;
}
