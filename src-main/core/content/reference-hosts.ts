// The one list of places a reference may not point to, each with why. A practitioner who
// clicks a citation must land on the publisher, PubMed, a regulator or a guideline body,
// not on a copy whose provenance, completeness and legality nobody can vouch for.
// Add an entry here, with its reason, instead of special-casing a host anywhere else.

export interface DeniedHost {
  /** A registrable domain: matches it and every subdomain ("scribd.com" also refuses "pt.scribd.com"). */
  domain?: string
  /** Matched against the host name, for families of hosts (staging.*, *.platformsh.site). */
  hostPattern?: RegExp
  /** Matched against the whole address, for proxies that hide the real target in the path or query. */
  urlPattern?: RegExp
  why: string
}

const DUMP = 'document dump: user-uploaded copies of articles and books, unverifiable and often infringing'
const PIRATE = 'pirate library: unlicensed copy of a published book; cite the book and its publisher instead'
const MIRROR = 'unofficial mirror or backup of a journal site; cite the article itself'

export const DENIED_HOSTS: readonly DeniedHost[] = [
  { domain: 'scribd.com', why: DUMP },
  { domain: 'docslib.org', why: DUMP },
  { domain: 'doczz.net', why: DUMP },
  { domain: 'abcdocz.com', why: DUMP },
  { domain: '123docz.net', why: DUMP },
  { domain: 'vdocuments.site', why: DUMP },
  { domain: 'vdocuments.us', why: DUMP },
  { domain: 'vdocuments.mx', why: DUMP },
  { domain: 'studylib.net', why: DUMP },
  { domain: 'studyres.com', why: DUMP },
  { domain: 'kipdf.com', why: DUMP },
  { domain: 'docksci.com', why: DUMP },
  { domain: 'readkong.com', why: DUMP },
  { domain: 'zanotowane.pl', why: DUMP },
  { domain: 'dokumen.pub', why: DUMP },
  { domain: 'idoc.pub', why: DUMP },
  { domain: 'manualshive.com', why: 'manual dump: unofficial copies of device manuals; cite the manufacturer or the regulator' },
  { domain: 'easymanua.ls', why: 'manual dump: unofficial copies of device manuals; cite the manufacturer or the regulator' },
  { domain: 'download.skyscape.com', why: 'raw download of a commercial drug database file, not a page meant to be cited' },
  { domain: 'distantreader.org', why: 'plain-text dump of a research corpus; cite the article' },
  { domain: 'pdfdrive.to', why: PIRATE },
  { domain: 'pdfdrive.com', why: PIRATE },
  { domain: 'libgen.is', why: PIRATE },
  { domain: 'sci-hub.se', why: PIRATE },
  { domain: 'z-lib.org', why: PIRATE },
  { domain: 'plasticsurgerykey.com', why: PIRATE },
  { domain: 'clinicalgate.com', why: PIRATE },
  { domain: 'basicmedicalkey.com', why: PIRATE },
  { domain: 'uqu-sa.net', why: PIRATE },
  { hostPattern: /(^|\.)skin-disease-care\./, why: PIRATE },
  { domain: 'bibliobeauty.ru', why: 'unlicensed reproduction of a journal abstract; cite the journal' },
  { domain: 'mussenhealth.us', why: PIRATE },
  { domain: '78stepshealth.us', why: PIRATE },
  { hostPattern: /(^|\.)(staging|stage|dev|develop|test|sit|uat)[.-]/, why: 'staging or development host: not the published site, may change or vanish' },
  { hostPattern: /(^|\.)develop-[a-z0-9-]+\./, why: 'staging or development host: not the published site, may change or vanish' },
  { hostPattern: /(^|\.)platformsh\.site$|(^|\.)platform\.sh$/, why: 'Platform.sh development environment, not the published site' },
  { domain: 'mimsdev.com', why: 'MIMS development server, not the published drug information' },
  { domain: 'azurewebsites.net', why: "raw cloud deployment host, not the publisher's own address" },
  { domain: 'mybluehost.me', why: MIRROR },
  { domain: 'bwcbuildout.com', why: MIRROR },
  { domain: 'article-directory.us', why: 'content farm re-publishing text without authorship' },
  { domain: 'suppr.wilddata.cn', why: 'machine-translation mirror of PubMed; cite PubMed' },
  { domain: 'vukou.com', why: 'proxy mirror of PubMed; cite PubMed' },
  { domain: 'clevelandohioweatherforecast.com', why: 'open web proxy unrelated to the source it relays' },
  {
    urlPattern: /php-?proxy|\/proxy\/|[?&](q|u|url)=https?(%3A|:)/i,
    why: 'web proxy: the address relays another site, whose identity the reader cannot check',
  },
]

function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`)
}

/** The denylist entry an address falls under, if any. */
export function deniedHost(url: URL): DeniedHost | undefined {
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  return DENIED_HOSTS.find(
    (d) =>
      (d.domain !== undefined && hostMatches(host, d.domain)) ||
      (d.hostPattern !== undefined && d.hostPattern.test(host)) ||
      (d.urlPattern !== undefined && d.urlPattern.test(url.href)),
  )
}
