/** Share links: a design in the URL fragment, versioned, compressed, bounded and checked. */
export { decodeShareFragment, encodeShareFragment, isShareFragment, MAX_FRAGMENT_CHARS, MAX_INFLATED_BYTES, SHARE_PREFIX, SHARE_VERSION } from './share-link';
export type { ShareDecodeResult, ShareErrorCode } from './share-link';
export { linkReach, SAFE_LINK_CHARS, SHORT_LINK_CHARS, shareUrl, type ShareMode } from './share-url';
