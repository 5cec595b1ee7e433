"""The rules of Quadrant, in plain Python: no Qt, no database, standard library only."""
