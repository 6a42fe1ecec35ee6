/**
 * Every setting name Apache Kafka 4.1.1 knows, read from its own ConfigDefs
 * (ProducerConfig, ConsumerConfig and LogConfig in kafka-clients and
 * kafka-storage 4.1.1), plus names older releases knew that designs may
 * still carry. A key outside these is a misspelling or another client's
 * name, which the Java client ignores with a warning: the review reports it.
 */

export const KAFKA_PRODUCER_CONFIGS: ReadonlySet<string> = new Set([
  'acks', 'batch.size', 'bootstrap.servers', 'buffer.memory', 'client.dns.lookup', 'client.id', 'compression.gzip.level', 'compression.lz4.level',
  'compression.type', 'compression.zstd.level', 'connections.max.idle.ms', 'delivery.timeout.ms', 'enable.idempotence', 'enable.metrics.push',
  'interceptor.classes', 'key.serializer', 'linger.ms', 'max.block.ms', 'max.in.flight.requests.per.connection', 'max.request.size',
  'metadata.max.age.ms', 'metadata.max.idle.ms', 'metadata.recovery.rebootstrap.trigger.ms', 'metadata.recovery.strategy', 'metric.reporters',
  'metrics.num.samples', 'metrics.recording.level', 'metrics.sample.window.ms', 'partitioner.adaptive.partitioning.enable',
  'partitioner.availability.timeout.ms', 'partitioner.class', 'partitioner.ignore.keys', 'receive.buffer.bytes', 'reconnect.backoff.max.ms',
  'reconnect.backoff.ms', 'request.timeout.ms', 'retries', 'retry.backoff.max.ms', 'retry.backoff.ms', 'sasl.client.callback.handler.class',
  'sasl.jaas.config', 'sasl.kerberos.kinit.cmd', 'sasl.kerberos.min.time.before.relogin', 'sasl.kerberos.service.name',
  'sasl.kerberos.ticket.renew.jitter', 'sasl.kerberos.ticket.renew.window.factor', 'sasl.login.callback.handler.class', 'sasl.login.class',
  'sasl.login.connect.timeout.ms', 'sasl.login.read.timeout.ms', 'sasl.login.refresh.buffer.seconds', 'sasl.login.refresh.min.period.seconds',
  'sasl.login.refresh.window.factor', 'sasl.login.refresh.window.jitter', 'sasl.login.retry.backoff.max.ms', 'sasl.login.retry.backoff.ms',
  'sasl.mechanism', 'sasl.oauthbearer.assertion.algorithm', 'sasl.oauthbearer.assertion.claim.aud', 'sasl.oauthbearer.assertion.claim.exp.seconds',
  'sasl.oauthbearer.assertion.claim.iss', 'sasl.oauthbearer.assertion.claim.jti.include', 'sasl.oauthbearer.assertion.claim.nbf.seconds',
  'sasl.oauthbearer.assertion.claim.sub', 'sasl.oauthbearer.assertion.file', 'sasl.oauthbearer.assertion.private.key.file',
  'sasl.oauthbearer.assertion.private.key.passphrase', 'sasl.oauthbearer.assertion.template.file', 'sasl.oauthbearer.client.credentials.client.id',
  'sasl.oauthbearer.client.credentials.client.secret', 'sasl.oauthbearer.clock.skew.seconds', 'sasl.oauthbearer.expected.audience',
  'sasl.oauthbearer.expected.issuer', 'sasl.oauthbearer.header.urlencode', 'sasl.oauthbearer.jwks.endpoint.refresh.ms',
  'sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms', 'sasl.oauthbearer.jwks.endpoint.retry.backoff.ms', 'sasl.oauthbearer.jwks.endpoint.url',
  'sasl.oauthbearer.jwt.retriever.class', 'sasl.oauthbearer.jwt.validator.class', 'sasl.oauthbearer.scope', 'sasl.oauthbearer.scope.claim.name',
  'sasl.oauthbearer.sub.claim.name', 'sasl.oauthbearer.token.endpoint.url', 'security.protocol', 'security.providers', 'send.buffer.bytes',
  'socket.connection.setup.timeout.max.ms', 'socket.connection.setup.timeout.ms', 'ssl.cipher.suites', 'ssl.enabled.protocols',
  'ssl.endpoint.identification.algorithm', 'ssl.engine.factory.class', 'ssl.key.password', 'ssl.keymanager.algorithm',
  'ssl.keystore.certificate.chain', 'ssl.keystore.key', 'ssl.keystore.location', 'ssl.keystore.password', 'ssl.keystore.type', 'ssl.protocol',
  'ssl.provider', 'ssl.secure.random.implementation', 'ssl.trustmanager.algorithm', 'ssl.truststore.certificates', 'ssl.truststore.location',
  'ssl.truststore.password', 'ssl.truststore.type', 'transaction.timeout.ms', 'transaction.two.phase.commit.enable', 'transactional.id',
  'value.serializer',
]);

