import { describe, expect, it } from 'vitest';
import { buildSlideDeck, EMERGENCY_LINE, MESSAGES_PER_SLIDE, paragraphsOf, shareOut, shareOutList, slideText, SLIDE_TEXT_BUDGET, type DeckInput } from '../../shared/slide-deck';

const HELPLINES = [
  { name: 'NHS 111', how: 'Call 111' },
  { name: 'Childline', how: 'Call 0800 1111' },
  { name: 'Samaritans', how: 'Call 116 123' },
  { name: 'Shout', how: 'Text SHOUT to 85258' },
];

const input = (over: Partial<DeckInput> = {}): DeckInput => ({
  schoolName: 'Riverside Academy',
  title: 'Sleep: your secret superpower',
  when: 'Monday 7 December 2026 · 08:45 · Main hall',
  summary: 'A fifteen-minute assembly.',
  sections: [
    { title: 'How did you sleep?', whatHappens: 'Hands up if you felt tired this morning.', facilitatorNotes: 'Keep it light; no one is in trouble.', timing: '08:45–08:47 (2 minutes)' },
    { title: 'What sleep does for you', whatHappens: 'Your brain sorts and stores what you learned today.' },
  ],
  keyMessages: ['Sleep stores what you learned.', 'Teenagers need 8 to 10 hours.', 'Charge your phone outside your room.', 'Pick one change.', 'Talk to someone you trust.'],
  signposting: 'Talk to your tutor or the wellbeing team.',
  mhstContact: 'Sam Green, 01632 960123',
  dslContact: 'Mrs Ahmed, via the school office',
  helplines: HELPLINES,
  ...over,
});

const words = (n: number, word = 'bedtime') => Array.from({ length: n }, (_, i) => (i % 12 === 11 ? `${word}.` : word)).join(' ');
const size = (paragraphs: string[]) => paragraphs.join(' ').length;

describe('shareOut', () => {
  it('keeps short text on one slide', () => {
    expect(shareOut(['Hands up if you felt tired.'])).toEqual([['Hands up if you felt tired.']]);
  });

  it('never leaves a near-empty last slide: text just over one slide is shared evenly', () => {
    const parts = shareOut([words(Math.ceil((SLIDE_TEXT_BUDGET * 1.1) / 8))]);
    expect(parts).toHaveLength(2);
    const [a, b] = parts.map(size);
    expect(Math.min(a!, b!) / Math.max(a!, b!)).toBeGreaterThan(0.6);
  });

  it('carries 3,000 words over many slides, none over the budget, none tiny, and loses no word', () => {
    const text = `${words(2_999)} LASTWORD`;
    const parts = shareOut([text]);
    expect(parts.length).toBeGreaterThan(40);
    for (const part of parts) expect(size(part)).toBeLessThanOrEqual(SLIDE_TEXT_BUDGET);
    for (const part of parts) expect(size(part)).toBeGreaterThan(SLIDE_TEXT_BUDGET * 0.5);
    expect(parts.flat().join(' ').split(' ')).toHaveLength(3_000);
    expect(parts.at(-1)!.join(' ')).toMatch(/LASTWORD$/);
  });

  it('shares any length out evenly: no slide under 70% of the fullest, whatever the length', () => {
    for (let n = 40; n <= 3_000; n += 37) {
      const parts = shareOut([words(n)]).map(size);
      expect(Math.min(...parts) / Math.max(...parts), `${n} words`).toBeGreaterThan(0.7);
    }
  });

  it('keeps paragraphs apart and gives a word longer than a slide a slide of its own', () => {
    const long = `https://example.org/${'a'.repeat(500)}`;
    const parts = shareOut(['First paragraph.', long, 'Last.']);
    expect(parts.flat()).toContain(long);
    expect(parts.flat()).toContain('First paragraph.');
  });

  it('keeps right-to-left text and emoji as written', () => {
    expect(shareOut(['نیند کے لیے پرسکون معمول 🌙'])).toEqual([['نیند کے لیے پرسکون معمول 🌙']]);
  });
});

