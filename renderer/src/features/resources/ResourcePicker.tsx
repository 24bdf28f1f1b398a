/**
 * Attaches library resources to an activity or a workshop plan (the resourceLinks table).
 * Implemented by the resource library feature; until then it shows nothing.
 */
export interface ResourcePickerProps {
  ownerType: 'activity' | 'workshopPlan';
  ownerId: string;
}

export function ResourcePicker(_props: ResourcePickerProps) {
  return null;
}
