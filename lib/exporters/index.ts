import { artemisBrokerXmlExporter } from './artemis-broker-xml';
import { asyncapiExporter } from './asyncapi';
import { bicepServicebusExporter } from './bicep-servicebus';
import { cloudformationExporter } from './cloudformation';
import { designJsonExporter } from './design-json';
import { designYamlExporter } from './design-yaml';
import { diagramSvgExporter } from './diagram-svg';
import { dockerComposeExporter } from './docker-compose';
import { gcloudPubsubExporter } from './gcloud-pubsub';
import { pulsarAdminExporter } from './pulsar-admin';
import { terraformPulsarExporter } from './terraform-pulsar';
import { julieOpsExporter } from './julie-ops';
import { kafkaClientPropertiesExporter } from './kafka-client-properties';
import { kafkaConnectExporter } from './kafka-connect';
import { kafkaScriptsExporter } from './kafka-scripts';
import { markdownReportExporter } from './markdown-report';
import { natsJetstreamExporter } from './nats-jetstream';
import { rabbitmqDefinitionsExporter } from './rabbitmq-definitions';
import { rabbitmqadminExporter } from './rabbitmqadmin';
import { solutionBriefJsonExporter, solutionBriefYamlExporter } from './solution-brief';
import { strimziExporter, strimziV1beta2Exporter } from './strimzi';
import { terraformKafkaExporter } from './terraform-kafka';
import { terraformPubsubExporter } from './terraform-pubsub';
import { terraformRabbitmqExporter } from './terraform-rabbitmq';
import { terraformServicebusExporter } from './terraform-servicebus';
import { topicctlExporter } from './topicctl';
import type { Exporter } from './exporter';

export type { Exporter, ExportFile, ExportResult, ExportError } from './exporter';

/** Every export format, in the order the export dialog lists them. */
export const EXPORTERS: readonly Exporter[] = [
  designJsonExporter,
  designYamlExporter,
  asyncapiExporter,
  rabbitmqDefinitionsExporter,
  rabbitmqadminExporter,
  terraformRabbitmqExporter,
  natsJetstreamExporter,
  artemisBrokerXmlExporter,
  kafkaScriptsExporter,
  kafkaClientPropertiesExporter,
  kafkaConnectExporter,
  strimziExporter,
  strimziV1beta2Exporter,
  topicctlExporter,
  julieOpsExporter,
  terraformKafkaExporter,
  cloudformationExporter,
  terraformPubsubExporter,
  gcloudPubsubExporter,
  pulsarAdminExporter,
  terraformPulsarExporter,
  terraformServicebusExporter,
  bicepServicebusExporter,
  dockerComposeExporter,
  solutionBriefJsonExporter,
  solutionBriefYamlExporter,
  markdownReportExporter,
  diagramSvgExporter,
];

export function exporterById(id: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.id === id);
}