describe('shareOutList', () => {
  it('balances key messages: five are three and two, never four and one', () => {
    expect(shareOutList(['a', 'b', 'c', 'd', 'e']).map((g) => g.length)).toEqual([3, 2]);
    expect(shareOutList(['a', 'b', 'c', 'd']).map((g) => g.length)).toEqual([4]);
    expect(shareOutList(Array.from({ length: 9 }, (_, i) => `m${i}`)).map((g) => g.length)).toEqual([3, 3, 3]);
  });

  it('spreads long messages over more slides rather than shrinking them', () => {
    const long = Array.from({ length: 4 }, () => 'x'.repeat(150));
    expect(shareOutList(long).every((g) => g.length <= 2)).toBe(true);
  });
});

describe('buildSlideDeck', () => {
  it('opens with a title slide, one slide per section, balanced key messages and where to get help', () => {
    const deck = buildSlideDeck(input());
    expect(deck.map((s) => s.kind)).toEqual(['title', 'content', 'content', 'messages', 'messages', 'help']);
    expect(deck[0]).toMatchObject({ heading: 'Sleep: your secret superpower', schoolName: 'Riverside Academy' });
    expect(deck.filter((s) => s.kind === 'messages').map((s) => (s.kind === 'messages' ? s.bullets.length : 0))).toEqual([3, 2]);
    expect(deck.some((s) => s.heading.includes(' of '))).toBe(false);
  });

  it('keeps facilitator notes and timings in the speaker notes, never on a slide', () => {
    const deck = buildSlideDeck(input());
    const first = deck[1]!;
    expect(first.notes).toContain('Keep it light');
    expect(first.notes).toContain('08:45–08:47');
    for (const slide of deck) expect(slideText(slide)).not.toContain('Keep it light');
  });

  it('ends with the school’s own contacts and the national helplines', () => {
    const help = buildSlideDeck(input()).at(-1)!;
    const text = slideText(help);
    for (const expected of ['Sam Green, 01632 960123', 'Mrs Ahmed', 'Talk to your tutor', '0800 1111', '116 123', 'SHOUT to 85258', 'NHS 111', EMERGENCY_LINE]) expect(text).toContain(expected);
  });

  it('says how to reach the school’s contacts when Settings has none', () => {
    const help = buildSlideDeck(input({ mhstContact: undefined, dslContact: ' ' })).at(-1)!;
    expect(slideText(help)).toContain('Mental Health Support Team: Ask the school office to put you in touch.');
  });

  it('moves long school contacts to a slide of their own', () => {
    const deck = buildSlideDeck(input({ signposting: words(60) }));
    const help = deck.filter((s) => s.kind === 'help');
    expect(help.length).toBeGreaterThanOrEqual(2);
    expect(slideText(help.at(-1)!)).toContain('0800 1111');
    expect(help.map(slideText).join('\n')).toContain('Sam Green');
  });

  it('continues a 3,000-word section over slides headed “(continued)”', () => {
    const deck = buildSlideDeck(input({ sections: [{ title: 'Long', whatHappens: words(3_000) }] }));
    const long = deck.filter((s) => s.kind === 'content');
    expect(long.length).toBeGreaterThan(40);
    expect(long[1]!.heading).toBe('Long (continued)');
  });

  it('gives a section without words a slide with its title only', () => {
    const deck = buildSlideDeck(input({ sections: [{ title: 'Questions' }], keyMessages: [] }));
    expect(deck.map((s) => s.kind)).toEqual(['title', 'content', 'help']);
    expect(deck[1]).toMatchObject({ heading: 'Questions', paragraphs: [] });
  });

  it('reads paragraphs separated by blank lines', () => {
    expect(paragraphsOf('One\nline\n\nTwo')).toEqual(['One line', 'Two']);
    expect(MESSAGES_PER_SLIDE).toBe(4);
  });
});
