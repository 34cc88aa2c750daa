"""Isolation of worker processes: their confinement tiers (tiers.py, view.py) and the limits
and deadlines of each stage (limits.py). Whatever a submission does, a stage returns an
outcome and leaves no process behind."""
