"""The Roll call view: daily attendance for IOP/PHP program tracks (issue 6, item 5)."""
