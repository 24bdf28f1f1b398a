import { describe, expect, it } from 'vitest';
import { withoutInlineStyles } from '../../renderer/src/print/snapshot';

describe('an exported document carries no inline styles', () => {
  it('drops every style attribute and keeps everything else, leaving the page untouched', () => {
    const container = document.createElement('div');
    container.innerHTML = '<div class="recharts-wrapper" style="position: relative; width: 640px"><svg class="recharts-surface" width="640" height="240" style="display: block"><rect fill="#1f5f5b" width="10" height="10"></rect></svg></div><p>Sleep</p>';
    const html = withoutInlineStyles(container);
    expect(html).not.toContain('style=');
    expect(html).toContain('<svg class="recharts-surface" width="640" height="240">');
    expect(html).toContain('fill="#1f5f5b"');
    expect(html).toContain('<p>Sleep</p>');
    expect(container.innerHTML).toContain('style="display: block"');
  });
});
