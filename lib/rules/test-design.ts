/**
 * The design builder lives in `lib/design/build-design.ts`. This re-export
 * stays only for tests in `components/` and `cli/` that still import it from
 * here; new code imports `lib/design/build-design`.
 */
export { makeDesign, withWriter, type TestConnection, type TestDesignInput } from '../design/build-design';
