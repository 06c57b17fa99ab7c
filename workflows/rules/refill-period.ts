// The refill period a service promises: read from its name, unless the tenant overrides it
// for that service. Names are written by hand on thousands of panels, so the reading is
// strict about what counts as a window: a number is a period only when it sits right next
// to a refill word (`30 Days Refill`, `Refill: 30D`, `R30`), never on its own (`7 Days`
// is often a subscription length, `1-5 Days` a delivery time).
import type { RefillOverride, RefillPeriod, ServiceInfo } from './types.js';

/** Longer "windows" are read as typos or quantities, not as a promise. */
const MAX_DAYS = 3650;

const REFILL = String.raw`(?:auto[\s\-]*)?refi+l+`;
/** Words that promise restoring drops for a time (`garansi`: Indonesian panels). */
const PROMISE_WORD = String.raw`(?:${REFILL}|guarant(?:ee|eed|y)|warrant(?:y|ee)|garansi)`;
const PROMISE = String.raw`(?:${PROMISE_WORD}|♻)`;
const UNIT = String.raw`(?:days?|d[ií]as?|hari|d|weeks?|wks?|w|months?|mos?|years?|yrs?|y)`;
const FOREVER = String.raw`(?:life[\s\-]*time|∞|forever|permanent|unlimited|infinit[ey])`;
/** A number that is not the tail of another number or of a range such as `1-5`. */
const NUMBER_START = String.raw`(?<![a-z\d.,/]|\d\s*(?:-|~|to)\s*)`;
const BETWEEN = String.raw`\s*[:=\-(\[]*\s*`;

// Any of these denies refill, wherever it stands in the name.
const DENIALS: readonly RegExp[] = [
  new RegExp(String.raw`(?<![a-z])(?:no|non|without|zero|tanpa|w/o)[\s_\-]*${PROMISE_WORD}`, 'u'),
  new RegExp(String.raw`${REFILL}\s*[:=]\s*(?:no(?!\s*-?\s*drop)|none|n/a|off|false)(?![a-z\d])`, 'u'),
  new RegExp(String.raw`${REFILL}\s*(?:is\s*)?not\s*(?:available|possible|included|supported)`, 'u'),
  new RegExp(String.raw`[❌⛔✖✗🚫]\s*${REFILL}|${REFILL}\s*[❌⛔✖✗🚫]`, 'u'),
];

// Finite windows: group 1 is the number, group 2 the unit (absent means days).
const WINDOWS: readonly RegExp[] = [
  // Refill: 30D, REFILL30 DAYS, Refill (30 Days), Guarantee 30 days, ♻️ 30 Days, [Refill 30]
  new RegExp(
    String.raw`${PROMISE}(?:\s*(?:time|period|window|guarantee|warranty|days?))?${BETWEEN}(\d{1,4})(?:\s*(${UNIT})(?![a-z])|(?=\s*(?:$|[\])|,;])))`,
    'gu',
  ),
  // 30 Days Refill, 30D Refill, 30-Day Auto-Refill, 60 Days Guarantee, 30 Days ♻️
  new RegExp(String.raw`${NUMBER_START}(\d{1,4})\s*-?\s*(${UNIT})(?![a-z])\s*-?\s*${PROMISE}`, 'gu'),
  // R30, [R365], AR30, AUTO R30, R-30 (not PR300 or HR30)
  new RegExp(String.raw`(?<![a-z\d])a?r[\-\s]?(\d{1,4})(?:\s*(${UNIT}))?(?![a-z\d%])`, 'gu'),
  // G60 (guarantee); two digits at least, so `G2` stays a brand
  new RegExp(String.raw`(?<![a-z\d])g-?(\d{2,4})(?:\s*(${UNIT}))?(?![a-z\d%])`, 'gu'),
];

// Lifetime said next to a refill word: as strong as a finite window.
const LIFETIMES: readonly RegExp[] = [
  new RegExp(String.raw`${FOREVER}\s*-?\s*${PROMISE_WORD}`, 'gu'),
  new RegExp(String.raw`${PROMISE}${BETWEEN}${FOREVER}`, 'gu'),
  new RegExp(String.raw`(?<![a-z\d])a?r[\-\s]?${FOREVER}`, 'gu'),
];

// `Lifetime` alone still promises no end, but yields to a window stated next to it.
const LIFETIME_WORD = /(?<![a-z])life[\s-]*time/u;

/** The refill period a service name states; `unstated` when it names none. */
export function parseRefillPeriod(serviceName: string): RefillPeriod {
  const text = normalise(serviceName);
  if (DENIALS.some((re) => re.test(text))) return { kind: 'none' };

  const readings: Array<{ at: number; period: RefillPeriod }> = [];
  for (const re of WINDOWS) {
    for (const m of text.matchAll(re)) {
      const days = Number(m[1]) * unitDays(m[2]);
      if (days === 0) return { kind: 'none' }; // R0, 0 Days Refill
      if (days <= MAX_DAYS) readings.push({ at: m.index, period: { kind: 'days', days } });
    }
  }
  for (const re of LIFETIMES) {
    for (const m of text.matchAll(re)) readings.push({ at: m.index, period: { kind: 'lifetime' } });
  }
  // Two stated periods: the first one in the name is the one customers read first.
  readings.sort((a, b) => a.at - b.at);
  const first = readings[0];
  if (first) return first.period;
  return LIFETIME_WORD.test(text) ? { kind: 'lifetime' } : { kind: 'unstated' };
}

/**
 * The period that applies to a service: the tenant's override for its ID wins, then a
 * service without the refill flag has none, then its name decides.
 */
export function resolveRefillPeriod(
  service: ServiceInfo,
  overrides: Record<string, RefillOverride>,
): RefillPeriod {
  const key = String(service.id);
  const override = Object.hasOwn(overrides, key) ? overrides[key] : undefined;
  if (override !== undefined) return fromOverride(override);
  if (!service.refill) return { kind: 'none' };
  return parseRefillPeriod(service.name);
}

function fromOverride(override: RefillOverride): RefillPeriod {
  if (override === 'lifetime') return { kind: 'lifetime' };
  if (override === 'none') return { kind: 'none' };
  // A window of zero days (or less) is no window at all.
  return Number.isFinite(override) && override > 0 ? { kind: 'days', days: override } : { kind: 'none' };
}

function normalise(name: string): string {
  return (
    name
      // Mathematical bold/italic letters, fullwidth digits and the like become plain ASCII.
      .normalize('NFKC')
      .replace(/[\uFE0E\uFE0F\u200B-\u200D\u2060]/g, '')
      .toLowerCase()
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      // A leading service ID (`1223 - `, `[1386]`) and `#3287` references are not periods.
      .replace(/^\s*(?:[[(]\s*#?\d+\s*[\])]|#?\d+\s*[-|:.)](?=\s))/, ' ')
      .replace(/#\d+/g, ' ')
  );
}

function unitDays(unit: string | undefined): number {
  switch (unit?.[0]) {
    case 'w':
      return 7;
    case 'm':
      return 30;
    case 'y':
      return 365;
    default:
      return 1;
  }
}
