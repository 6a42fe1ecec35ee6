import type { PartRequest, StackPart } from '../compose-part';

/**
 * Microsoft's Service Bus emulator, which keeps its entities in a SQL Server (Azure SQL Edge)
 * beside it and reads them from a Config.json at start: local development only (no tiers,
 * partitioning or auto-forwarding limits of the cloud service).
 */
export function servicebusEmulatorPart({ port }: PartRequest): StackPart {
  const amqp = port(5672);
  return {
    services: {
      'servicebus-sql': {
        image: 'mcr.microsoft.com/azure-sql-edge:latest',
        hostname: 'servicebus-sql',
        environment: { ACCEPT_EULA: 'Y', MSSQL_SA_PASSWORD: 'Queuewright-1' },
      },
      'servicebus-emulator': {
        image: 'mcr.microsoft.com/azure-messaging/servicebus-emulator:latest',
        hostname: 'servicebus-emulator',
        environment: { SQL_SERVER: 'servicebus-sql', MSSQL_SA_PASSWORD: 'Queuewright-1', ACCEPT_EULA: 'Y' },
        ports: [`${amqp}:5672`],
        depends_on: ['servicebus-sql'],
      },
    },
    volumes: [],
    notes: [`Service Bus emulator: AMQP on localhost:${amqp}; mount a Config.json of its queues and topics at /ServiceBus_Emulator/ConfigFiles/Config.json`],
  };
}
