/**
 * Seconds as the ISO 8601 duration Azure writes back for a TimeSpan (`PT1M`, `P14D`, `P1DT2H`),
 * so a deployed entity reads the same as the file and Terraform plans no change.
 */
export function isoDuration(totalSeconds: number): string {
  const days = Math.floor(totalSeconds / 86_400);
  let rest = totalSeconds - days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  if (days === 0 && time === '') return 'PT0S';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** TimeSpan.MaxValue, which Azure writes for "never" (a TTL or idle time that is not set): 10675199 days and more. */
const NEVER_DAYS = 10_675_199;

/**
 * An ISO 8601 duration as Azure and the azurerm provider write it (`PT1M`, `P14D`, `P1DT2H`, `PT0.5S`,
 * `P2W`) as whole seconds; `never` for TimeSpan.MaxValue; undefined when it is not one (years and
 * months have no fixed length, so they are not read).
 */
export function secondsOfIsoDuration(text: string): number | 'never' | undefined {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return undefined;
  const [weeks, days, hours, minutes] = m.slice(1, 5).map((v) => Number(v ?? 0));
  if (weeks * 7 + days >= NEVER_DAYS) return 'never';
  return ((weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60 + Math.floor(Number(m[5] ?? 0));
}
