"""Use cases: one module per area, each call one unit of work returning DTOs."""
