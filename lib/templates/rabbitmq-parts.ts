/** A production RabbitMQ cluster: three nodes (quorum queues need an odd number), RabbitMQ 4.1. */
export function rabbitCluster(id = 'rabbitmq', name = 'RabbitMQ production') {
  return { id, name, broker: 'rabbitmq', version: '4.1', nodes: 3, racks: 3 };
}

/** A JSON Schema contract, versioned. */
export function jsonSchema(name: string) {
  return { name, format: 'json-schema', version: '1', registry: true };
}
