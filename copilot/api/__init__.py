"""The HTTP API: thin routes over the core (``create_app``), authenticated by API keys with roles,
errors as problem+json. Run it with ``copilot serve``."""
