"""Transfer and discharge packets in the UI: preview, print, save as, and batches."""
