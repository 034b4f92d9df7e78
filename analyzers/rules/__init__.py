"""One module per rule; see skcc.rules."""
