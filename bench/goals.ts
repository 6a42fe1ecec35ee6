/**
 * Every benchmark metric with its goal; a result over its goal is printed as
 * missed, or under it for the metrics where more is better (`higherIsBetter`).
 */
export const GOALS: Record<string, { goal: number; unit: string; description: string; higherIsBetter?: boolean }> = {
  firstload_js_gzip_kb: { goal: 350, unit: 'kB', description: 'JavaScript the studio route loads first, gzipped' },
  canvas_drag_frame_ms_p95_200_nodes: { goal: 16.7, unit: 'ms', description: 'p95 time from a pointer move to the frame that shows it, dragging a node, 200 nodes' },
  canvas_drag_frame_ms_p95_500_nodes: { goal: 33, unit: 'ms', description: 'same, 500 nodes' },
  rules_rescore_ms_median_200_nodes: { goal: 5, unit: 'ms', description: 'median time to re-run every rule and score a 200-node design' },
  rules_rescore_ms_median_1000_nodes: { goal: 20, unit: 'ms', description: 'same, 1000 nodes' },
  share_link_chars_100_nodes: { goal: 2000, unit: 'chars', description: 'share link length for a 100-node design' },
  share_link_chars_ratio_vs_lzstring: { goal: 0.5, unit: '×', description: "our link length divided by lz-string's of the plain JSON" },
  share_encode_decode_ms_200_nodes: { goal: 5, unit: 'ms', description: 'median encode + decode of a 200-node design' },
  review_recall: { goal: 0.97, unit: '', higherIsBetter: true, description: 'labelled findings of the eval corpus the review raises (npm run eval)' },
  review_precision: { goal: 0.97, unit: '', higherIsBetter: true, description: 'error and warning findings of the review that the eval corpus labels expect (npm run eval)' },
  share_open_ms_10000_nodes: { goal: 3000, unit: 'ms', description: 'opening a 10,000-node share link in Chromium until the canvas and the score show (studio and review, the slower)' },
  audit_ms_1000_resources: { goal: 10_000, unit: 'ms', description: 'queuewright audit of a 1,000-topic design against a local Kafka 4.x broker running those topics, median of three' },
  cli_lint_ms_10_nodes: { goal: 300, unit: 'ms', description: 'queuewright lint of a 10-node design, whole process, median' },
  // Measured as a user meets them (bench/README.md says what each older key above leaves out).
  firstload_js_gzip_kb_downloaded: { goal: 300, unit: 'kB', description: 'JavaScript Chromium downloads until the studio is interactive, and in the second after, gzipped' },
  rules_rescore_ms_realistic_1000_nodes: { goal: 10, unit: 'ms', description: 'median re-review after a one-node edit of a 1,000-node design made of the eval corpus, warm' },
  rules_rescore_ms_realistic_10000_nodes: { goal: 100, unit: 'ms', description: 'same, 10,000 nodes (linear: ten times the 1,000-node goal)' },
  canvas_drag_input_to_frame_ms_p95_500_nodes: { goal: 16.7, unit: 'ms', description: 'p95 from each pointer event (its timestamp) to the painted frame, dragging a node, drop included, 500 nodes' },
  canvas_drag_input_to_frame_ms_p95_1000_nodes: { goal: 25, unit: 'ms', description: 'same, 1,000 nodes' },
  canvas_pan_input_to_frame_ms_p95_1000_nodes: { goal: 33, unit: 'ms', description: 'same, panning the canvas, 1,000 nodes' },
  import_main_thread_block_ms_max_5000_nodes: { goal: 200, unit: 'ms', description: 'longest main-thread task while a 5,000-node file opens, until its canvas and review show' },
  share_link_chars_realistic_100_nodes: { goal: 1500, unit: 'chars', description: 'share link of a 100-node design made of the eval corpus (notes included)' },
  sim_events_per_s: {
    goal: 5_000_000,
    unit: 'events/s',
    higherIsBetter: true,
    description: 'simulation events per CPU second, 15 simulated seconds of the realistic 200-node design at its declared rates (bench/sim.ts)',
  },
  sim_ms_1h_200_nodes: {
    goal: 2000,
    unit: 'ms',
    description: 'CPU time of a real run of one simulated hour of the realistic 200-node design with the hybrid engine (fluid for busy parts; bench/sim.ts)',
  },
  sim_events_per_s_single_queue: { goal: 5_000_000, unit: 'events/s', higherIsBetter: true, description: 'simulation events per CPU second on one M/M/4 queue at 90 % load: the engine alone' },
  sim_main_thread_block_ms_max: {
    goal: 50,
    unit: 'ms',
    description: 'longest main-thread task (over 50 ms; 0 = none) while the studio simulates the realistic 200-node design, from Run until the report and charts show (bench/sim-block.ts)',
  },
  share_link_ratio_vs_lzstring_same_input: { goal: 0.35, unit: '×', description: "our payload divided by lz-string's of the same compact design file" },
};

/** Whether `value` meets the goal of `metric` (a metric without a goal always does). */
export function meetsGoal(metric: string, value: number): boolean {
  const goal = GOALS[metric];
  if (!goal) return true;
  return goal.higherIsBetter ? value >= goal.goal : value <= goal.goal;
}
