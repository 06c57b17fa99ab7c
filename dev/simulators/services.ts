// A service as both simulators sell it, and its "API v2" wire form (`action=services`),
// which panels and providers share.

export interface SimService {
  id: number;
  name: string;
  category: string;
  /** Price per 1000. */
  rate: number;
  min: number;
  max: number;
  refill: boolean;
  /** Undefined = the flag is left out of the answer, as older panels and providers do. */
  cancel?: boolean;
  /** Non-standard `average_time` in minutes; sent only when known. */
  averageTimeMinutes?: number | null;
}

/** Real panels send numbers as strings; flags as JSON booleans. */
export function serviceWire(s: SimService): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    service: s.id,
    name: s.name,
    type: 'Default',
    category: s.category,
    rate: s.rate.toFixed(2),
    min: String(s.min),
    max: String(s.max),
    refill: s.refill,
  };
  if (s.cancel !== undefined) wire.cancel = s.cancel;
  if (s.averageTimeMinutes != null) wire.average_time = s.averageTimeMinutes;
  return wire;
}
