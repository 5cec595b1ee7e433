"""The history view: the reprioritisation log, filtered, newest first."""
