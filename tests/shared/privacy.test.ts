import { describe, expect, it } from 'vitest';
import { ColumnProfiler, identifyingHeader, identifyingValue, judgeColumn, labelProblem, maskedCell, verdictLabel } from '../../shared/privacy';

function judge(header: string, values: string[]) {
  const profiler = new ColumnProfiler(header);
  values.forEach((v, i) => profiler.add(v, i + 2));
  return verdictLabel(judgeColumn(profiler.profile()));
}

const often = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];
const choices = (n: number) => Array.from({ length: n }, (_, i) => often[i % often.length]!);

describe('identifying headers', () => {
  it.each([
    ['Name', 'name'],
    ['First name', 'name'],
    ['Last Name', 'name'],
    ['Surname', 'name'],
    ['Full name', 'name'],
    ["Pupil's full name", 'name'],
    ['What is your name?', 'name'],
    ['Email', 'email'],
    ['E-mail', 'email'],
    ['Email address', 'email'],
    ['Student email address', 'email'],
    ['UPN', 'UPN'],
    ['Unique Pupil Number', 'UPN'],
    ['Pupil ID', 'pupil ID'],
    ['Student ID', 'pupil ID'],
    ['ID', 'pupil ID'],
    ['Candidate number', 'candidate number'],
    ['Date of birth', 'date of birth'],
    ['DOB', 'date of birth'],
    ['D.O.B.', 'date of birth'],
    ['Postcode', 'postcode'],
    ['Post code', 'postcode'],
    ['Your postcode', 'postcode'],
    ['Home address', 'address'],
    ['Address', 'address'],
    ['Phone', 'phone'],
    ['Phone number', 'phone'],
    ['Start time', 'time of response'],
    ['Completion time', 'time of response'],
    ['Timestamp', 'time of response'],
  ])('“%s” is identifying: %s', (header, kind) => {
    expect(identifyingHeader(header)).toBe(kind);
  });

  it.each([
    'How often do you have trouble sleeping?',
    'Which year group are you in?',
    'Year group',
    'Do you know who to talk to at school if you are worried?',
    'How many hours of sleep do you usually get on a school night?',
    'Do you use your phone after you go to bed?',
    'Phone use at night',
    'How safe do you feel on the streets near school?',
    'Do you feel lonely?',
    'Gender',
    'How would you rate your mood this week?',
    'I have someone I can talk to about my feelings',
  ])('“%s” is a question, not identifying', (header) => {
    expect(identifyingHeader(header)).toBeNull();
  });
});

describe('identifying cell contents', () => {
  it.each([
    ['amy.clarke@riverside.sch.uk', 'email'],
    ['contact me: sam_o@example.com', 'email'],
    ['SW1A 1AA', 'postcode'],
    ['b15 2tt', 'postcode'],
    ['M1 1AE', 'postcode'],
    ['A123456789012', 'UPN'],
    ['H80120612345A', 'UPN'],
    ['07700 900123', 'phone'],
    ['+44 7700 900123', 'phone'],
  ])('“%s” looks like %s', (value, kind) => {
    expect(identifyingValue(value)).toBe(kind);
  });

  it.each(['Often', 'Sometimes', 'Year 9', 'Y10', '7', '8 hours', 'Before 10pm', 'I go to bed at 11 and wake at 7am', 'Strongly agree', 'Not sure', '9B'])('“%s” is an ordinary answer', (value) => {
    expect(identifyingValue(value)).toBeNull();
  });
});

describe('judging a whole column', () => {
  it('keeps a choice question, with many responses and few different answers', () => {
    expect(judge('How often do you have trouble sleeping?', choices(500))).toBe('kept');
  });

  it('drops a column by its header whatever the cells hold', () => {
    expect(judge('Email', choices(20))).toBe('identifying: email');
  });

  it('drops a column where a single cell holds an email, a postcode or a UPN', () => {
    expect(judge('Who do you talk to?', [...choices(40), 'miss.jones@school.org'])).toBe('identifying: email');
    expect(judge('Where do you live?', ['Town', 'Village', 'LS6 3HN', 'Town'])).toBe('identifying: postcode');
    expect(judge('Reference', ['A123456789012', 'B123456789013'])).toBe('identifying: UPN');
  });

  it('drops a column of names under an innocent header', () => {
    const names = ['Amy Clarke', 'Ben Osei', 'Chloe Patel', 'Daniel Wright', 'Ella Nowak', 'Farah Khan'];
    expect(judge('Respondent details', names)).toBe('identifying: name');
    // But a choice question whose answers happen to be capitalised is kept.
    expect(judge('How do you feel?', [...Array(10).fill('Strongly Agree'), ...Array(10).fill('Strongly Disagree'), ...Array(5).fill('Not Sure')])).toBe('kept');
  });

  it('drops dates of birth and response times found by content', () => {
    expect(judge('When were you born', ['14/03/2012', '02/11/2011', '30/06/2012', '1/1/2012'])).toBe('identifying: date of birth');
    expect(judge('Sent', ['2026-10-05 09:14:02', '2026-10-05 09:15:40', '2026-10-05 09:16:12'])).toBe('identifying: time of response');
  });

  it('drops free text: many different, long answers, or a comments header', () => {
    const comments = Array.from({ length: 30 }, (_, i) => `I find it hard to sleep because of reason number ${i}`);
    expect(judge('Is there anything you would like to tell us?', comments)).toBe('free text');
    expect(judge('Q7', comments)).toBe('free text');
    expect(judge('Any other comments', ['No', 'No'])).toBe('free text');
    // More different answers than any choice question, even if short.
    expect(judge('One word for your week', Array.from({ length: 80 }, (_, i) => `w${i}`))).toBe('free text');
  });

  it('keeps a numeric question with a handful of values (hours of sleep)', () => {
    expect(judge('How many hours do you sleep on a school night?', Array.from({ length: 300 }, (_, i) => String(5 + (i % 6))))).toBe('kept');
  });

  it('calls an empty column empty', () => {
    expect(judge('Q9', ['', ' ', ''])).toBe('empty');
  });
});

describe('masking and labels', () => {
  it('masks dropped cells in previews and hides an identifying value even in a kept column', () => {
    expect(maskedCell({ keep: false, reason: 'identifying', kind: 'email' }, 'amy@x.org')).toBe('(hidden: email)');
    expect(maskedCell({ keep: false, reason: 'free text' }, 'I am tired')).toBe('(free text, not kept)');
    expect(maskedCell({ keep: true }, 'Often')).toBe('Often');
    expect(maskedCell({ keep: true }, 'amy@x.org')).toBe('(hidden)');
  });

  it('refuses labels that would store an identity', () => {
    expect(labelProblem('sleep')).toBeNull();
    expect(labelProblem('amy@x.org', 'This topic')).toMatch(/^This topic looks like an email address/);
    expect(labelProblem('14/03/2012')).toMatch(/date of birth/);
  });
});
