// Which IP addresses a fetch may connect to: public unicast only, unless private addresses are allowed.
// Odd IPv4 notations (2852039166, 0251.0376.0251.0376, 0xa9fea9fe) are normalised by the WHATWG URL parser
// before they reach us; we still parse them here so that a resolver answer or a raw host string is judged
// by the address it really means.
import { isIPv4, isIPv6 } from 'node:net';

/** Why an address is not public, or null when it is. */
export function blockedReason(address: string): string | null {
  const host = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const v4 = parseIPv4(host);
  if (v4 !== null) return ipv4Reason(v4);
  if (isIPv6(host)) return ipv6Reason(host);
  return null;
}

/**
 * Parses an IPv4 address in any notation inet_aton accepts: 1 to 4 parts, each decimal, octal (leading 0)
 * or hex (0x). Returns the address as an unsigned 32-bit number, or null when the string is not one.
 */
export function parseIPv4(s: string): number | null {
  if (isIPv4(s)) return s.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
  const parts = s.split('.');
  if (parts.length < 1 || parts.length > 4) return null;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0x[0-9a-f]*$/iu.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]+$/u.test(p)) n = parseInt(p, 8);
    else if (/^(?:0|[1-9][0-9]*)$/u.test(p)) n = Number(p);
    else return null;
    nums.push(n);
  }
  const last = nums.pop()!;
  if (nums.some((n) => n > 255)) return null;
  const restBits = 8 * (4 - nums.length);
  if (last >= 2 ** restBits) return null;
  let value = 0;
  for (const n of nums) value = value * 256 + n;
  return value * 2 ** restBits + last;
}

const V4_BLOCKS: Array<[string, number, string]> = [
  ['0.0.0.0', 8, 'unspecified/this network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local/metadata'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved/broadcast'],
];
const V4_RANGES = V4_BLOCKS.map(([base, bits, why]) => {
  const size = 2 ** (32 - bits);
  const start = parseIPv4(base)!;
  return { start, end: start + size - 1, why };
});

function ipv4Reason(n: number): string | null {
  for (const r of V4_RANGES) if (n >= r.start && n <= r.end) return `${r.why} address`;
  return null;
}

/** Expands an IPv6 string (with an optional embedded IPv4 tail) into eight 16-bit groups. */
export function ipv6Groups(s: string): number[] | null {
  let text = s.toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  const lastColon = text.lastIndexOf(':');
  const maybeV4 = text.slice(lastColon + 1);
  if (maybeV4.includes('.')) {
    // Rewrite an embedded dotted IPv4 tail as two hex groups, then parse as plain IPv6.
    const v4 = isIPv4(maybeV4) ? parseIPv4(maybeV4) : null;
    if (v4 === null) return null;
    text = `${text.slice(0, lastColon + 1)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (h: string) => (h === '' ? [] : h.split(':').map((g) => (/^[0-9a-f]{1,4}$/u.test(g) ? parseInt(g, 16) : NaN)));
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  let groups = head;
  if (halves.length === 2) {
    const fill = 8 - head.length - rest.length;
    if (fill < 1) return null;
    groups = [...head, ...new Array<number>(fill).fill(0), ...rest];
  }
  if (groups.length !== 8 || groups.some((g) => Number.isNaN(g))) return null;
  return groups;
}

function ipv6Reason(s: string): string | null {
  const g = ipv6Groups(s);
  if (!g) return 'unparseable IPv6 address';
  const allZeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (allZeroUpTo(8)) return 'unspecified address';
  if (allZeroUpTo(7) && g[7] === 1) return 'loopback address';
  const embedded = g[6] * 65536 + g[7];
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64): judge the IPv4 inside.
  if (allZeroUpTo(5) && g[5] === 0xffff) return ipv4Reason(embedded) ?? 'IPv4-mapped IPv6 address';
  if (allZeroUpTo(6)) return 'IPv4-compatible IPv6 address';
  if (g[0] === 0x64 && g[1] === 0xff9b) return ipv4Reason(embedded) ?? null;
  if (g[0] === 0x2002) return ipv4Reason(g[1] * 65536 + g[2]) ? '6to4 address of a non-public IPv4' : null;
  if ((g[0] & 0xfe00) === 0xfc00) return 'unique local (private) address';
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local address';
  if ((g[0] & 0xffc0) === 0xfec0) return 'site-local address';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast address';
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'documentation address';
  if (g[0] === 0x100 && g[1] === 0 && g[2] === 0 && g[3] === 0) return 'discard-only address';
  return null;
}
