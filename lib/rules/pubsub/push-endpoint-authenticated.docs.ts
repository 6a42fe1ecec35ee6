import type { RuleDocs } from '../rule-docs';
import { PUBSUB_DOCS } from './_sources';

const design = (oidc: boolean) => ({
  queuewright: 2,
  nodes: [
    { kind: 'pubsub-topic', id: 'signups' },
    {
      kind: 'pubsub-subscription',
      id: 'welcome-mail',
      deliveryType: 'push',
      pushConfig: { pushEndpoint: 'https://mailer.example.com/push', ...(oidc ? { oidcServiceAccountEmail: 'pubsub-push@example.iam.gserviceaccount.com' } : {}) },
    },
    { kind: 'consumer-group', id: 'mailer' },
  ],
  connections: [
    { from: 'signups', to: 'welcome-mail' },
    { from: 'welcome-mail', to: 'mailer' },
  ],
});

/** The docs and examples of `pubsub/push-endpoint-authenticated`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A push subscription POSTs each message to an HTTPS endpoint. With authentication configured, Pub/Sub signs a JWT (an OIDC token for the chosen service account) and sends it in the Authorization header; the endpoint, or Cloud Run and Cloud Functions in front of it, verifies it. Without it the endpoint has to accept anonymous requests, and anyone who finds the URL can inject messages the handler will treat as real events.',
  howToFix:
    'Set a service account for push authentication (Terraform push_config.oidc_token.service_account_email; gcloud --push-auth-service-account) and verify the token at the endpoint, or let Cloud Run or Cloud Functions require authentication.',
  sources: [PUBSUB_DOCS.pushAuthentication, PUBSUB_DOCS.pushSubscriptions],
  examples: { failing: design(false), passing: design(true) },
};
