import type { ArtemisAddressSettings } from '../../design';
import type { SettingSource } from '../source';
import { ARTEMIS_DOCS } from './docs';

/**
 * What Artemis uses for the address settings an address leaves unset (AddressSettings.java's
 * DEFAULT_* constants, and the documentation's tables). A broker created with `artemis create`
 * writes a catch-all `<address-setting match="#">` with a DLQ and an ExpiryQueue, but that is that
 * tool's starting file, not the broker's default: a broker.xml without it has no dead-letter address.
 * `max-redelivery-delay` defaults to redelivery-delay × 10, so it is derived, not listed here.
 */
export interface ArtemisAddressSettingsDefaults {
  'max-delivery-attempts': number;
  'redelivery-delay': number;
  'redelivery-delay-multiplier': number;
  'address-full-policy': NonNullable<ArtemisAddressSettings['address-full-policy']>;
  'max-size-bytes': number;
  'max-size-messages': number;
  'default-last-value-queue': boolean;
  'default-exclusive-queue': boolean;
  'default-group-rebalance': boolean;
}

export const ARTEMIS_ADDRESS_SETTINGS_DEFAULTS: { values: ArtemisAddressSettingsDefaults; source: SettingSource } = {
  values: {
    'max-delivery-attempts': 10,
    'redelivery-delay': 0,
    'redelivery-delay-multiplier': 1,
    'address-full-policy': 'PAGE',
    'max-size-bytes': -1,
    'max-size-messages': -1,
    'default-last-value-queue': false,
    'default-exclusive-queue': false,
    'default-group-rebalance': false,
  },
  source: { origin: 'broker', label: 'Artemis default', url: ARTEMIS_DOCS.addressSettings.url },
};

/** The redelivery delay Artemis stops growing at when `max-redelivery-delay` is unset. */
export function effectiveMaxRedeliveryDelay(settings: { 'redelivery-delay': number; 'max-redelivery-delay'?: number }): number {
  return settings['max-redelivery-delay'] ?? settings['redelivery-delay'] * 10;
}
