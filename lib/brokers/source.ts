/**
 * Where an effective setting comes from. The review judges the effective
 * value; the inspector shows the source beside it ("set in design",
 * "Java client 3.7 default", "cluster config", "broker default").
 */
export type SettingOrigin = 'design' | 'client' | 'cluster' | 'broker';

export interface SettingSource {
  origin: SettingOrigin;
  /** In words, e.g. `Java client (kafka-clients) 3.7 default`. */
  label: string;
  /** The documentation that states the default, for the inspector's link. */
  url?: string;
}

export const SET_IN_DESIGN: SettingSource = { origin: 'design', label: 'set in design' };

/** One row of a defaults table: the value, and the page that documents it. */
export interface DefaultValue<T> {
  value: T;
  url: string;
}

/** An effective value and where it comes from. */
export interface Resolved<T> {
  value: T;
  source: SettingSource;
}
