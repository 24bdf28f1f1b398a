/** What a campaign, resource or workshop is about, and who it is for: one list each, used everywhere. */
import { z } from 'zod';

export const THEMES = ['sleep', 'exam-stress', 'anxiety', 'friendships', 'healthy-eating', 'physical-activity', 'online-safety', 'bereavement', 'other'] as const;
export const themeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof themeSchema>;

export const AUDIENCES = ['pupils', 'parents', 'staff', 'community'] as const;
export const audienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof audienceSchema>;