export const KAFKA_CONSUMER_CONFIGS: ReadonlySet<string> = new Set([
  'allow.auto.create.topics', 'auto.commit.interval.ms', 'auto.offset.reset', 'bootstrap.servers', 'check.crcs', 'client.dns.lookup', 'client.id',
  'client.rack', 'connections.max.idle.ms', 'default.api.timeout.ms', 'enable.auto.commit', 'enable.metrics.push', 'exclude.internal.topics',
  'fetch.max.bytes', 'fetch.max.wait.ms', 'fetch.min.bytes', 'group.id', 'group.instance.id', 'group.protocol', 'group.remote.assignor',
  'heartbeat.interval.ms', 'interceptor.classes', 'isolation.level', 'key.deserializer', 'max.partition.fetch.bytes', 'max.poll.interval.ms',
  'max.poll.records', 'metadata.max.age.ms', 'metadata.recovery.rebootstrap.trigger.ms', 'metadata.recovery.strategy', 'metric.reporters',
  'metrics.num.samples', 'metrics.recording.level', 'metrics.sample.window.ms', 'partition.assignment.strategy', 'receive.buffer.bytes',
  'reconnect.backoff.max.ms', 'reconnect.backoff.ms', 'request.timeout.ms', 'retry.backoff.max.ms', 'retry.backoff.ms',
  'sasl.client.callback.handler.class', 'sasl.jaas.config', 'sasl.kerberos.kinit.cmd', 'sasl.kerberos.min.time.before.relogin',
  'sasl.kerberos.service.name', 'sasl.kerberos.ticket.renew.jitter', 'sasl.kerberos.ticket.renew.window.factor', 'sasl.login.callback.handler.class',
  'sasl.login.class', 'sasl.login.connect.timeout.ms', 'sasl.login.read.timeout.ms', 'sasl.login.refresh.buffer.seconds',
  'sasl.login.refresh.min.period.seconds', 'sasl.login.refresh.window.factor', 'sasl.login.refresh.window.jitter', 'sasl.login.retry.backoff.max.ms',
  'sasl.login.retry.backoff.ms', 'sasl.mechanism', 'sasl.oauthbearer.assertion.algorithm', 'sasl.oauthbearer.assertion.claim.aud',
  'sasl.oauthbearer.assertion.claim.exp.seconds', 'sasl.oauthbearer.assertion.claim.iss', 'sasl.oauthbearer.assertion.claim.jti.include',
  'sasl.oauthbearer.assertion.claim.nbf.seconds', 'sasl.oauthbearer.assertion.claim.sub', 'sasl.oauthbearer.assertion.file',
  'sasl.oauthbearer.assertion.private.key.file', 'sasl.oauthbearer.assertion.private.key.passphrase', 'sasl.oauthbearer.assertion.template.file',
  'sasl.oauthbearer.client.credentials.client.id', 'sasl.oauthbearer.client.credentials.client.secret', 'sasl.oauthbearer.clock.skew.seconds',
  'sasl.oauthbearer.expected.audience', 'sasl.oauthbearer.expected.issuer', 'sasl.oauthbearer.header.urlencode',
  'sasl.oauthbearer.jwks.endpoint.refresh.ms', 'sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms',
  'sasl.oauthbearer.jwks.endpoint.retry.backoff.ms', 'sasl.oauthbearer.jwks.endpoint.url', 'sasl.oauthbearer.jwt.retriever.class',
  'sasl.oauthbearer.jwt.validator.class', 'sasl.oauthbearer.scope', 'sasl.oauthbearer.scope.claim.name', 'sasl.oauthbearer.sub.claim.name',
  'sasl.oauthbearer.token.endpoint.url', 'security.protocol', 'security.providers', 'send.buffer.bytes', 'session.timeout.ms',
  'share.acknowledgement.mode', 'socket.connection.setup.timeout.max.ms', 'socket.connection.setup.timeout.ms', 'ssl.cipher.suites',
  'ssl.enabled.protocols', 'ssl.endpoint.identification.algorithm', 'ssl.engine.factory.class', 'ssl.key.password', 'ssl.keymanager.algorithm',
  'ssl.keystore.certificate.chain', 'ssl.keystore.key', 'ssl.keystore.location', 'ssl.keystore.password', 'ssl.keystore.type', 'ssl.protocol',
  'ssl.provider', 'ssl.secure.random.implementation', 'ssl.trustmanager.algorithm', 'ssl.truststore.certificates', 'ssl.truststore.location',
  'ssl.truststore.password', 'ssl.truststore.type', 'value.deserializer',
]);

export const KAFKA_TOPIC_CONFIGS: ReadonlySet<string> = new Set([
  'cleanup.policy', 'compression.gzip.level', 'compression.lz4.level', 'compression.type', 'compression.zstd.level', 'delete.retention.ms',
  'file.delete.delay.ms', 'flush.messages', 'flush.ms', 'follower.replication.throttled.replicas', 'index.interval.bytes',
  'leader.replication.throttled.replicas', 'local.retention.bytes', 'local.retention.ms', 'max.compaction.lag.ms', 'max.message.bytes',
  'message.timestamp.after.max.ms', 'message.timestamp.before.max.ms', 'message.timestamp.type', 'min.cleanable.dirty.ratio',
  'min.compaction.lag.ms', 'min.insync.replicas', 'preallocate', 'remote.log.copy.disable', 'remote.log.delete.on.disable', 'remote.storage.enable',
  'retention.bytes', 'retention.ms', 'segment.bytes', 'segment.index.bytes', 'segment.jitter.ms', 'segment.ms', 'unclean.leader.election.enable',
  // Removed in 4.0 (KIP-724, KIP-937) but valid on 3.x brokers.
  'message.format.version', 'message.downconversion.enable', 'message.timestamp.difference.max.ms',
]);
