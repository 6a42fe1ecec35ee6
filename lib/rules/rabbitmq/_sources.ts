/**
 * The primary sources the RabbitMQ rules cite (keys of the rule catalog, §9:
 * rabbitmq/rabbitmq-website, rendered at https://www.rabbitmq.com/docs/…).
 * One list, so a moved page is fixed in one place.
 */
const docs = (label: string, path: string) => ({ label: `RabbitMQ docs: ${label}`, url: `https://www.rabbitmq.com/docs/${path}` });

export const RMQ_SOURCES = {
  /** [RMQ-CONF] */
  confirms: docs('consumer acknowledgements and publisher confirms', 'confirms'),
  confirmsPublisher: docs('publisher confirms and guaranteed delivery', 'confirms#publisher-confirms-and-guaranteed-delivery'),
  confirmsAckModes: docs('acknowledgement modes', 'confirms#acknowledgement-modes'),
  confirmsPrefetch: docs('channel prefetch and throughput', 'confirms#channel-qos-prefetch-throughput'),
  confirmsRequeue: docs('negative acknowledgement and requeueing', 'confirms#consumer-nacks-requeue'),
  /** [RMQ-CONS] */
  consumers: docs('consumers', 'consumers'),
  consumerTimeout: docs('delivery acknowledgement timeout', 'consumers#acknowledgement-timeout'),
  singleActiveConsumer: docs('single active consumer', 'consumers#single-active-consumer'),
  /** [RMQ-QUEUES] */
  queues: docs('queues', 'queues'),
  queueDurability: docs('queue durability', 'queues#durability'),
  queueNames: docs('queue names', 'queues#names'),
  queueOrdering: docs('message ordering', 'queues#message-ordering'),
  queueRuntime: docs('queue runtime characteristics', 'queues#runtime-characteristics'),
  /** [RMQ-QQ] */
  quorumQueues: docs('quorum queues', 'quorum-queues'),
  quorumFeatures: docs('quorum queue feature matrix', 'quorum-queues#feature-matrix'),
  quorumPoison: docs('quorum queues: poison message handling', 'quorum-queues#poison-message-handling'),
  quorumDeadLettering: docs('quorum queues: dead lettering', 'quorum-queues#dead-lettering'),
  quorumRequirements: docs('quorum queues: quorum requirements', 'quorum-queues#quorum-requirements'),
  quorumReplicationFactor: docs('quorum queues: controlling the initial replication factor', 'quorum-queues#replication-factor'),
  quorumGlobalQos: docs('quorum queues: global QoS', 'quorum-queues#global-qos'),
  quorumUseCases: docs('quorum queues: use cases', 'quorum-queues#use-cases'),
  /** [RMQ-DLX] */
  deadLetter: docs('dead letter exchanges', 'dlx'),
  /** [RMQ-TTL] */
  ttl: docs('time-to-live and expiration', 'ttl'),
  /** [RMQ-MAXLEN] */
  maxLength: docs('queue length limit', 'maxlength'),
  /** [RMQ-AE] */
  alternateExchange: docs('alternate exchanges', 'ae'),
  /** [RMQ-EXCH] */
  exchanges: docs('exchanges', 'exchanges'),
  exchangeDurability: docs('exchange durability', 'exchanges#durability'),
  /** [RMQ-PUB] */
  publishers: docs('publishers', 'publishers'),
  unroutable: docs('publishers: unroutable messages', 'publishers#unroutable'),
  /** [RMQ-PROD] */
  productionChecklist: docs('production deployment guidelines', 'production-checklist'),
  /** [RMQ-STREAMS] */
  streams: docs('streams', 'streams'),
  streamRetention: docs('streams: data retention', 'streams#retention'),
  streamFeatures: docs('streams: feature comparison', 'streams#feature-comparison'),
  /** [RMQ-PRIO] */
  priority: docs('priority queues', 'priority'),
  /** [RMQ-CQ] */
  classicQueues: docs('classic queues', 'classic-queues'),
  /** [RMQ-LAZY] */
  lazyQueues: docs('lazy queues', 'lazy-queues'),
  /** Heartbeats */
  heartbeats: docs('detecting dead TCP connections with heartbeats', 'heartbeats'),
  /** Clustering */
  clustering: docs('clustering', 'clustering'),
  /** [RMQ-DEPR] */
  deprecatedFeatures: { label: 'RabbitMQ: deprecated features list', url: 'https://www.rabbitmq.com/release-information/deprecated-features-list' },
  /** [RMQ-T5] */
  tutorialTopics: { label: 'RabbitMQ tutorial 5: topics', url: 'https://www.rabbitmq.com/tutorials/tutorial-five-java' },
  /** Broker source for routing and dead lettering */
  topicExchangeSource: {
    label: 'RabbitMQ source: rabbit_db_topic_exchange.erl',
    url: 'https://github.com/rabbitmq/rabbitmq-server/blob/main/deps/rabbit/src/rabbit_db_topic_exchange.erl',
  },
  deadLetterSource: {
    label: 'RabbitMQ source: rabbit_dead_letter.erl',
    url: 'https://github.com/rabbitmq/rabbitmq-server/blob/main/deps/rabbit/src/rabbit_dead_letter.erl',
  },
} as const;
