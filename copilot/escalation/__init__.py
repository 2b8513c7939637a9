"""When a conversation goes to a person: rules, the handoff packet, queues and delivery."""
