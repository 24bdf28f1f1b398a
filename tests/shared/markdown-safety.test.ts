import { describe, expect, it } from 'vitest';
import {
  describeMarkdownProblems,
  headingAnchorId,
  markdownProblems,
  safeLinkTarget,
  topHeadingLevel,
  withoutRepeatedTitle,
} from '../../shared/markdown-safety';

const messages = (markdown: string) => markdownProblems(markdown).map((p) => `${p.line}: ${p.message}`);

describe('safeLinkTarget (what a rendered link may keep)', () => {
  it.each(['https://www.nhs.uk/conditions/', 'https://www.childline.org.uk/info-advice/?x=1#top', '#what-helps', 'HTTPS://WWW.NHS.UK/'.toLowerCase()])('keeps %s', (url) => {
    expect(safeLinkTarget(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'http://www.nhs.uk/',
    'mailto:office@example.org',
    '//evil.example/x',
    '/relative/path',
    'other-sheet.md',
    'https://user:pass@www.nhs.uk/',
    'https://localhost/',
    '#bad anchor',
    '',
  ])('drops %j', (url) => {
    expect(safeLinkTarget(url)).toBeNull();
  });

  it('never keeps an image source, however safe it looks', () => {
    expect(safeLinkTarget('https://www.nhs.uk/logo.png', 'src')).toBeNull();
  });
});

describe('markdownProblems (what the editor and importer refuse)', () => {
  it('finds nothing wrong in plain markdown with https links, anchors, placeholders and tables', () => {
    const body = '# Sleep\n\nSee [the NHS](https://www.nhs.uk) or [below](#tips).\n\nContact {{school.dslContact}}.\n\n| Age | Hours |\n| --- | --- |\n| 5 | 11 |\n\n5 < 6 and 6 > 5, *really*.\n';
    expect(markdownProblems(body)).toEqual([]);
  });

  it.each<[string, string, RegExp]>([
    ['a script tag', 'Hello\n<script>window.__pwned=1</script>', /^2: HTML tags are not allowed \(found “<script”\)/],
    ['an img with onerror', '<img src=x onerror="window.__pwned=1">', /^1: HTML tags are not allowed \(found “<img”\)/],
    ['an iframe', 'Text <iframe src="https://evil.example">', /HTML tags are not allowed \(found “<iframe”\)/],
    ['a closing tag', 'Text </div>', /HTML tags are not allowed \(found “<\/div”\)/],
    ['an HTML comment', 'Visible <!-- hidden --> text', /^1: HTML comments are not allowed/],
    ['a processing instruction', '<?php echo 1 ?>', /HTML is not allowed/],
    ['a CDATA section', '<![CDATA[ x ]]>', /HTML is not allowed/],
    ['a javascript: link', '[x](javascript:window.__pwned=1)', /^1: javascript: links are not allowed/],
    ['a JavaScript: link with capitals and spaces', '[x](  JavaScript:alert(1))', /javascript: links are not allowed/],
    ['a javascript: link hidden with a character reference', '[x](&#106;avascript:alert(1))', /javascript: links are not allowed/],
    ['a javascript: link hidden with a hex reference and a tab', '[x](java&#x09;script:alert(1))', /javascript: links are not allowed/],
    ['a javascript: link spelled with &colon;', '[x](javascript&colon;alert(1))', /javascript: links are not allowed/],
    ['a javascript: autolink', '<javascript:alert(1)>', /javascript: links are not allowed/],
    ['a vbscript: link', '[x](vbscript:msgbox)', /vbscript: links are not allowed/],
    ['a data: link', '[x](data:text/html,<script>alert(1)</script>)', /data: links are not allowed/],
    ['a file: link', '[x](file:///C:/secret.txt)', /file: links are not allowed/],
    ['an http: link', '[the NHS](http://www.nhs.uk)', /the link to “http:\/\/www\.nhs\.uk” is not secure; use its https:\/\/ address/],
    ['a mailto: link', '[email us](mailto:office@example.org)', /mailto: links are not kept/],
    ['an email autolink', '<office@example.org>', /email links are not kept/],
    ['a relative link', '[next](next-sheet.md)', /links must be full https:\/\/ web addresses, not “next-sheet\.md”/],
    ['a reference definition to javascript:', '[x][evil]\n\n[evil]: javascript:alert(1)', /^3: javascript: links are not allowed/],
    ['a remote image', '![a cat](https://evil.example/cat.png)', /^1: pictures are not shown in Upstream resources/],
    ['a data: image', '![x](data:image/png;base64,AAAA)', /pictures are not shown/],
    ['an image by reference', '![cat][c]\n\n[c]: https://evil.example/c.png', /pictures are not shown/],
    ['javascript: written as text with character references', 'Run &#106;avascript&#58;alert(1) now', /script links spelled with character codes/],
  ])('refuses %s', (_case, body, expected) => {
    const found = messages(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(expected);
  });

  it('ignores what sits in code, escaped characters and entity-escaped tags (all shown as text)', () => {
    const body = 'Type `<script>` to see it.\n\n```\n<img src=x onerror=alert(1)>\n[x](javascript:alert(1))\n```\n\n\\<b\\> and &lt;script&gt; are text.\n';
    expect(markdownProblems(body)).toEqual([]);
  });

  it('reports problems in the order they appear, each with its line', () => {
    const found = markdownProblems('Fine\n\n<b>bold</b>\n\n![pic](https://x.org/p.png)\n\n[x](http://x.org)');
    expect(found.map((p) => p.line)).toEqual([3, 3, 5, 7]);
  });

  it('describes the first problem and how many more there are', () => {
    expect(describeMarkdownProblems(markdownProblems('<b>x</b>\n[x](javascript:1)'))).toMatch(/^Line 1: HTML tags are not allowed .*\. \(And 2 more problems\.\)$/);
    expect(describeMarkdownProblems([])).toBeUndefined();
  });
});

describe('helpers', () => {
  it('gives headings ids that cannot clobber globals', () => {
    expect(headingAnchorId('What helps?')).toBe('section-what-helps');
    expect(headingAnchorId('__pwned')).toBe('section-pwned');
    expect(headingAnchorId('!!!')).toBe('section-untitled');
  });

  it('finds the biggest heading level, ignoring code, lists and thematic breaks', () => {
    expect(topHeadingLevel('Text\n\n## Two\n\n### Three')).toBe(2);
    expect(topHeadingLevel('Title\n=====\n\n## Two')).toBe(1);
    expect(topHeadingLevel('Para\n---\n')).toBe(2);
    expect(topHeadingLevel('Para\n\n---\n\n### Three')).toBe(3);
    expect(topHeadingLevel('```\n# not a heading\n```\n#### Four')).toBe(4);
    expect(topHeadingLevel('#hashtag only')).toBeUndefined();
  });

  it('drops a first heading that repeats the title, and only then', () => {
    expect(withoutRepeatedTitle('# Screens and sleep\n\nText', 'Screens and sleep')).toBe('Text');
    expect(withoutRepeatedTitle('# Another heading\n\nText', 'Screens and sleep')).toBe('# Another heading\n\nText');
  });
});

describe('markdownProblems on tricky input (decided on the syntax tree)', () => {
  it.each<[string, string, RegExp]>([
    ['a reference-style link to javascript:', 'Read [this][go] now.\n\n[go]: javascript:alert(1)', /^3: javascript: links are not allowed/],
    ['a collapsed reference link to data:', 'Read [go][] now.\n\n[go]: <data:text/html,hello>', /data: links are not allowed/],
    ['a shortcut reference to an entity-encoded scheme', 'Read [go] now.\n\n[go]: jav&#x61;script:alert(1)', /^3: javascript: links are not allowed/],
    ['an autolink to javascript:', 'Go <javascript:alert(1)>', /^1: javascript: links are not allowed/],
    ['an autolink to data:', '<data:text/html,hello>', /data: links are not allowed/],
    ['an entity-encoded scheme in an inline link', '[x](jav&#x61;script:alert(1))', /^1: javascript: links are not allowed/],
    ['a decimal-encoded colon', '[x](javascript&#58;alert(1))', /javascript: links are not allowed/],
    ['a percent-free data: link in capitals', '[x](DATA:text/html;base64,PHNjcmlwdD4=)', /data: links are not allowed/],
    ['nested emphasis around a javascript: link', '***__[click *here*](javascript:alert(1))__***', /^1: javascript: links are not allowed/],
    ['a javascript: link inside a list inside a quote', '> - one\n>   - [two](javascript:alert(2))', /^2: javascript: links are not allowed/],
    ['HTML in a table cell', '| A | B |\n| --- | --- |\n| <img src=x onerror=alert(1)> | ok |', /^3: HTML tags are not allowed \(found “<img”\)/],
    ['a javascript: link in a table cell', '| A |\n| --- |\n| [x](javascript:alert(1)) |', /^3: javascript: links are not allowed/],
    ['an image in a table cell', '| A |\n| --- |\n| ![x](https://evil.example/x.png) |', /^3: pictures are not shown/],
    ['block HTML spanning lines', '<div\nonclick="alert(1)">\nx\n</div>', /^1: HTML tags are not allowed \(found “<div”\)/],
    ['a link title hiding nothing but a bad destination', '[x](javascript:alert(1) "https://www.nhs.uk")', /javascript: links are not allowed/],
  ])('refuses %s', (_case, body, expected) => {
    expect(messages(body).join('\n')).toMatch(expected);
  });

  it.each<[string, string]>([
    ['a reference-style https link', 'Read [the NHS][nhs].\n\n[nhs]: https://www.nhs.uk/'],
    ['an https autolink', 'See <https://www.nhs.uk/> for more.'],
    ['a bare https address', 'See https://www.nhs.uk/ for more.'],
    ['the word javascript in a code span', 'Never type `javascript:alert(1)` into an address bar.'],
    ['a table with emphasis and an https link', '| Service | Where |\n| --- | --- |\n| **Childline** | [childline.org.uk](https://www.childline.org.uk/) |'],
    ['an email address written as text', 'Email office@example.org for a paper copy.'],
    ['a less-than sign followed by a space', 'Pupils who sleep < 8 hours'],
    ['an entity-escaped tag', '&lt;script&gt; is shown as text'],
  ])('keeps %s', (_case, body) => {
    expect(markdownProblems(body)).toEqual([]);
  });

  it('gives the line of a problem deep in the document', () => {
    const body = ['# Title', '', 'Fine.', '', '| A | B |', '| --- | --- |', '| 1 | 2 |', '| 3 | [x](vbscript:msgbox) |'].join('\n');
    expect(markdownProblems(body)).toEqual([{ line: 8, message: expect.stringMatching(/^vbscript: links are not allowed/) }]);
  });

  it('in strict form (the built-in library) also refuses autolinks, in-page links and bare http addresses', () => {
    expect(markdownProblems('<https://www.nhs.uk/>', { strict: true })[0]?.message).toMatch(/links must be written as \[text\]\(https:\/\/…\), not <…>/);
    expect(markdownProblems('[below](#tips)', { strict: true })[0]?.message).toMatch(/links must be full https:\/\/ web addresses, not “#tips”/);
    expect(markdownProblems('See http://www.nhs.uk', { strict: true })[0]?.message).toMatch(/is not secure/);
    expect(markdownProblems('See http://www.nhs.uk')).toEqual([]);
  });
});
