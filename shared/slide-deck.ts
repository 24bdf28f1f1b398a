/**
 * Slides for a hall: what each slide of an assembly or workshop deck says, decided once and drawn
 * twice (the 16:9 PDF print view and the editable PowerPoint file), so both always agree.
 *
 * One idea per slide, in type large enough for the back of a hall. Text that does not fit is carried
 * on to the next slide ("(continued)") and shared out evenly, never shrunk: a slide never holds a
 * single stranded bullet while the one before it is full. Facilitator notes go to the speaker notes,
 * never on a slide. Pure TypeScript.
 */

/** How much body text a content slide holds at 28pt on a 13.33 × 7.5 inch slide (characters, spaces included). */
export const SLIDE_TEXT_BUDGET = 400;
/** Key messages on one slide at 30pt. */
export const MESSAGES_PER_SLIDE = 4;
/** Characters of key messages on one slide. */
export const MESSAGES_TEXT_BUDGET = 320;
/** A paragraph break costs about half a line of space. */
const PARAGRAPH_COST = 30;
/** Characters the school's own contacts may take beside the helplines on one "where to get help" slide. */
const HELP_SCHOOL_BUDGET = 300;
/** The school's own help text on a slide of its own, full width at 20pt, beside its two contacts. */
const HELP_ALONE_BUDGET = 420;
/** Text this short is set larger (36pt), so a slide with one sentence does not look half empty. */
export const LARGE_TEXT_MAX = 180;

export interface DeckContact {
  label: string;
  value: string;
}

export interface DeckHelpline {
  name: string;
  how: string;
}

export type DeckSlide =
  | { kind: 'title'; heading: string; schoolName: string; subtitle: string; notes: string }
  | { kind: 'content'; heading: string; paragraphs: string[]; continued: boolean; large: boolean; notes: string }
  | { kind: 'messages'; heading: string; bullets: string[]; continued: boolean; notes: string }
  | { kind: 'help'; heading: string; intro: string[]; school: DeckContact[]; helplines: DeckHelpline[]; emergency: string; notes: string };

export interface DeckSection {
  title: string;
  whatHappens?: string | undefined;
  facilitatorNotes?: string | undefined;
  /** "18:05–18:15 (10 minutes)", for the speaker. */
  timing?: string | undefined;
}

export interface DeckInput {
  schoolName: string;
  title: string;
  /** "Thursday 3 December 2026 · 18:00 · School library" */
  when: string;
  summary?: string | undefined;
  sections: readonly DeckSection[];
  keyMessages: readonly string[];
  signposting?: string | undefined;
  mhstContact?: string | undefined;
  dslContact?: string | undefined;
  helplines: readonly DeckHelpline[];
}

export const EMERGENCY_LINE = 'If someone is in immediate danger, call 999.';
const ASK_THE_OFFICE = 'Ask the school office to put you in touch.';

/** Plain text typed in Upstream as paragraphs (blank lines separate them; single line breaks join). */
export function paragraphsOf(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}

interface Word {
  text: string;
  startsParagraph: boolean;
}

const endsSentence = (word: string) => /[.!?؟。…:;)"”’]$/.test(word);

/**
 * Shares paragraphs out over as few slides as hold them within `budget`, evenly: with 1.2 slides'
 * worth of text, two slides each carry about 0.6, rather than one full and one nearly empty.
 * Breaks fall at a sentence end where one is near, else between words. A single word longer than the
 * budget (a long web address) gets a slide of its own and wraps there.
 */
export function shareOut(paragraphs: readonly string[], budget = SLIDE_TEXT_BUDGET): string[][] {
  const words: Word[] = [];
  for (const paragraph of paragraphs) {
    paragraph
      .split(/\s+/)
      .filter(Boolean)
      .forEach((text, i) => words.push({ text, startsParagraph: i === 0 }));
  }
  if (words.length === 0) return [[]];
  const cost = (word: Word, first: boolean) => word.text.length + 1 + (word.startsParagraph && !first ? PARAGRAPH_COST : 0);
  const total = words.reduce((sum, w, i) => sum + cost(w, i === 0), 0);
  // Plan with a little room to spare, so breaking at a sentence or a word never pushes a stub onto one more slide.
  let slides = Math.max(1, Math.ceil(total / (budget * 0.92)));

  const groups: Word[][] = [];
  let current: Word[] = [];
  let used = 0;
  let remaining = total;
  // Each slide aims at an even share of what is left, so small drifts never pile up on the last one.
  let target = total / slides;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const c = cost(word, current.length === 0);
    const previous = current[current.length - 1];
    const lastSlide = groups.length >= slides - 1;
    const full = used + c > budget;
    // Near the even share, prefer to break after a sentence; past it, break at the next word.
    // (Only where the slides still planned can hold the rest.)
    const restFits = remaining - used <= budget * (slides - groups.length - 1);
    const nearShare = !lastSlide && restFits && used >= target * 0.9 && previous !== undefined && endsSentence(previous.text);
    const pastShare = !lastSlide && used + c / 2 >= target;
    if (current.length > 0 && (full || nearShare || pastShare || (word.startsParagraph && restFits && used >= target * 0.75 && !lastSlide))) {
      groups.push(current);
      remaining -= used;
      current = [];
      used = 0;
      // Breaking early at sentences can leave more than the planned slides can hold: plan one more.
      slides = Math.max(slides, groups.length + Math.ceil(remaining / budget));
      target = remaining / Math.max(1, slides - groups.length);
    }
    current.push(word);
    used += cost(word, current.length === 1);
  }
  if (current.length > 0) groups.push(current);

  return groups.map((group) => {
    const out: string[] = [];
    group.forEach((word, i) => {
      if (i === 0 || word.startsParagraph) out.push(word.text);
      else out[out.length - 1] += ` ${word.text}`;
    });
    return out;
  });
}

