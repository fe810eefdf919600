"""Files in, results out: discovery, the cache, worker processes, baselines.
"""
