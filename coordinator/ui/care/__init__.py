"""Episodes of care and transitions in the UI: titles, tables and the dialogs that change them."""
