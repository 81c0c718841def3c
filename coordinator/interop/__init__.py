"""Data exchange: HSDS import/export, FHIR export, CSV."""
