"""The Facilities view: partner facilities and the clinic's own programs."""
