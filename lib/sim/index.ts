/** Simulation of a design: the engine, its scenarios and its report. */
export { simulate, createSimulation } from './simulate';
export { Simulation, NOT_MODELLED, type SimOptions } from './simulator';
export { parseScenario, SimInputError, SCENARIO_NAMES, SCENARIO_HELP, type ScenarioName, type ScenarioStep } from './scenario';
export type { SimReport, SimResult, SimSeries, PathReport, StationReport, LatencyStats } from './report';
export { mmc, erlangC, type QueueingResult } from './queueing-formulas';
export { fitLognormal, lognormalMean } from './lognormal';
export { capacityFigures, stationRates, TARGET_UTILISATION, type CapacityFigure } from './capacity';
export { costNeeds, type DesignCostNeeds } from './cost-needs';
