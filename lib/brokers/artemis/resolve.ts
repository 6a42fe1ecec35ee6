import type { ArtemisAddressNode } from '../../design';
import { fill, type Resolvers, type SourceLog } from '../resolver';
import { ARTEMIS_ADDRESS_SETTINGS_DEFAULTS, type ArtemisAddressSettingsDefaults } from './address-settings-defaults';

/** An Artemis address's address-settings as the broker applies them (address-settings-defaults.ts). */

export type ResolvedArtemisAddress = Omit<ArtemisAddressNode, 'settings'> & { settings: ArtemisAddressNode['settings'] & ArtemisAddressSettingsDefaults };

function resolveArtemisAddress(node: ArtemisAddressNode, sources: SourceLog): ResolvedArtemisAddress {
  const { values, source } = ARTEMIS_ADDRESS_SETTINGS_DEFAULTS;
  return { ...node, settings: fill(node.settings, values, source, 'settings.', sources) };
}

export const ARTEMIS_RESOLVERS = {
  'artemis-address': resolveArtemisAddress,
} satisfies Resolvers;
