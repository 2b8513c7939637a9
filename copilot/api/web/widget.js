/* copilot chat widget: being built (issue 13). */
