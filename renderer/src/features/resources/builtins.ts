/**
 * The built-in library as this version of Upstream ships it: resources/library/*.md, bundled as
 * text and parsed with the same strict parser the tests use (less the body's markdown check). Loaded with import() after start-up,
 * so the library's text is not part of the JavaScript the app needs to open.
 */
import { parseResourceFile, type BuiltInResource } from '@shared/builtin-resources';

const files = import.meta.glob('../../../../resources/library/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function load(): BuiltInResource[] {
  const resources: BuiltInResource[] = [];
  for (const [path, text] of Object.entries(files)) {
    try {
      // The tests check every shipped file's markdown in full; start-up skips that second parse, which costs
      // hundreds of milliseconds on a slow laptop, since SafeMarkdown draws any text harmlessly.
      resources.push(parseResourceFile(text, path, { checkMarkdown: false }));
    } catch (error) {
      // The tests refuse a malformed file, so this only happens in a broken build: skip that one resource.
      console.error(`Upstream skipped a built-in resource that could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return resources.sort((a, b) => a.id.localeCompare(b.id));
}

export const SHIPPED_RESOURCES: readonly BuiltInResource[] = load();
