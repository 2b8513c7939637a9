"""Messaging channels: WhatsApp, Messenger, SMS and a generic webhook behind one adapter interface."""
