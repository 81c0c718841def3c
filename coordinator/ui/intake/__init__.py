"""Intake: the inquiry dialog and its titles."""
