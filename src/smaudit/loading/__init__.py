"""What a run checks: the plugin manager and registry, the hook
specifications, the config file and settings, reading a plan, and
compiling rule packs.
"""
