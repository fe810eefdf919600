"""How one loaded plan is checked: run the rules (guarded, time-bounded),
apply the plan's waivers, compute the score.
"""
