"""The PySide6 desktop interface; talks only to services."""
