/**
 * Which links may leave Upstream for the lead's web browser.
 *
 * Only https, no credentials, and never a machine on the lead's own network: no IP literal (in any
 * spelling the URL parser turns into one, such as https://2130706433/), no localhost, `localhost.`
 * or `*.localhost`, no single-label host. A few sites Upstream's own materials point to open
 * straight away; any other host opens only after the lead confirms it.
 */

/** Helplines and NHS pages the app's materials link to (each host and its subdomains). */
export const TRUSTED_LINK_HOSTS = ['nhs.uk', 'childline.org.uk', 'samaritans.org', 'giveusashout.org'] as const;

/** Normalised host of a URL the parser accepted ("www.NHS.uk." → "www.nhs.uk"). */
function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '');
}

function isIpLiteral(host: string): boolean {
  // The WHATWG parser normalises every IPv4 spelling to dotted decimal and keeps IPv6 in brackets.
  return host.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

function isLocalName(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || !host.includes('.');
}

/** Only https links to other sites may leave Upstream (no credentials, no local or IP hosts). */
export function isSafeExternalUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2000) return false;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
    const host = hostOf(url);
    return host !== '' && !isIpLiteral(host) && !isLocalName(host);
  } catch {
    return false;
  }
}

export type ExternalLinkDecision = { action: 'open' | 'confirm'; url: string; host: string } | { action: 'refuse' };

/**
 * Open at once (a trusted host, or one the school added such as its own website), ask the lead
 * first (any other safe https host), or refuse.
 */
export function decideExternalLink(value: unknown, extraHosts: readonly string[] = []): ExternalLinkDecision {
  if (!isSafeExternalUrl(value)) return { action: 'refuse' };
  const url = new URL(value);
  const host = hostOf(url);
  const trusted = [...TRUSTED_LINK_HOSTS, ...extraHosts.map((h) => h.toLowerCase().replace(/\.$/, ''))].some((t) => t !== '' && (host === t || host.endsWith(`.${t}`)));
  return { action: trusted ? 'open' : 'confirm', url: url.href, host };
}
