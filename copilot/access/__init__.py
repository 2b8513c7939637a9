"""Who may call the service: API keys with a role, and what each role may do."""
