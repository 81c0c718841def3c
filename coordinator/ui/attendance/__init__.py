"""The Roll call view: daily attendance for IOP/PHP program tracks."""
