"""Pure clinical and business rules: no SQLAlchemy, no Qt."""
