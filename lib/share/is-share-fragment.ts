/**
 * Whether a URL fragment looks like a share link of any version (`#v<n>.`),
 * so the studio should try to open it. Kept apart from the codec so the
 * studio can check the address bar without loading the decompressor.
 */
export function isShareFragment(fragment: string): boolean {
  return /^#?v\d{1,6}\./.test(fragment);
}
