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
