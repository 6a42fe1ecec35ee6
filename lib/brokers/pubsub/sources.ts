/**
 * The Google Cloud documentation pages Queuewright's Pub/Sub knowledge cites:
 * the kinds' ranges, the defaults, the rules and the export tables. One list,
 * so a moved page is fixed in one place.
 */
const PUBSUB = 'https://cloud.google.com/pubsub/docs';
const REST = `${PUBSUB}/reference/rest/v1`;
const TERRAFORM = 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources';
const GCLOUD = 'https://cloud.google.com/sdk/gcloud/reference/pubsub';

export const PUBSUB_DOCS = {
  subscriptionOverview: { label: 'Pub/Sub subscriptions overview', url: `${PUBSUB}/subscription-overview` },
  subscriptionResource: { label: 'Pub/Sub REST reference: projects.subscriptions', url: `${REST}/projects.subscriptions` },
  topicResource: { label: 'Pub/Sub REST reference: projects.topics', url: `${REST}/projects.topics` },
  resourceNames: { label: 'Pub/Sub resource names', url: `${PUBSUB}/pubsub-basics#resource_names` },
  deadLetterTopics: { label: 'Dead-letter topics (handling message failures)', url: `${PUBSUB}/handling-failures` },
  exactlyOnce: { label: 'Exactly-once delivery', url: `${PUBSUB}/exactly-once-delivery` },
  ordering: { label: 'Order messages', url: `${PUBSUB}/ordering` },
  publishOrderingKeys: { label: 'Use ordering keys to publish a message', url: `${PUBSUB}/publisher#using-ordering-keys` },
  pushSubscriptions: { label: 'Push subscriptions', url: `${PUBSUB}/push` },
  pushAuthentication: { label: 'Authentication for push subscriptions', url: `${PUBSUB}/authenticate-push-subscriptions` },
  subscriptionProperties: { label: 'Subscription properties', url: `${PUBSUB}/subscription-properties` },
  leaseManagement: { label: 'Lease management (ack deadline extension)', url: `${PUBSUB}/lease-management` },
  filtering: { label: 'Filter messages from a subscription', url: `${PUBSUB}/subscription-message-filter` },
  schemas: { label: 'Schemas overview', url: `${PUBSUB}/schemas` },
  terraformTopic: { label: 'Terraform google provider: google_pubsub_topic', url: `${TERRAFORM}/pubsub_topic` },
  terraformSubscription: { label: 'Terraform google provider: google_pubsub_subscription', url: `${TERRAFORM}/pubsub_subscription` },
  terraformSchema: { label: 'Terraform google provider: google_pubsub_schema', url: `${TERRAFORM}/pubsub_schema` },
  gcloudTopicsCreate: { label: 'gcloud pubsub topics create', url: `${GCLOUD}/topics/create` },
  gcloudSubscriptionsCreate: { label: 'gcloud pubsub subscriptions create', url: `${GCLOUD}/subscriptions/create` },
  gcloudSchemasCreate: { label: 'gcloud pubsub schemas create', url: `${GCLOUD}/schemas/create` },
} as const;