/** Splits a list into the fewest groups of at most `size` (and `budget` characters), as even as can be. */
export function shareOutList(items: readonly string[], size = MESSAGES_PER_SLIDE, budget = MESSAGES_TEXT_BUDGET): string[][] {
  if (items.length === 0) return [];
  const chars = items.reduce((sum, item) => sum + item.length + PARAGRAPH_COST, 0);
  const count = Math.max(Math.ceil(items.length / size), Math.ceil(chars / budget));
  const groups: string[][] = [];
  let start = 0;
  for (let g = 0; g < count && start < items.length; g++) {
    const take = Math.ceil((items.length - start) / (count - g));
    groups.push(items.slice(start, start + take));
    start += take;
  }
  return groups;
}

const joinNotes = (...parts: (string | undefined)[]) => parts.filter((p) => p && p.trim() !== '').join('\n\n');

function helpSlides(input: DeckInput): DeckSlide[] {
  const school: DeckContact[] = [
    { label: 'Mental Health Support Team', value: input.mhstContact?.trim() || ASK_THE_OFFICE },
    { label: 'Designated Safeguarding Lead', value: input.dslContact?.trim() || ASK_THE_OFFICE },
  ];
  const intro = paragraphsOf(input.signposting);
  const schoolChars = [...intro, ...school.map((c) => `${c.label} ${c.value}`)].join(' ').length;
  const notes = 'Leave this slide up while people leave, so they can note the numbers.';
  const heading = 'Where to get help';
  if (schoolChars <= HELP_SCHOOL_BUDGET) {
    return [{ kind: 'help', heading, intro, school, helplines: [...input.helplines], emergency: EMERGENCY_LINE, notes }];
  }
  // Long contacts: the school's own on one slide, the national helplines on the next.
  const introSlides = intro.length > 0 ? shareOut(intro, HELP_ALONE_BUDGET) : [[]];
  return [
    ...introSlides.map((paragraphs, i): DeckSlide => ({ kind: 'help', heading: `Where to get help at ${input.schoolName}`, intro: paragraphs, school: i === introSlides.length - 1 ? school : [], helplines: [], emergency: '', notes })),
    { kind: 'help', heading: 'Where to get help, any time', intro: [], school: [], helplines: [...input.helplines], emergency: EMERGENCY_LINE, notes },
  ];
}

/** The slides of a deck: a title slide, each agenda section (carried over slides when long), the key messages, where to get help. */
export function buildSlideDeck(input: DeckInput): DeckSlide[] {
  const slides: DeckSlide[] = [{ kind: 'title', heading: input.title, schoolName: input.schoolName, subtitle: input.when, notes: joinNotes(input.summary) }];
  for (const section of input.sections) {
    const parts = shareOut(paragraphsOf(section.whatHappens));
    parts.forEach((paragraphs, i) => {
      slides.push({
        kind: 'content',
        heading: i === 0 ? section.title : `${section.title} (continued)`,
        paragraphs,
        continued: i > 0,
        large: parts.length === 1 && paragraphs.join(' ').length <= LARGE_TEXT_MAX,
        notes: i === 0 ? joinNotes(section.timing, section.facilitatorNotes) : '',
      });
    });
  }
  shareOutList(input.keyMessages.map((m) => m.trim()).filter(Boolean)).forEach((bullets, i) => {
    slides.push({ kind: 'messages', heading: i === 0 ? 'Remember' : 'Remember (continued)', bullets, continued: i > 0, notes: '' });
  });
  slides.push(...helpSlides(input));
  return slides;
}

/** Every word a slide shows, for checks and search (notes excluded). */
export function slideText(slide: DeckSlide): string {
  switch (slide.kind) {
    case 'title':
      return [slide.schoolName, slide.heading, slide.subtitle].join('\n');
    case 'content':
      return [slide.heading, ...slide.paragraphs].join('\n');
    case 'messages':
      return [slide.heading, ...slide.bullets].join('\n');
    case 'help':
      return [slide.heading, ...slide.intro, ...slide.school.map((c) => `${c.label}: ${c.value}`), ...slide.helplines.map((h) => `${h.name}: ${h.how}`), slide.emergency].join('\n');
  }
}
